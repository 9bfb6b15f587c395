"""Score event location against ``event-location.jsonl`` (one gold event verb per sentence).

The place assigned to the gold event is ``event.place`` of the first predicted event whose
trigger overlaps the gold event verb; when no trigger overlaps it, no place was assigned.
The answer is correct when that place's span overlaps one of the gold location spans, or
when the gold has no location and no place was assigned. ``accuracy`` is the share of
correct records; ``event_found`` the share of records where some predicted trigger overlaps
the gold verb. ``accuracy_nearest`` is a diagnostic that falls back, when no trigger
overlaps the verb, to the predicted event whose trigger is nearest to it (it tells how
much event detection, rather than place assignment, costs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import ArticleRecord, Event, Place
from .gold import ratio, read_gold, score_with
from .spans import overlaps


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def event_for(verb: tuple[int, int], record: ArticleRecord) -> tuple[Event | None, bool]:
    """The predicted event for the gold verb, and whether its trigger overlaps the verb."""
    best: Event | None = None
    best_key: tuple[int, float] | None = None
    for event in record.events:
        trigger = (event.trigger.start, event.trigger.end)
        if overlaps(trigger, verb):
            return event, True
        key = (_distance(trigger, verb), -event.confidence)
        if best_key is None or key < best_key:
            best, best_key = event, key
    return best, False


def place_correct(gold_locations: list[dict[str, Any]], place: Place | None) -> bool:
    if not gold_locations:
        return place is None
    if place is None:
        return False
    return any(overlaps((int(g["start"]), int(g["end"])), (place.start, place.end)) for g in gold_locations)


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against gold sentences (same order)."""
    n = correct = nearest = found = with_place = with_place_correct = 0
    for rec, record in zip(gold, predicted, strict=True):
        ev = rec.get("event") or {}
        verb = (int(ev.get("start", 0)), int(ev.get("end", 0)))
        event, on_verb = event_for(verb, record)
        locations = list(rec.get("locations") or [])
        hit = place_correct(locations, event.place if event and on_verb else None)
        n += 1
        correct += hit
        nearest += place_correct(locations, event.place if event else None)
        found += on_verb
        if locations:
            with_place += 1
            with_place_correct += hit
    return {
        "n": n,
        "accuracy": ratio(correct, n),
        "event_found": ratio(found, n),
        "accuracy_nearest": ratio(nearest, n),
        "accuracy_with_location": ratio(with_place_correct, with_place),
        "accuracy_without_location": ratio(correct - with_place_correct, n - with_place),
    }


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the gold sentences of ``gold_path`` and score event locations."""
    gold = read_gold(gold_path)
    return score_with(gold, pipeline, score)
