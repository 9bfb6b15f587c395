"""Helpers shared by the events tests: the actors and events stages over the real parser."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord, Event

STAGES = ("actors", "events")


def run(analyse: Callable[..., ArticleRecord], text: str) -> ArticleRecord:
    """The record of ``text`` after the actors and events stages, published 2023-05-12."""
    return analyse(text, stages=STAGES, published="2023-05-12")


def by_trigger(record: ArticleRecord, word: str) -> Event:
    """The first event whose trigger holds ``word``; fails the test when there is none."""
    for ev in record.events:
        if word in ev.trigger.text:
            return ev
    raise AssertionError(f"no event with trigger {word!r}: {[e.trigger.text for e in record.events]}")
