"""Filtered queries and aggregates of the SQLite store."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from eventwire.model import ArticleRecord, Place
from eventwire.store import EventFilter, QuoteFilter, Store

from .conftest import OpenBackend

Make = Callable[..., ArticleRecord]


@pytest.fixture
def store(open_backend: OpenBackend, make_record: Make) -> Iterator[Store]:

    a1 = make_record("a1", published="2021-03-26")
    a2 = make_record("a2", extra=" A different second part." * 40, source="La Patilla",
                     published="2021-04-02")
    # a2's clash happened in Apure (Venezuela) instead of Arauca
    clash = a2.events[2]
    assert clash.place is not None
    clash.place = Place(clash.place.start, clash.place.end, clash.place.text, name="Apure", lat=7.0,
                        lon=-69.0, country="VEN")
    clash.date = None  # falls back to the publication date
    with open_backend() as s:
        s.add([a1, a2])
        yield s


def ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.event.id for h in hits]


def test_actor_filters(store: Store) -> None:
    assert ids(store.events(EventFilter(actor="RUS"))) == ["a1#e1", "a1#e2", "a2#e1", "a2#e2"]
    assert ids(store.events(EventFilter(source="RUS"))) == ["a1#e2", "a2#e2"]
    assert ids(store.events(EventFilter(target="rus"))) == ["a1#e1", "a2#e1"]
    assert ids(store.events(EventFilter(source="COLGOV"))) == ["a1#e1", "a2#e1"]  # code with sector
    assert ids(store.events(EventFilter(source="RUS", target="COL", article="a2"))) == ["a2#e2"]
    assert store.events(EventFilter(source="VEN")) == []


def test_type_date_country_and_limit(store: Store) -> None:
    assert ids(store.events(EventFilter(type="accuse"))) == ["a1#e1", "a2#e1"]
    # a1#e3 is dated 2021-03-25 in its text; a2#e3 has no date: its article's, 2021-04-02
    assert ids(store.events(EventFilter(type="ASSAULT", since="2021-03-27"))) == ["a2#e3"]
    assert ids(store.events(EventFilter(type="ASSAULT", until="2021-03"))) == ["a1#e3"]
    assert ids(store.events(EventFilter(since="2021-04-01", until="2021-04-30"))) == ["a2#e2", "a2#e3"]
    assert ids(store.events(EventFilter(country="ven"))) == ["a2#e3"]
    assert len(store.events(EventFilter(limit=2))) == 2


def test_event_flags_quad_class_and_offset(store: Store) -> None:
    every = ids(store.events())
    assert len(every) == 6
    assert ids(store.events(EventFilter(quad_class=4))) == ["a1#e3", "a2#e3"]
    assert ids(store.events(EventFilter(quad_class=3, offset=1, limit=2))) == ["a1#e2", "a2#e1"]
    assert store.events(EventFilter(negated=True)) == []
    assert ids(store.events(EventFilter(negated=False, hypothetical=False))) == every
    assert ids(store.events(EventFilter(offset=5, limit=3))) == every[5:]
    assert ids(store.events(EventFilter(offset=2))) == every[2:]
    # near: the offset counts only the events inside the radius
    assert ids(store.events(EventFilter(near=(7.0, -70.0), km=500, offset=1, limit=5))) == ["a2#e3"]


def test_near_uses_great_circle_distance(store: Store) -> None:
    arauca = (7.0847, -70.7591)
    hits = store.events(EventFilter(near=arauca, km=10))
    assert ids(hits) == ["a1#e3"] and hits[0].distance_km is not None and hits[0].distance_km < 1
    # Apure's point is ~195 km east of Arauca
    assert ids(store.events(EventFilter(near=arauca, km=150))) == ["a1#e3"]
    assert ids(store.events(EventFilter(near=arauca, km=250))) == ["a1#e3", "a2#e3"]
    assert ids(store.events(EventFilter(near=arauca, km=250, limit=1))) == ["a1#e3"]


def test_quote_filters(store: Store) -> None:
    assert [h.quote.id for h in store.quotes(QuoteFilter(speaker="embassy"))] == ["a1#q1", "a2#q1"]
    assert [h.quote.id for h in store.quotes(QuoteFilter(actor="RUS", article="a2"))] == ["a2#q1"]
    assert [h.quote.id for h in store.quotes(QuoteFilter(actor="RUSGOV", limit=1))] == ["a1#q1"]
    assert [h.quote.id for h in store.quotes(QuoteFilter(kind="indirect"))] == ["a1#q2", "a2#q2"]
    assert store.quotes(QuoteFilter(speaker="%")) == []  # LIKE wildcards are taken literally
    hit = store.quotes(QuoteFilter(speaker="officials"))[0]
    assert hit.quote.speaker is not None and hit.quote.speaker.type == "official"


def test_claims_and_aggregates(store: Store) -> None:
    assert [h.claim.id for h in store.claims(actor="RUS")] == ["a1#c1", "a2#c1"]
    assert [h.claim.id for h in store.claims(actor="COL", status="denied", limit=1)] == ["a1#c1"]
    assert store.claims(status="confirmed") == []
    assert [h.claim.id for h in store.claims(between=("rus", "COL"))] == ["a1#c1", "a2#c1"]
    assert store.claims(between=("RUS", "VEN")) == []
    claim = store.claims()[0].claim
    assert claim.responses[0].kind == "denial" and claim.responses[0].responder is not None
    assert store.event_types() == [("ACCUSE", 2), ("ASSAULT", 2), ("REJECT", 2)]
    pairs = {(p.source, p.target): p for p in store.actor_pairs()}
    assert pairs[("COL", "RUS")].events == 2 and pairs[("COL", "RUS")].conflict == 2
    assert pairs[("RUS", "COL")].cooperation == 0
    stats = store.article_stats()
    assert (stats.count, stats.first_published, stats.last_published) == (2, "2021-03-26", "2021-04-02")
    assert stats.publishers == [("El Tiempo", 1), ("La Patilla", 1)]
    assert store.claim_statuses() == [("denied", 2)]
