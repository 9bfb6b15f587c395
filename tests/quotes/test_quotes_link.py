"""Linking a quote to the verbal event it voices."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ActorMention, ArticleRecord, Event, Quote, Span, Speaker
from eventwire.quotes.link import link_events

from .conftest import STAGES


def _event(
    eid: str, kind: str, trigger: tuple[int, int], sentence: tuple[int, int], source: ActorMention
) -> Event:
    return Event(
        id=eid, type=kind, trigger=Span(*trigger, "x"), sentence=Span(*sentence, "x"), source=[source]
    )


def test_cue_that_is_a_trigger_links() -> None:
    actor = ActorMention(0, 6, "Russia", "Russia", entity="e1")
    q = Quote(
        "a#q1", "indirect", Span(20, 40, "x"), cue=Span(7, 13, "denied"), speaker=Speaker(0, 6, "Russia")
    )
    link_events([q], [_event("a#e1", "REJECT", (7, 13), (0, 50), actor)], [actor])
    assert q.event_id == "a#e1"


def test_same_sentence_verbal_event_by_the_speaker_links() -> None:
    actor = ActorMention(0, 6, "Russia", "Russia", entity="e1")
    pronoun = ActorMention(60, 62, "it", "Russia", kind="pronoun", entity="e1")
    q = Quote("a#q1", "direct", Span(64, 90, "x"), cue=Span(91, 95, "said"), speaker=Speaker(60, 62, "it"))
    other = ActorMention(120, 125, "Kyiv", "Kyiv", entity="e2")
    events = [
        _event("a#e1", "ACCUSE", (70, 75), (55, 100), actor),
        _event("a#e2", "ACCUSE", (72, 76), (55, 100), other),
        _event("a#e3", "ASSAULT", (80, 85), (55, 100), actor),
    ]
    link_events([q], events, [actor, pronoun, other])
    assert q.event_id == "a#e1"


def test_no_event_no_link(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("“It is a quiet day,” said the farmer.", stages=STAGES)
    assert all(q.event_id is None for q in record.quotes)
