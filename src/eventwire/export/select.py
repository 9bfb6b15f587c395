"""Stream the events of a store, one :class:`EventRow` at a time, filtered like ``eventwire events``.

The store is read with :meth:`~eventwire.store.Store.iter_records`, one article at a time, so
an export holds one article in memory whatever the size of the store. The filters of an
:class:`~eventwire.store.EventFilter` are applied here, over the record objects, with the same
meaning as :meth:`~eventwire.store.Store.events`: codes match the 3-letter code or the combined
code with sector, dates compare the event date (else the publication day), ``near`` is the
great-circle distance to the event's place, ``originals`` leaves out republished copies.
Events come in store order (articles as stored, events in article order).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import ActorMention, ArticleRecord, Event
from ..store import EventFilter, Store
from ..store.geo import haversine_km


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event with the article fields every export format cites."""

    record: ArticleRecord  # the article the event was read from (shared by its events)
    event: Event
    seq: int  # position of the event in the article (0-based)

    @property
    def article_id(self) -> str:
        return self.record.id

    @property
    def day(self) -> str | None:
        """The event date (ISO, at its granularity), else the article's publication day."""
        date = self.event.date
        if date is not None and date.value:
            return date.value
        return self.record.published[:10] if self.record.published else None

    @property
    def in_lead(self) -> bool:
        """The event's sentence starts in the article's first paragraph."""
        lead_end = self.record.text.find("\n")
        return lead_end < 0 or self.event.sentence.start < lead_end


def _code_matches(actors: list[ActorMention], code: str) -> bool:
    return any(a.code == code or a.actor_code == code for a in actors)


def _actors_match(event: Event, where: EventFilter) -> bool:
    if where.actor and not _code_matches([*event.source, *event.target], where.actor.upper()):
        return False
    if where.source and not _code_matches(event.source, where.source.upper()):
        return False
    return not (where.target and not _code_matches(event.target, where.target.upper()))


def _near(row: EventRow, where: EventFilter) -> bool:
    if where.near is None:
        return True
    place = row.event.place
    if place is None or place.lat is None or place.lon is None:
        return False
    return haversine_km(where.near[0], where.near[1], place.lat, place.lon) <= where.km


def matches(row: EventRow, where: EventFilter) -> bool:
    """Whether ``row`` passes every filter of ``where`` (``limit`` aside)."""
    event, record = row.event, row.record
    if where.article and record.id != where.article:
        return False
    if where.originals and record.provenance.republished_from:
        return False
    if where.type and event.type.upper() != where.type.upper():
        return False
    if not _actors_match(event, where):
        return False
    day = row.day
    if where.since and (day is None or day < where.since):
        return False
    if where.until and (day is None or day[: len(where.until)] > where.until):
        return False
    if where.country and (event.place is None or event.place.country != where.country.upper()):
        return False
    return _near(row, where)


def iter_events(store: Store, where: EventFilter | None = None) -> Iterator[EventRow]:
    """The stored events passing ``where``, streamed article by article (at most ``where.limit``)."""
    where = where or EventFilter()
    emitted = 0
    for record in store.iter_records():
        if where.article and record.id != where.article:
            continue
        for seq, event in enumerate(record.events):
            row = EventRow(record, event, seq)
            if not matches(row, where):
                continue
            yield row
            emitted += 1
            if where.limit is not None and emitted >= where.limit:
                return
