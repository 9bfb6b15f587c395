"""Records from the real default pipeline go into the store and come back unchanged."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.contract import validate
from eventwire.model import ArticleRecord, record_from_dict, to_dict
from eventwire.stages import DEFAULT_STAGES
from eventwire.store import EventFilter, QuoteFilter
from eventwire.store.decode import build

from .conftest import OpenBackend

TEXT = (
    "BOGOTA — Colombian President Iván Duque accused Venezuela on Friday of protecting armed groups "
    "along the border. Venezuelan Foreign Minister Jorge Arreaza rejected the accusation. "
    "“These claims are false and Colombia knows it,” Arreaza told reporters in Caracas. "
    "Clashes between the guerrillas and dissidents in Arauca left at least 20 dead, officials said."
)


def test_pipeline_records_round_trip(
    open_backend: OpenBackend, analyse: Callable[..., ArticleRecord]
) -> None:
    record = analyse(TEXT, stages=DEFAULT_STAGES, published="2021-03-26", article_id="real-1")
    assert record.failures == [], record.failures
    assert record.events and record.quotes and record.actors
    with open_backend() as store:
        assert store.add([record]).added == ["real-1"]
        got = store.get("real-1")
        assert got is not None
        assert to_dict(got) == to_dict(record)
        assert validate(to_dict(got)) == []  # still the output contract, spans and all
        assert build(ArticleRecord, to_dict(record)) == record_from_dict(to_dict(record))
        counts = store.table_counts()
        assert counts["actors"] == len(record.actors)
        assert counts["events"] == len(record.events)
        assert counts["event_actors"] == sum(len(e.source) + len(e.target) for e in record.events)
        assert counts["quotes"] == len(record.quotes)
        assert counts["places"] == len(record.places)
        assert counts["counts"] == len(record.counts)
        assert counts["claims"] == len(record.claims)
        assert counts["claim_responses"] == sum(len(c.responses) for c in record.claims)
        # every event is found again by its own actors' codes and its type
        for event in record.events:
            for actor in event.source:
                if actor.code:
                    hits = store.events(EventFilter(source=actor.code, type=event.type))
                    assert event.id in {h.event.id for h in hits}
        speakers = [q.speaker.name for q in record.quotes if q.speaker and q.speaker.name]
        for name in speakers:
            assert store.quotes(QuoteFilter(speaker=name))
        before = counts
        store.add([record])
        assert store.table_counts() == before
