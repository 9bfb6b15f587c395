"""The places stage: recognise place mentions, resolve them, and locate each event."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, ClassVar

from ..model import Place
from ..stages.base import Analysis
from .gazetteer.index import Gazetteer, default_gazetteer
from .locate.ranker import DIRECTIONAL_TYPES, VERBAL_TYPES, rank_place
from .recognize.finder import find_mentions
from .resolve.resolver import Resolver


class PlaceStage:
    """Fills ``record.places`` and sets ``event.place`` on ``record.events``.

    Options: ``gazetteer`` — path of a prebuilt index (default: built on first use in the
    cache directory, see :mod:`eventwire.places.gazetteer`); ``min_confidence`` — places whose
    resolution confidence is below it keep their span but lose coordinates (default 0).
    """

    name: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors", "events")
    assigns: ClassVar[tuple[str, ...]] = ("places", "events.place")

    def __init__(self, gazetteer: str | Path | None = None, min_confidence: float = 0.0, **_: Any) -> None:
        self._path = Path(gazetteer) if gazetteer else None
        self._gaz: Gazetteer | None = None
        self.min_confidence = min_confidence
        # No cue words of its own: an event's place needs the parse only where the events
        # stage found a trigger (its cue words select those sentences); place recognition and
        # resolution work on named entities and tokens, so other sentences need no parse.
        self.cue_words: frozenset[str] = frozenset()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = Gazetteer(self._path) if self._path else default_gazetteer()
        return self._gaz

    def __call__(self, analysis: Analysis) -> None:
        record, doc = analysis.record, analysis.doc
        gaz = self.gazetteer
        mentions = find_mentions(doc, record.actors, gaz.candidates)
        places = Resolver(gaz).resolve(mentions, record.actors, analysis.article.url, analysis.article.source,
                                        text=doc.text)
        for p in places:
            if p.lat is not None and p.confidence < self.min_confidence:
                p.reason = f"resolution confidence {p.confidence} below {self.min_confidence}"
                p.lat = p.lon = None
        record.places = places
        by_sentence: dict[int, list[Place]] = {}  # each event looks at its own sentence's places
        for p in places:
            sent = doc.sentence_of_char(p.start)
            if sent is not None:
                by_sentence.setdefault(sent, []).append(p)
        triggers: dict[str, set[int]] = {}  # event type -> trigger tokens
        for event in record.events:
            tok = doc.token_at(event.trigger.start)
            if tok is not None:
                triggers.setdefault(event.type, set()).add(tok.i)
        for event in record.events:
            tok = doc.token_at(event.trigger.start)
            if tok is None:
                continue
            peers = triggers.get(event.type, set())  # its own trigger is no child of itself
            where = rank_place(doc, tok.i, by_sentence.get(tok.sent, []),
                               directional=event.type in DIRECTIONAL_TYPES,
                               peers=sorted(peers), verbal=event.type in VERBAL_TYPES,
                               event_type=event.type)
            event.place = copy.copy(where) if where is not None else None


def as_places(places: list[Place]) -> list[Place]:
    """Copies of ``places`` (helper for callers that attach places to other records)."""
    return [copy.copy(p) for p in places]
