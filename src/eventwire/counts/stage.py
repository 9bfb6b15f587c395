"""The counts stage: reported figures (dead, displaced, arrested, troops, aircraft, ...).

A figure is a number (digits, words, vague plurals, ranges) with its qualifier, turned into
low / best / high by the conventions of ``data/counts/README.md``, given a category by the
words around it (``data/counts/categories.tsv``):

- a *state* word after the number or its noun ("20 people dead", "12 killed",
  "40 protesters were arrested") beats
- a *verb* right before it ("killed 12", "arrested 40 protesters"), which beats
- a *toll* word a few tokens before ("the death toll rose to 35"), which beats
- the counted *noun* ("two planes", "almost a hundred soldiers").

A figure of plain people with no state word is not a count. Each count is attached to the
event of its sentence (preferring the types in ``event_types.tsv``, then the nearest
trigger), to that event's place (or the sentence's place), and to whoever the sentence
attributes it to (a quote's speaker, "according to X", "X said"). The scan is token based,
so sentences without a dependency parse get counts too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from ..model import Count, Event, Place
from ..nlp.document import ParsedDoc, Token
from ..stages.base import Analysis
from .attribution import ActorIndex, reporter_in_sentence
from .lexicon import GENERIC, Lexicon, lexicon
from .numbers import Figure, Tables, read_figure, tables

T = TypeVar("T")

_SKIP_ENTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_STOP = frozenset(
    {",", ";", ".", ":", "(", ")", "and", "or", "but", "who", "which", "that", "when", "where", "while",
     "after", "before", "since", "because", "as", "in", "on", "at", "from", "during", "near", "across",
     "including", "with", "by", "to", "into", "for", "than"}
)
_OF_SKIP = frozenset({"of", "the", "them", "those", "these", "its", "their"})
_WEAK_STATES = frozenset({"protesters", "troops"})  # only name plain people ("thousands gathered")
_WINDOW = 6
_TOLL_WINDOW = 8


class CountStage:
    name: ClassVar[str] = "counts"
    requires: ClassVar[tuple[str, ...]] = ("doc", "events")
    assigns: ClassVar[tuple[str, ...]] = ("counts",)

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
                analysis: Analysis, index: ActorIndex, lex: Lexicon) -> None:
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


def find_counts(toks: list[Token], lex: Lexicon, tab: Tables) -> list[tuple[int, int, Figure, str]]:
    """Counts in one sentence: (first, last) token positions in ``toks``, figure, category."""
    ws = [t.lower for t in toks]
    out: list[tuple[int, int, Figure, str]] = []
    k = 0
    while k < len(ws):
        one_of = ws[k] == "one" and k + 1 < len(ws) and ws[k + 1] == "of"
        if toks[k].ent_type in _SKIP_ENTS or _YEAR.match(ws[k]) or one_of:
            k += 1
            continue
        fig = read_figure(ws, k, tab) if _may_start(ws, k, tab) else None
        if fig is None:
            k += 1
            continue
        found = _category(toks, ws, fig, lex)
        if found is not None:
            category, first, last = found
            out.append((first, last, fig, category))
        k = max(fig.last, k + 1)
    return out


def _may_start(ws: list[str], k: int, tab: Tables) -> bool:
    w = ws[k]
    if w == "half":
        return k + 1 < len(ws) and ws[k + 1] in ("a", "an")
    if w == "several" or (w == "a" and k + 1 < len(ws) and ws[k + 1] == "few"):
        return True
    if w in ("a", "an", "few"):
        return k + 1 < len(ws) and (ws[k + 1] == "few" or (ws[k + 1] in tab.words and tab.words[
            ws[k + 1]].kind in ("scale", "dozen")))
    return w[:1].isdigit() or w in tab.words


def _category(toks: list[Token], ws: list[str], fig: Figure, lex: Lexicon) -> tuple[str, int, int] | None:
    noun: tuple[str, int] | None = None
    noun_closed = False
    state: tuple[str, int] | None = None
    j, seen = fig.last, 0
    while j < len(ws) and j < fig.last + _WINDOW + 2:
        w = ws[j]
        if j == fig.last and w == "of":
            while j < len(ws) and ws[j] in _OF_SKIP:
                j += 1
            continue
        if w in _STOP or (w[:1].isdigit() and seen):
            break
        if w in lex.states and (lex.states[w] not in _WEAK_STATES or noun is None or noun[0] == GENERIC):
            state = (lex.states[w], j)
            break
        if w in lex.nouns and not noun_closed and (
            noun is None or (noun[1] == j - 1 and lex.nouns[w] != GENERIC)
        ):
            noun = (lex.nouns[w], j)  # "military aircraft": the last noun of a compound
        elif noun is None and toks[j].pos == "NOUN":
            noun_closed = True  # "four companies ... drones": the counted noun is "companies"
        seen += 1
        if seen >= _WINDOW:
            break
        j += 1
    first = fig.first
    if state is not None:
        return state[0], first, state[1] + 1
    end = noun[1] + 1 if noun is not None else fig.last
    if first > 0 and ws[first - 1] in lex.verbs:
        return lex.verbs[ws[first - 1]], first - 1, end
    for b in range(first - 1, max(-1, first - 1 - _TOLL_WINDOW), -1):
        if ws[b] in lex.tolls:
            return lex.tolls[ws[b]], first, end
        if ws[b] in (".", ";"):
            break
    if noun is not None and noun[0] != GENERIC:
        return noun[0], first, end
    return None


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
