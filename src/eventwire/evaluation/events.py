"""Score PLOVER event coding against ``events-plover.jsonl`` (one gold event per sentence).

- ``type_accuracy``: share of records whose *primary* predicted event (highest
  ``confidence``, the first on ties) has a gold type; a record with no prediction is wrong.
- ``any_type_accuracy``: share of records where some predicted event has a gold type.
- ``precision``: share of all predicted events whose type is among their record's gold types.
- ``source_f1`` / ``target_f1``: micro-F1 of actors, measured on the best-matching predicted
  event of the gold type (the one matching most gold actors; the first on ties). A predicted
  actor matches a gold actor when their spans overlap or, for a gold actor without a span,
  when its text equals the predicted text or name (case-insensitive) or its code equals the
  predicted code or country. For a *reciprocal* gold event (actors marked both source and
  target), the gold actors of both roles are pooled and compared with the pooled predicted
  source and target actors, and the counts go into both the source and the target tallies.
- ``per_type``: for each gold type, ``n``, ``accuracy`` and ``predicted`` (primary predicted
  type → count; ``"NONE"`` when nothing was predicted): the confusion row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import ActorMention, ArticleRecord, Event
from .gold import prf, ratio, read_gold, score_with
from .spans import match, overlaps

NONE = "NONE"


def primary_event(record: ArticleRecord) -> Event | None:
    """The event with the highest confidence; the first one on ties; None when there is none."""
    best: Event | None = None
    for event in record.events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def actor_matches(gold: dict[str, Any], pred: ActorMention) -> bool:
    """Does predicted actor ``pred`` match gold actor ``gold`` (see module doc)?"""
    if gold.get("start") is not None and gold.get("end") is not None:
        return overlaps((int(gold["start"]), int(gold["end"])), (pred.start, pred.end))
    text = str(gold.get("text") or "").strip().lower()
    if text and text in {pred.text.strip().lower(), (pred.name or "").strip().lower()}:
        return True
    code = str(gold.get("code") or "").strip().upper()
    return bool(code) and code in {(pred.code or "").upper(), (pred.country or "").upper()}


def _unique(actors: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int]] = set()
    out = []
    for a in actors:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out


@dataclass(slots=True)
class Tally:
    """Micro-averaged true positives and totals."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, gold: list[dict[str, Any]], pred: list[ActorMention]) -> int:
        pairs = match(gold, pred, lambda g, p: 1.0 if actor_matches(g, p) else 0.0)
        self.tp += len(pairs)
        self.pred += len(pred)
        self.gold += len(gold)
        return len(pairs)

    def f1(self) -> float:
        return prf(self.tp, self.pred, self.gold)[2]


Roles = list[tuple[str, list[Any], list[ActorMention]]]


def _roles(gold_event: dict[str, Any], event: Event | None) -> Roles:
    """(role, gold actors, predicted actors) pairs to score for one gold event."""
    src: list[dict[str, Any]] = list(gold_event.get("source") or [])
    tgt: list[dict[str, Any]] = list(gold_event.get("target") or [])
    psrc = list(event.source) if event else []
    ptgt = list(event.target) if event else []
    if gold_event.get("reciprocal"):
        pooled_gold = src + tgt
        pooled_pred = _unique(psrc + ptgt)
        return [("source", pooled_gold, pooled_pred), ("target", pooled_gold, pooled_pred)]
    return [("source", src, psrc), ("target", tgt, ptgt)]


def _best_of_type(gold_event: dict[str, Any], events: list[Event]) -> Event | None:
    best: Event | None = None
    best_hits = -1
    for event in events:
        if event.type != gold_event.get("type"):
            continue
        hits = sum(
            len(match(g, p, lambda a, b: 1.0 if actor_matches(a, b) else 0.0))
            for _, g, p in _roles(gold_event, event)
        )
        if hits > best_hits:
            best, best_hits = event, hits
    return best


@dataclass(slots=True)
class TypeStats:
    n: int = 0
    correct: int = 0
    predicted: Counter[str] = field(default_factory=Counter)


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against gold records (same order, same length)."""
    n = correct = any_correct = 0
    n_pred = pred_correct = 0
    tallies = {"source": Tally(), "target": Tally()}
    per_type: dict[str, TypeStats] = {}
    for rec, record in zip(gold, predicted, strict=True):
        gold_events: list[dict[str, Any]] = list(rec.get("events") or [])
        if not gold_events:
            continue
        gold_types = {str(e.get("type")) for e in gold_events}
        n += 1
        primary = primary_event(record)
        ptype = primary.type if primary else NONE
        hit = ptype in gold_types
        correct += hit
        any_correct += any(e.type in gold_types for e in record.events)
        n_pred += len(record.events)
        pred_correct += sum(e.type in gold_types for e in record.events)
        first_type = str(gold_events[0].get("type"))
        stats = per_type.setdefault(first_type, TypeStats())
        stats.n += 1
        stats.correct += hit
        stats.predicted[ptype] += 1
        for gold_event in gold_events:
            best = _best_of_type(gold_event, record.events)
            for role, g, p in _roles(gold_event, best):
                tallies[role].add(g, p)
    return {
        "n": n,
        "type_accuracy": ratio(correct, n),
        "any_type_accuracy": ratio(any_correct, n),
        "precision": ratio(pred_correct, n_pred),
        "n_predicted": n_pred,
        "source_f1": tallies["source"].f1(),
        "target_f1": tallies["target"].f1(),
        "per_type": {
            t: {"n": s.n, "accuracy": ratio(s.correct, s.n), "predicted": dict(s.predicted.most_common())}
            for t, s in sorted(per_type.items())
        },
    }


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the gold sentences of ``gold_path`` and score the events."""
    gold = read_gold(gold_path)
    return score_with(gold, pipeline, score)
