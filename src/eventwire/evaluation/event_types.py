"""Score event typing against ``event-types-case2021.jsonl`` (CASE 2021 task 2 snippets).

Each snippet's CASE class is mapped to a PLOVER category with the shipped table
``data/evaluation/case2021_plover.tsv``; classes mapped to ``-`` are not political events
in PLOVER's sense and their snippets are left out. ``accuracy`` is the share of the kept
snippets whose primary predicted event (highest confidence, first on ties) has the mapped
type; a snippet with no predicted event counts as wrong. ``per_type`` gives, per mapped
gold type, ``n``, ``accuracy`` and the primary predicted types (``"NONE"``: no event).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model import ArticleRecord
from ..resources import data_path, read_tsv
from .events import NONE, primary_event
from .gold import ratio, read_gold, score_with

OUT_OF_SCOPE = "-"


@cache
def case_to_plover() -> dict[str, str]:
    """CASE class → PLOVER category, or ``"-"`` for classes left out of scoring."""
    table = {row["case"]: row["plover"] for row in read_tsv(data_path("evaluation/case2021_plover.tsv"))}
    if not table:  # pragma: no cover - the shipped table is never empty
        raise ConfigError("the CASE 2021 → PLOVER table is empty")
    return table


def gold_type(label: str) -> str | None:
    """The PLOVER type a CASE label is scored as; None when the class is left out."""
    mapped = case_to_plover().get(label)
    if mapped is None:
        raise ConfigError(f"CASE class {label!r} is not in the CASE 2021 → PLOVER table")
    return None if mapped == OUT_OF_SCOPE else mapped


def in_scope(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold snippets whose class maps to a PLOVER category."""
    return [rec for rec in gold if gold_type(str(rec.get("label"))) is not None]


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against gold snippets (same order; out-of-scope ones skipped)."""
    n = correct = 0
    per_type: dict[str, tuple[int, int, Counter[str]]] = {}
    for rec, record in zip(gold, predicted, strict=True):
        want = gold_type(str(rec.get("label")))
        if want is None:
            continue
        primary = primary_event(record)
        got = primary.type if primary else NONE
        hit = got == want
        n += 1
        correct += hit
        tn, tc, confusion = per_type.get(want, (0, 0, Counter()))
        confusion[got] += 1
        per_type[want] = (tn + 1, tc + hit, confusion)
    return {
        "n": n,
        "accuracy": ratio(correct, n),
        "per_type": {
            t: {"n": tn, "accuracy": ratio(tc, tn), "predicted": dict(conf.most_common())}
            for t, (tn, tc, conf) in sorted(per_type.items())
        },
    }


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the in-scope snippets of ``gold_path`` and score the event types."""
    gold = in_scope(read_gold(gold_path))
    return score_with(gold, pipeline, score)
