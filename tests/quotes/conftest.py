"""Fixtures of the quotes tests: the real pipeline with the stages quotes needs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.model import ArticleRecord, Quote

STAGES = ("actors", "events", "quotes")


@pytest.fixture(scope="session")
def quotes_of(analyse: Callable[..., ArticleRecord]) -> Callable[[str], list[Quote]]:
    """``quotes_of(text)`` → the quotes of ``text`` (actors, events and quotes stages)."""

    def run(text: str) -> list[Quote]:
        record = analyse(text, stages=STAGES)
        assert not [f for f in record.failures if f.stage == "quotes"], record.failures
        for q in record.quotes:
            spans = [q.content, *q.parts, *([q.cue] if q.cue else [])]
            for s in spans:
                assert s.start < s.end and s.text == text[s.start : s.end], (q.id, s)
            sp = q.speaker
            if sp is not None and sp.start is not None:
                assert sp.end is not None and sp.start < sp.end and sp.text == text[sp.start : sp.end]
        return record.quotes

    return run


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def indirect(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "indirect"]


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.content.text for q in quotes]
    return quotes[0]


def speaker_text(q: Quote) -> Any:
    return q.speaker.text if q.speaker else None
