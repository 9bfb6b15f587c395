"""Claim candidates from events and quote contents, the claim-candidate model and its training."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.actors.attribution import ActorIndex
from eventwire.claims.candidates_events import from_content, from_events, resolve
from eventwire.claims.claim_model import FEATURES, Model, decide, gather, model
from eventwire.claims.claim_training import read_rows, train
from eventwire.model import ActorMention, Article, ArticleRecord
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.stages.base import Analysis

ACCUSES = "Senator Ada Moreno accused Governor Tom Reed of hiding the budget deficit from the legislature."
QUOTED = (
    "Governor Tom Reed spoke in Dover on Monday. "
    "“He lied to every voter in this county and he knows it,” Senator Ada Moreno told reporters."
)
PLAIN = "Five soldiers were killed in the attack, officials said."
KEEP_ALL = Model({"bias": 10.0}, 0.5)


def _analysis(nlp: object, text: str) -> Analysis:
    pipeline = Pipeline(PipelineConfig(stages=("actors", "events", "quotes"), parse="full"), nlp=nlp)
    record = ArticleRecord(id="t", text=text)
    analysis = Analysis(article=Article(id="t", text=text), doc=pipeline.parser.parse(text), record=record)
    for stage in pipeline.stages:
        stage(analysis)
    return analysis


def test_an_accusation_event_gives_its_complement(nlp: object) -> None:
    a = _analysis(nlp, ACCUSES)
    (cand,) = [c for c in from_events(a.record.events, ActorIndex(a.record, a.doc), a.doc)
               if c.event_type == "ACCUSE"]
    assert cand.source == "event" and "Moreno" in cand.claimant.text
    assert [m.text for m in cand.accused] == ["Governor Tom Reed"]
    assert cand.proposition.text == "hiding the budget deficit from the legislature"
    assert cand.complement and ACCUSES[cand.proposition.start : cand.proposition.end] == cand.proposition.text


def test_a_quote_about_a_pronoun_gives_its_clause_and_the_person_named_before(nlp: object) -> None:
    a = _analysis(nlp, QUOTED)
    index = ActorIndex(a.record, a.doc)
    cands = from_content(a.record.quotes, index, a.doc, set())
    assert cands, "the quote gives a candidate"
    first = cands[0]
    assert first.proposition.text.startswith("He lied to every voter")
    assert "Moreno" in first.claimant.text
    assert first.source == "content_third"
    (accused,) = first.accused  # the first actor of the clause: the pronoun, standing for the governor
    assert accused.text == "He" and "Reed" in accused.name


def test_an_unresolved_personal_pronoun_stands_for_the_last_person_named(nlp: object) -> None:
    a = _analysis(nlp, QUOTED)
    index = ActorIndex(a.record, a.doc)
    start = QUOTED.index("he knows")
    he = ActorMention(start, start + 2, "he", name="he", kind="pronoun")
    assert resolve(index, he).text == "Governor Tom Reed"
    they = ActorMention(start, start + 2, "they", name="they", kind="pronoun")
    assert resolve(index, they) is they  # not one person: left as it is


def test_every_candidate_has_a_full_vector_and_the_decision_keeps_no_overlap(nlp: object) -> None:
    a = _analysis(nlp, QUOTED)
    scored = gather(a, ActorIndex(a.record, a.doc), [])
    assert scored and all(len(s.vector) == len(FEATURES) for s in scored)
    kept = decide(scored, [], KEEP_ALL)
    assert kept and all(f.kind == "model" for f in kept)
    spans = [(f.proposition.start, f.proposition.end) for f in kept]
    for i, x in enumerate(spans):
        for y in spans[i + 1 :]:
            inter = min(x[1], y[1]) - max(x[0], y[0])
            assert inter <= 0.5 * min(x[1] - x[0], y[1] - y[0])


def test_victims_of_what_is_said_are_never_accused(nlp: object) -> None:
    a = _analysis(nlp, PLAIN)
    kept = decide(gather(a, ActorIndex(a.record, a.doc), []), [], KEEP_ALL)
    assert not any("soldiers" in m.text.lower() for f in kept for m in f.accused)


def test_the_shipped_model_is_complete_and_documented() -> None:
    from eventwire.resources import data_path

    m = model()
    assert set(m.weights) == set(FEATURES)
    assert 0.0 < m.threshold < 1.0
    data = json.loads(data_path("claims/claim_model.json").read_text(encoding="utf-8"))
    info = data["training"]
    assert info["positives"] > 0 and info["articles"] > 0
    assert set(info["cross_validated"]) >= {"claim_f1", "status_accuracy", "link_f1"}


def _row(rid: str, text: str, claims: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": rid, "text": text, "published": "2024-05-01", "claims": claims, "counts": []}


WRITTEN = [
    _row("w1", QUOTED, [{"claimant": "Ada Moreno", "accused": ["Tom Reed"], "status": "asserted",
                         "proposition": {"start": QUOTED.index("lied"),
                                         "end": QUOTED.index(" in this county"),
                                         "text": "lied to every voter"}, "responses": []}]),
    _row("w2", PLAIN, []),
    _row("w3", "Governor Tom Reed said the county fair would open on Friday.", []),
]


@pytest.mark.slow
def test_training_is_deterministic_and_cross_validated(tmp_path: Path) -> None:
    gold = tmp_path / "written.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in WRITTEN), encoding="utf-8")
    assert [r["id"] for r in read_rows([gold])] == ["w1", "w2", "w3"]
    out1, out2 = tmp_path / "m1.json", tmp_path / "m2.json"
    train([gold], out1)
    train([gold], out2)
    assert out1.read_text(encoding="utf-8") == out2.read_text(encoding="utf-8")
    saved = json.loads(out1.read_text(encoding="utf-8"))
    assert saved["features"] == list(FEATURES) and saved["training"]["articles"] == 3
    assert saved["training"]["positives"] >= 1
    key = f"{saved['training']['l2']:g}/{saved['threshold']:.2f}"
    by_key = saved["training"]["claim_f1_by_penalty_and_threshold"]
    assert by_key[key] == saved["training"]["cross_validated"]["claim_f1"] == max(by_key.values())


def test_the_accused_calling_the_claim_wrong_in_a_later_quote_denies_it(analyse: Any) -> None:
    text = (
        "Senator Ada Moreno accused Governor Tom Reed of hiding the budget deficit from the legislature. "
        "“That is completely false,” Reed told reporters in Dover."
    )
    record = analyse(text, stages=("actors", "events", "quotes", "claims"), published="2024-05-01")
    claim = next(c for c in record.claims if "hiding the budget deficit" in c.proposition.text)
    assert claim.status == "denied"
    (resp,) = claim.responses
    assert resp.responder is not None and "Reed" in resp.responder.text
    assert "false" in resp.span.text


def test_a_later_quote_that_calls_nothing_wrong_is_no_answer(analyse: Any) -> None:
    text = (
        "Senator Ada Moreno accused Governor Tom Reed of hiding the budget deficit from the legislature. "
        "“We will look at the figures next week,” Reed told reporters in Dover."
    )
    record = analyse(text, stages=("actors", "events", "quotes", "claims"), published="2024-05-01")
    claim = next(c for c in record.claims if "hiding the budget deficit" in c.proposition.text)
    assert claim.responses == [] and claim.status == "asserted"


def test_a_proposition_after_a_name_keeps_its_first_letter(nlp: object) -> None:
    from eventwire.claims.quoted import candidates

    text = "“Governor Tom Reed sold the county's land to his donors,” Senator Ada Moreno said."
    a = _analysis(nlp, text)
    props = [c.proposition.text for c in candidates(a.record.quotes, ActorIndex(a.record, a.doc), a.doc)]
    assert "sold the county's land to his donors" in props
