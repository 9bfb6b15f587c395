"""Event queries built over :meth:`Store.events`: the store's filter (with QuadClass and the
negated/hypothetical flags), text search in the sentence, and dyads (both ways)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import to_dict
from ..store import EventFilter, EventHit, Store


@dataclass(frozen=True, slots=True)
class EventQuery:
    where: EventFilter  # QuadClass and the flags are passed on to the store (see store_filter)
    partner: str | None = None  # with ``where.actor``: events between the two, either way
    quad_class: int | None = None
    negated: bool | None = None
    hypothetical: bool | None = None
    text: str | None = None  # case-insensitive part of the evidence sentence

    def store_filter(self, limit: int | None, offset: int = 0) -> EventFilter:
        """What the store answers itself: every filter but the sentence text."""
        return dataclasses.replace(self.where, quad_class=self.quad_class, negated=self.negated,
                                   hypothetical=self.hypothetical, limit=limit, offset=offset)

    def keeps(self, hit: EventHit) -> bool:
        return self.text is None or self.text.lower() in hit.event.sentence.text.lower()


def day_of(hit: EventHit) -> str:
    """The event's date, else its article's publication day ('' when neither is known)."""
    if hit.event.date is not None and hit.event.date.value:
        return hit.event.date.value
    return (hit.article.published or "")[:10]


def _dyad(store: Store, where: EventFilter, a: str, b: str) -> list[EventHit]:
    base = dataclasses.replace(where, actor=None, limit=None, offset=0)
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


def find_events(store: Store, q: EventQuery, need: int | None, offset: int = 0) -> list[EventHit]:
    """The matching events in stable order from ``offset`` on, ``need`` of them at most (all
    when None)."""
    end = None if need is None else offset + need
    if q.partner and q.where.actor:
        dyad = _dyad(store, q.store_filter(None), q.where.actor, q.partner)
        return [h for h in dyad if q.keeps(h)][offset:end]
    if q.text is None:
        return store.events(q.store_filter(need, offset))
    fetch = None if end is None else max(end * 4, 200)
    while True:
        raw = store.events(q.store_filter(fetch))
        hits = [h for h in raw if q.keeps(h)]
        if fetch is None or end is None or len(hits) >= end or len(raw) < fetch:
            return hits[offset:end]
        fetch *= 4


def event_row(hit: EventHit, shape: Callable[[Any], Any] = to_dict) -> dict[str, Any]:
    """An event hit as the CLI's ``events --json`` prints it."""
    row: dict[str, Any] = {"article_id": hit.article.id, "published": hit.article.published,
                           "title": hit.article.title, "source_name": hit.article.source}
    if hit.distance_km is not None:
        row["distance_km"] = round(hit.distance_km, 3)
    row["event"] = shape(hit.event)
    return row
