"""Event queries the store's filter does not cover, built over :meth:`Store.events`:
QuadClass, negated/hypothetical flags, text search in the sentence, and dyads (both ways)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import to_dict
from ..store import EventFilter, EventHit, Store


@dataclass(frozen=True, slots=True)
class EventQuery:
    where: EventFilter
    partner: str | None = None  # with ``where.actor``: events between the two, either way
    quad_class: int | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    text: str | None = None  # case-insensitive part of the evidence sentence

    def post_filtered(self) -> bool:
        return any(v is not None for v in (self.quad_class, self.negated, self.hypothetical, self.text))

    def keeps(self, hit: EventHit) -> bool:
        e = hit.event
        return ((self.quad_class is None or e.quad_class == self.quad_class)
                and (self.negated is None or e.negated == self.negated)
                and (self.hypothetical is None or e.hypothetical == self.hypothetical)
                and (self.text is None or self.text.lower() in e.sentence.text.lower()))


def day_of(hit: EventHit) -> str:
    """The event's date, else its article's publication day ('' when neither is known)."""
    if hit.event.date is not None and hit.event.date.value:
        return hit.event.date.value
    return (hit.article.published or "")[:10]


def _dyad(store: Store, where: EventFilter, a: str, b: str) -> list[EventHit]:
    base = dataclasses.replace(where, actor=None, limit=None)
    seen: set[tuple[str, str]] = set()
    hits: list[EventHit] = []
    for src, tgt in ((a, b), (b, a)):
        for hit in store.events(dataclasses.replace(base, source=src, target=tgt)):
            key = (hit.article.id, hit.event.id)
            if key not in seen:
                seen.add(key)
                hits.append(hit)
    hits.sort(key=lambda h: (day_of(h), h.article.published or "", h.article.id))
    return hits


def find_events(store: Store, q: EventQuery, need: int | None) -> list[EventHit]:
    """The first ``need`` matching events in stable order (all when ``need`` is None)."""
    if q.partner and q.where.actor:
        hits = [h for h in _dyad(store, q.where, q.where.actor, q.partner) if q.keeps(h)]
        return hits if need is None else hits[:need]
    if not q.post_filtered():
        return store.events(dataclasses.replace(q.where, limit=need))
    fetch = None if need is None else max(need * 4, 200)
    while True:
        raw = store.events(dataclasses.replace(q.where, limit=fetch))
        hits = [h for h in raw if q.keeps(h)]
        if fetch is None or need is None or len(hits) >= need or len(raw) < fetch:
            return hits if need is None else hits[:need]
        fetch *= 4


def event_row(hit: EventHit, shape: Callable[[Any], Any] = to_dict) -> dict[str, Any]:
    """An event hit as the CLI's ``events --json`` prints it."""
    row: dict[str, Any] = {"article_id": hit.article.id, "published": hit.article.published,
                           "title": hit.article.title, "source_name": hit.article.source}
    if hit.distance_km is not None:
        row["distance_km"] = round(hit.distance_km, 3)
    row["event"] = shape(hit.event)
    return row
