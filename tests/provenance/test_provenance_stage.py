"""Provenance stage on real text through the real pipeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs, samples_dir
from eventwire.model import Article, ArticleRecord, Span
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.provenance import content_hash, find_credits, load_agencies

Analyse = Callable[..., ArticleRecord]
STAGES = ("provenance",)


def _span_ok(record: ArticleRecord, span: Span | None) -> bool:
    return span is not None and record.text[span.start : span.end] == span.text


def test_seed_article_source_line_not_bio(analyse: Analyse, seed_text: str) -> None:
    rec = analyse(seed_text, stages=STAGES)
    prov = rec.provenance
    assert prov.original_source == "Gestion"
    assert _span_ok(rec, prov.original_span)
    assert "Associated Press" in prov.credited_agencies  # "The AP asked the Colombian Presidency"
    assert not any("247" in a for a in prov.credited_agencies)
    assert prov.content_hash is not None and len(prov.content_hash) == 40
    assert prov.republished_from is None and prov.independent_sources is None


@pytest.mark.parametrize(
    ("text", "original", "agencies"),
    [
        ("BOGOTÁ, Colombia (AP) — The minister spoke on Friday.", "Associated Press", ["Associated Press"]),
        ("KYIV (Reuters) - Officials said talks would resume.", "Reuters", ["Reuters"]),
        (
            "Talks ended without a deal, officials said. — AFP",
            "Agence France-Presse",
            ["Agence France-Presse"],
        ),
        (
            "Talks ended without a deal.\n\nWith information from EFE and AFP.",
            "EFE",
            ["EFE", "Agence France-Presse"],
        ),
        (
            "Ten people died, according to AFP, in the blast.",
            "Agence France-Presse",
            ["Agence France-Presse"],
        ),
        ("The minister told Reuters he would resign.\n\nSource: El Tiempo", "El Tiempo", ["Reuters"]),
        ("Troops withdrew, the AP reported on Friday.", "Associated Press", ["Associated Press"]),
        ("The spokesman told the state news agency BelTA it was false.", None, ["BelTA"]),
        ("The AP asked the ministry for comment, but none came.", None, ["Associated Press"]),
        (
            "The army said it had withdrawn.\nThis article was first published by Mekong Weekly.",
            "Mekong Weekly",
            [],
        ),
        ("Sources: the army said it had withdrawn.", "the army said it had withdrawn", []),
    ],
)
def test_credit_forms(analyse: Analyse, text: str, original: str | None, agencies: list[str]) -> None:
    rec = analyse(text, stages=STAGES)
    assert rec.provenance.original_source == original
    assert original is None or _span_ok(rec, rec.provenance.original_span)
    assert rec.provenance.credited_agencies == agencies


@pytest.mark.parametrize(
    "text",
    [
        "Sources close to the government said the minister would resign on Friday.",
        "The ministry said the talks (held in secret) - were over. Nobody else commented.",
        "The AP-style guide is used here. Apple announced new products.",
        "According to local officials, at least 12 people were killed.",
        "Ricardo Pérez is a renowned author and journalist who works at the 247 News Agency.",
        "Turnout was low.\n\nAdditional reporting by Amanda Becker in Washington; Editing by Jo Lee",
        "Polls compiled with information from Real Clear Politics show him ahead in Iowa.",
    ],
)
def test_no_false_credits(analyse: Analyse, text: str) -> None:
    rec = analyse(text, stages=STAGES)
    assert rec.provenance.original_source is None
    assert rec.provenance.credited_agencies == []


def test_source_falls_back_to_url_host(nlp: object) -> None:
    pipe = Pipeline(PipelineConfig(stages=STAGES), nlp=nlp)
    rec = pipe.analyse(Article(id="a", text="Officials met.", url="https://www.example.org/x/1"))
    assert rec.provenance.source == "example.org"
    rec2 = pipe.analyse(Article(id="b", text="Officials met.", source="Daily Ledger", url="https://x.org"))
    assert rec2.provenance.source == "Daily Ledger"


def test_republished_sample_shares_content_hash(nlp: object) -> None:
    articles = [a for a in read_inputs([samples_dir()]) if isinstance(a, Article)]
    by_id = {a.id: a for a in articles}
    copy = by_id["sample-lithuania-belarus-republished"]
    (orig,) = [a for a in articles if (a.origin or "").endswith("01-lithuania-belarus-dispute.txt")]
    pipe = Pipeline(PipelineConfig(stages=STAGES), nlp=nlp)
    r_orig, r_copy = pipe.run([orig, copy])
    assert r_copy.provenance.original_source == "Baltic Ledger"
    assert r_copy.provenance.source == "Nordic News Network"
    assert r_orig.provenance.source == "Baltic Ledger"
    assert r_orig.provenance.content_hash == r_copy.provenance.content_hash
    hashes = {r.provenance.content_hash for r in pipe.run(articles)}
    assert len(hashes) == len(articles) - 1  # only the deliberate copy collides


def test_content_hash_ignores_format_not_words() -> None:
    a = "“We are ready,” said the general.\n\nTroops moved."
    assert content_hash(a) == content_hash('"We are  ready," said the General. Troops moved.')
    assert content_hash(a) != content_hash("“We are not ready,” said the general.\n\nTroops moved.")


def test_user_agency_table(tmp_path: Path) -> None:
    extra = tmp_path / "agencies.tsv"
    extra.write_text("name\taliases\tcountry\nRuritanian Wire\tRUW|RuriWire\t\n", encoding="utf-8")
    table = load_agencies([extra])
    credits = find_credits("ZENDA (RUW) — The king abdicated.", table)
    assert [(c.kind, c.name) for c in credits] == [("dateline", "Ruritanian Wire")]
    assert find_credits("ZENDA (RUW) — The king abdicated.", load_agencies()) == []


def test_agency_table_lookup_and_find() -> None:
    table = load_agencies()
    assert table.lookup("the Associated Press") is not None
    assert table.lookup("ap") is None  # an acronym alias matches in capitals only
    found = [(a.name, "Reuters, AFP and the dpa; ap and AP-style"[s:e]) for s, e, a in
             table.find("Reuters, AFP and the dpa; ap and AP-style")]  # fmt: skip
    assert found == [
        ("Reuters", "Reuters"),
        ("Agence France-Presse", "AFP"),
        ("Deutsche Presse-Agentur", "dpa"),
    ]
