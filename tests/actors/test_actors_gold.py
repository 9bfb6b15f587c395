"""Actor recall on the PLOVER development records: how many gold source/target actors
are covered by an actor mention (span overlap; text match for gold actors without a span),
and how many of those carry the gold country code. Sentences get NER only here (no
dependency parse), the cheapest case the stage must handle."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.actors.stage import ActorStage
from eventwire.nlp import Parser

pytestmark = pytest.mark.gold

# Measured on the development half (see the actors report); floors only go up.
OVERLAP_FLOOR = 0.98
CODE_FLOOR = 0.92


def test_actor_recall_on_plover_gold(nlp: Any, shared_eval: Path) -> None:
    lines = (shared_eval / "events-plover.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    docs = Parser(nlp, mode="selective").parse_many([r["text"] for r in records])
    stage = ActorStage()
    total = covered = coded = 0
    for record, doc in zip(records, docs, strict=True):
        mentions = stage.find(doc)
        for event in record["events"]:
            for gold in event["source"] + event["target"]:
                total += 1
                if gold.get("start") is not None:
                    hits = [m for m in mentions if m.start < gold["end"] and gold["start"] < m.end]
                else:
                    hits = [m for m in mentions if m.text in gold["text"] or gold["text"] in m.text]
                covered += bool(hits)
                coded += any(m.code == gold["code"] for m in hits)
    assert total > 300
    assert covered / total >= OVERLAP_FLOOR
    assert coded / total >= CODE_FLOOR
