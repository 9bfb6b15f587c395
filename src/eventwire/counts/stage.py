"""The counts stage: reported figures (dead, displaced, arrested, troops, aircraft, ...).

A figure is a number (digits, words, vague plurals, ranges) with its qualifier, turned into
low / best / high by the conventions of ``data/counts/README.md`` and given a category by the
words around it (:mod:`eventwire.counts.finder`). Each count is attached to the
event of its sentence (preferring the types in ``event_types.tsv``, then the nearest
trigger), to that event's place (or the sentence's place), and to whoever the sentence
attributes it to (a quote's speaker, "according to X", "X said").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from ..actors.attribution import ActorIndex, reporter_in_sentence
from ..model import Count, Event, Place
from ..nlp.document import ParsedDoc, Token
from ..stages.base import Analysis
from .finder import find_counts
from .lexicon import CountWords, lexicon
from .numbers import tables

T = TypeVar("T")


class CountStage:
    name: ClassVar[str] = "counts"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors", "events", "places", "quotes")
    assigns: ClassVar[tuple[str, ...]] = ("counts", "events.counts")

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.cue_words: frozenset[str] = lexicon().cue_words

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        lex, tab = lexicon(), tables()
        index = ActorIndex(record, doc)
        counts: list[Count] = []
        # events and places by sentence: a count looks at its own sentence and the one before,
        # so the work per count does not grow with the article
        events = _by_sentence(doc, record.events, lambda e: e.trigger.start)
        places = _by_sentence(doc, record.places, lambda p: p.start)
        for sent in doc.sentences:
            toks = doc.sentence_tokens(sent.index)
            for first, last, fig, category in find_counts(toks, lex, tab):
                span = doc.token_span(toks[first].i, toks[last - 1].i + 1)
                count = Count(span.start, span.end, span.text, category, fig.low, fig.best, fig.high,
                              qualifier=fig.qualifier)
                near = (sent.index - 1, sent.index)
                self._attach(count, sent.index, [e for n in near for e in events.get(n, ())],
                             [p for n in near for p in places.get(n, ())], analysis, index, lex)
                counts.append(count)
        record.counts = counts

    def _attach(self, count: Count, sent: int, events: list[Event], places: list[Place],
                analysis: Analysis, index: ActorIndex, lex: CountWords) -> None:
        doc = analysis.doc
        s = doc.sentences[sent]
        prefs = lex.event_types.get(count.category, ())
        here = [e for e in events if s.start <= e.trigger.start < s.end]
        if not here and sent > 0:
            # a figure in a sentence of its own ("The clashes left 20 dead.") or one the splitter
            # cut off: the preceding sentence's event of a fitting type
            prev = doc.sentences[sent - 1]
            here = [e for e in events if prev.start <= e.trigger.start < prev.end and e.type in prefs]
        event = _choose_event(here, count, prefs)
        if event is not None:
            count.event_id = event.id
            event.counts.append(count)
            count.place = event.place
        else:
            count.reason = "no event in the sentence"
        if count.place is None:
            where = [s]
            ref = count.start
            if event is not None:
                where.insert(0, doc.sentences[doc.sentence_of_char(event.trigger.start) or sent])
                ref = event.trigger.start
            near = [p for w in where for p in places if w.start <= p.start < w.end and p.lat is not None
                    and p.kind not in ("demonym", "metonym")]  # "20 Palestinians": no scene
            if near:
                first = [p for p in near if where[0].start <= p.start < where[0].end] or near
                count.place = min(first, key=lambda p: abs(p.start - ref))
        count.reporter = _quote_speaker(analysis, count, index) or reporter_in_sentence(
            index, sent, count.start
        )


def _by_sentence(doc: ParsedDoc, items: list[T], start: Callable[[T], int]) -> dict[int, list[T]]:
    """``items`` grouped by the sentence holding their start, in list order."""
    out: dict[int, list[T]] = {}
    for item in items:
        n = doc.sentence_of_char(start(item))
        if n is not None:
            out.setdefault(n, []).append(item)
    return out


def _choose_event(events: list[Event], count: Count, prefs: tuple[str, ...]) -> Event | None:
    if not events:
        return None

    def key(e: Event) -> tuple[int, int, int]:
        rank = prefs.index(e.type) if e.type in prefs else len(prefs)
        return (rank, int(e.reported), abs(e.trigger.start - count.start))

    return min(events, key=key)


def _quote_speaker(analysis: Analysis, count: Count, index: ActorIndex) -> Any:
    for quote in analysis.record.quotes:
        c = quote.content
        if c.start <= count.start < c.end and quote.speaker is not None:
            sp = quote.speaker
            if sp.start is not None and sp.end is not None:
                found = index.last_in(sp.start, sp.end)
                if found is not None:
                    return found
                return index.noun_phrase(_tokens(analysis.doc, sp.start, sp.end))
    return None


def _tokens(doc: ParsedDoc, start: int, end: int) -> list[Token]:
    first = doc.token_at(start)
    if first is None:
        return []
    out = []
    for t in doc.tokens[first.i :]:
        if t.start >= end:
            break
        out.append(t)
    return out
