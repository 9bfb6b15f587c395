"""Scoring eventwire against human-annotated gold sets (see ``../shared/eval/FORMAT.md``).

Each task is a function ``evaluate(gold_path, pipeline) -> dict`` that reads a JSON Lines
gold file, runs the pipeline on its texts and returns a flat, JSON-ready report. Tasks are
registered by import path in :data:`TASKS` so that nothing is imported before it is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError

TASKS: dict[str, str] = {
    "events": "eventwire.evaluation.events:evaluate",
    "event-types": "eventwire.evaluation.event_types:evaluate",
    "real-news-events": "eventwire.evaluation.real_news:evaluate",
    "quotes": "eventwire.evaluation.quotes:evaluate",
    "places": "eventwire.evaluation.places:evaluate",
    "event-location": "eventwire.evaluation.event_location:evaluate",
    "stories": "eventwire.evaluation.stories:evaluate",
    "claims": "eventwire.evaluation.claims:evaluate",
}

Evaluator = Callable[..., dict[str, Any]]


def load_task(name: str) -> Evaluator:
    """The ``evaluate`` function of task ``name``."""
    try:
        path = TASKS[name]
    except KeyError:
        raise ConfigError(f"unknown evaluation task {name!r}; tasks: {', '.join(sorted(TASKS))}") from None
    module, _, attr = path.partition(":")
    try:
        func: Evaluator = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"evaluation task {name!r} cannot be imported from {path}: {exc}") from exc
    return func


def run_task(name: str, gold_path: str | Path, pipeline: Any) -> dict[str, Any]:
    """Run task ``name`` on ``gold_path`` with ``pipeline`` and return its report."""
    return load_task(name)(Path(gold_path), pipeline)


__all__ = ["TASKS", "load_task", "run_task"]
