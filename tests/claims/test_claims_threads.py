"""Dispute threads across stored articles, and the claims/disputes commands on a real store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.claims.threads import build_threads
from eventwire.cli import cli
from eventwire.model import ArticleRecord
from eventwire.store import open_store

STAGES = ("actors", "events", "places", "quotes", "counts", "claims")
ARTICLES = [
    ("t1", "2024-03-01", "Colombia accused Russia of sending military advisers to Venezuela to train border "
                         "units, without showing evidence."),
    ("t2", "2024-03-03", "The Russian Foreign Ministry rejected Colombia's accusations as baseless. Moscow "
                         "accused Bogotá of spreading propaganda about military advisers."),
    ("t3", "2024-04-10", "Russia accused Colombia of buying weapons from the United States to threaten its "
                         "neighbours."),
    ("t4", "2024-04-11", "Peru accused Chile of spying on its navy."),
]


@pytest.fixture(scope="module")
def records(analyse: Callable[..., ArticleRecord]) -> list[ArticleRecord]:
    return [analyse(text, stages=STAGES, published=date, article_id=aid) for aid, date, text in ARTICLES]


def test_threads_link_claims_and_answers_across_articles(records: list[ArticleRecord]) -> None:
    threads = build_threads(records, "RUS", "COL")
    assert len(threads) == 2
    first, second = threads
    assert first.steps[0].article_id == "t1"
    assert {s.article_id for s in first.steps} == {"t1", "t2"}
    assert first.steps[0].kind == "claim" and first.steps[0].status == "evidence_not_shown"
    assert any(s.kind == "rejection" and s.actor == "RUS" for s in first.steps)
    assert (first.start, first.end) == ("2024-03-01", "2024-03-03")
    assert [s.article_id for s in second.steps] == ["t3"]
    assert build_threads(records, "PER", "COL") == []


def test_claims_and_disputes_commands(records: list[ArticleRecord], tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    with open_store(db) as store:
        store.add(records)
    runner = CliRunner()
    out = runner.invoke(cli, ["claims", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert {r["article_id"] for r in rows} == {"t1", "t2", "t3", "t4"}
    assert all({"date", "claimant", "accused", "proposition", "status", "hedges", "responses"} <= set(r)
               for r in rows)
    out = runner.invoke(cli, ["claims", "--db", str(db), "--actor", "PER", "--json"])
    assert [json.loads(line)["article_id"] for line in out.output.splitlines()] == ["t4"]
    out = runner.invoke(cli, ["claims", "--db", str(db), "--status", "evidence_not_shown", "--json"])
    assert [json.loads(line)["article_id"] for line in out.output.splitlines()] == ["t1"]
    out = runner.invoke(cli, ["claims", "--db", str(db)])
    assert out.exit_code == 0 and "Claims (4)" in out.output
    out = runner.invoke(cli, ["disputes", "COL", "RUS", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    threads = [json.loads(line) for line in out.output.splitlines()]
    assert len(threads) == 2 and threads[0]["start"] == "2024-03-01"
    out = runner.invoke(cli, ["disputes", "COL", "PER", "--db", str(db)])
    assert out.exit_code == 0 and "no claims or answers" in out.output


def test_republished_copies_are_listed_once(
    analyse: Callable[..., ArticleRecord], records: list[ArticleRecord], tmp_path: Path
) -> None:
    db = tmp_path / "copies.db"
    copies = [analyse(text, stages=STAGES, published=date, article_id=f"{aid}-copy")
              for aid, date, text in ARTICLES[:2]]
    with open_store(db) as store:
        store.add(records)
        store.add(copies)
        assert all(store.get(c.id).provenance.republished_from for c in copies)  # type: ignore[union-attr]
    runner = CliRunner()
    out = runner.invoke(cli, ["disputes", "COL", "RUS", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    threads = [json.loads(line) for line in out.output.splitlines()]
    steps = [(s["article_id"], s["kind"], s["text"]) for t in threads for s in t["steps"]]
    assert len(steps) == len(set(steps))
    assert not any(aid.endswith("-copy") for aid, _, _ in steps)
    assert {aid for aid, _, _ in steps} == {"t1", "t2", "t3"}
    out = runner.invoke(cli, ["claims", "--db", str(db), "--json"])
    ids = [json.loads(line)["article_id"] for line in out.output.splitlines()]
    assert sorted(ids) == sorted(set(ids)) and not any(i.endswith("-copy") for i in ids)
