"""The claims scorer on part of the gold set, with the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluation import TASKS, run_task
from eventwire.pipeline import Pipeline, PipelineConfig

GOLD = Path(__file__).resolve().parent / "gold" / "claims-gold.jsonl"
KEYS = {"claim_precision", "claim_recall", "claim_f1", "status_accuracy", "link_f1", "count_precision",
        "count_recall", "count_f1", "count_exact_accuracy"}


@pytest.fixture(scope="module")
def pipeline(nlp: Any) -> Pipeline:
    stages = ("actors", "events", "places", "quotes", "counts", "claims")
    return Pipeline(PipelineConfig(stages=stages), nlp=nlp)


def _subset(tmp_path: Path, n: int, spoil: bool = False) -> Path:
    lines = GOLD.read_text(encoding="utf-8").splitlines()[:n]
    out = []
    for line in lines:
        rec = json.loads(line)
        if spoil:  # move every gold span to the article's first character: nothing can match
            for c in rec["claims"]:
                c["proposition"] = {"start": 0, "end": 1, "text": rec["text"][0]}
            for c in rec["counts"]:
                c.update(start=0, end=1, text=rec["text"][0])
        out.append(json.dumps(rec, ensure_ascii=False))
    path = tmp_path / ("spoiled.jsonl" if spoil else "gold.jsonl")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_claims_task_is_registered() -> None:
    assert TASKS["claims"] == "eventwire.evaluation.claims:evaluate"


def test_scores_on_part_of_the_gold(pipeline: Pipeline, tmp_path: Path) -> None:
    report = run_task("claims", _subset(tmp_path, 8), pipeline)
    assert set(report) >= KEYS
    assert all(0.0 <= report[k] <= 1.0 for k in KEYS)
    assert report["n_articles"] == 8
    assert report["claim_f1"] >= 0.6 and report["count_f1"] >= 0.6 and report["link_f1"] >= 0.5
    json.dumps(report)


def test_spoiled_gold_scores_nothing(pipeline: Pipeline, tmp_path: Path) -> None:
    report = run_task("claims", _subset(tmp_path, 8, spoil=True), pipeline)
    assert report["claim_recall"] == 0.0 and report["count_recall"] == 0.0 and report["link_f1"] == 0.0
