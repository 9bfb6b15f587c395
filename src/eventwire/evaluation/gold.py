"""Reading gold JSON Lines files and running the pipeline over their texts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..jsonl import read_jsonl
from ..model import Article, ArticleRecord


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """All records of a gold JSONL file (blank lines skipped); each must have ``id`` and ``text``."""
    p = Path(path)
    records: list[dict[str, Any]] = []
    for lineno, rec in read_jsonl(p, what="gold file"):
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or "id" not in rec:
            raise InputError("a gold record needs 'id' and 'text'", where=f"{p}:{lineno}")
        records.append(rec)
    return records


def articles(gold: list[dict[str, Any]]) -> Iterator[Article]:
    """One :class:`Article` per gold record, analysed exactly as the gold text is given."""
    for rec in gold:
        published = rec.get("published") or rec.get("date")
        yield Article(
            id=str(rec["id"]),
            text=rec["text"],
            published=published if isinstance(published, str) else None,
        )


PROCESSES_ENV = "EVENTWIRE_EVAL_PROCESSES"
_processes: int | None = None


def set_processes(n: int | None) -> None:
    """Worker processes the scorers run the pipeline with (None: ``$EVENTWIRE_EVAL_PROCESSES``
    or 1). Scores do not depend on it; only the time they take does."""
    global _processes
    _processes = n


def processes() -> int:
    if _processes is not None:
        return max(1, _processes)
    try:
        return max(1, int(os.environ.get(PROCESSES_ENV, "1")))
    except ValueError:
        return 1


def predict(gold: list[dict[str, Any]], pipeline: Any) -> list[ArticleRecord]:
    """Run ``pipeline`` over the gold texts; records come back in gold order."""
    n = processes() if len(gold) > 64 else 1
    records = list(pipeline.run(articles(gold), processes=n))
    if len(records) != len(gold):  # pragma: no cover - the pipeline keeps one record per article
        raise InputError(f"pipeline returned {len(records)} records for {len(gold)} articles")
    return records


def score_with(
    gold: list[dict[str, Any]],
    pipeline: Any,
    score: Callable[[list[dict[str, Any]], list[ArticleRecord]], dict[str, Any]],
) -> dict[str, Any]:
    """Run the pipeline over ``gold``, score the records, and add ``stage_failures``: how many
    stage failures the records carry (a failing stage scores zero without raising)."""
    records = predict(gold, pipeline)
    report = score(gold, records)
    report["stage_failures"] = sum(len(r.failures) for r in records)
    return report


def ratio(num: float, den: float) -> float:
    """``num / den``, or 0.0 when there is nothing to divide by."""
    return num / den if den else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = ratio(tp, n_pred)
    r = ratio(tp, n_gold)
    return p, r, ratio(2 * p * r, p + r)
