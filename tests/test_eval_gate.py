"""The quality gate: every task scores at or above its floors on the development gold sets.

Floors live in ``tests/eval_floors.json`` under the task's name (see its ``_comment`` for
the conventions). A task with no floors is skipped with a reason; a task whose gold file is
absent is skipped (``.ci/run`` makes the shared gold sets mandatory on CI).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluation import TASKS, run_task
from eventwire.evaluation.gold import set_processes
from eventwire.pipeline import Pipeline, PipelineConfig

REPO = Path(__file__).resolve().parents[1]
FLOORS_FILE = REPO / "tests" / "eval_floors.json"
GOLD_FILES = {
    "events": "events-plover.jsonl",
    "event-types": "event-types-case2021.jsonl",
    "real-news-events": "real-news-events-dev.jsonl",
    "quotes": "quotes-polnear.jsonl",
    "places": "places-lgl.jsonl",
    "event-location": "event-location.jsonl",
    "stories": "stories-ecbplus.jsonl",
    "claims-real-news": "real-news-claims-dev.jsonl",
}
# a second gold set for a task: floors key -> the task it is scored as
ALIASES = {"claims-real-news": "claims"}
MAX_SUFFIX = "_max"  # "median_km_max": 500 means report["median_km"] <= 500


def load_floors() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data


def metric_floors(task_floors: dict[str, Any]) -> dict[str, float]:
    """The metric entries of a task's floors (keys starting with "_" are settings)."""
    return {k: float(v) for k, v in task_floors.items() if not k.startswith("_")}


def shortfalls(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Human-readable list of the floors ``report`` does not meet."""
    out = []
    for key, floor in floors.items():
        is_max = key.endswith(MAX_SUFFIX)
        metric = key[: -len(MAX_SUFFIX)] if is_max else key
        value = report.get(metric)
        if not isinstance(value, int | float) or math.isnan(value):
            out.append(f"{metric}: missing from the report")
        elif is_max and value > floor:
            out.append(f"{metric} = {value:.4f} is above its ceiling {floor}")
        elif not is_max and value < floor:
            out.append(f"{metric} = {value:.4f} is below its floor {floor}")
    return out


def test_floors_file_structure() -> None:
    floors = load_floors()
    assert isinstance(floors.get("_comment"), str)
    assert set(floors) - {"_comment"} == set(TASKS) | set(ALIASES)
    assert set(ALIASES.values()) <= set(TASKS)
    for task, entry in floors.items():
        if task == "_comment":
            continue
        assert isinstance(entry, dict), task
        for key, value in entry.items():
            if key.startswith("_"):
                continue
            assert isinstance(value, int | float) and not isinstance(value, bool), (task, key)
            if not key.endswith(MAX_SUFFIX):
                assert 0 <= value <= 1 or key == "n", (task, key, value)


def test_shortfalls_convention() -> None:
    report = {"f1": 0.8, "median_km": 40.0}
    assert shortfalls(report, {"f1": 0.8, "median_km_max": 40.0}) == []
    assert shortfalls(report, {"f1": 0.81}) == ["f1 = 0.8000 is below its floor 0.81"]
    assert shortfalls(report, {"median_km_max": 39.0}) == ["median_km = 40.0000 is above its ceiling 39.0"]
    assert shortfalls(report, {"recall": 0.1}) == ["recall: missing from the report"]


@pytest.fixture(scope="session")
def gate_pipeline(nlp: Any) -> Iterator[Pipeline]:
    """One default pipeline shared by every task of the gate, run on up to two processes for
    the larger gold sets (the scores do not depend on the process count)."""
    set_processes(min(2, os.cpu_count() or 1))
    yield Pipeline(PipelineConfig(), nlp=nlp)
    set_processes(None)


@pytest.mark.gold
@pytest.mark.slow
@pytest.mark.parametrize("task", sorted(set(TASKS) | set(ALIASES)))
def test_task_meets_floors(task: str, request: pytest.FixtureRequest) -> None:
    entry: dict[str, Any] = load_floors().get(task, {})
    floors = metric_floors(entry)
    if not floors:
        pytest.skip(f"no floors pinned for {task!r} in tests/eval_floors.json yet")
    if task in GOLD_FILES:
        shared_eval: Path = request.getfixturevalue("shared_eval")
        gold = shared_eval / GOLD_FILES[task]
    elif "_gold" in entry:
        gold = REPO / str(entry["_gold"])
    else:
        pytest.fail(f"{task!r} has floors but no gold file: give its path as '_gold' (relative to the repo)")
    if not gold.exists():
        pytest.skip(f"gold file for {task!r} is absent: {gold}")
    pipeline: Pipeline = request.getfixturevalue("gate_pipeline")
    report = run_task(ALIASES.get(task, task), gold, pipeline)
    missed = shortfalls(report, floors)
    assert not missed, f"{task} on {gold.name}: " + "; ".join(missed) + f"\nreport: {json.dumps(report)}"
