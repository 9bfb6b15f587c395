"""Which actor mentions (from the actors stage) a syntactic argument denotes: span
overlap with the noun phrase, named antecedents for pronouns, "both countries", and a
named-entity fallback when the actors stage has no mention there."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .syntax import kids, pobj, with_conjuncts

_CLAUSAL = word_list("events/words.tsv", "clausal_deps")
_GROUP_NOUNS = word_list("events/words.tsv", "group_nouns")
_PERSON_GROUPS = word_list("events/words.tsv", "person_groups")
_STATE_KINDS = frozenset({"country", "government", "metonym", "unknown"})
_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


_DATELINE = re.compile(
    r"(?m)^\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,40})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s"
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Spans of news datelines opening a paragraph near the top ("MOSCOW (Reuters) — ")."""
    out = []
    for m in _DATELINE.finditer(text, 0, min(len(text), 3000)):
        head = m.group(0).strip()
        if "(" in head or "," in head or len(head.split()[0]) >= 5:  # not "US - China talks"
            out.append((m.start(), m.end()))
    return out


class RoleActors:
    """The actors an event's roles can name: the article's actor mentions outside its
    dateline, sorted by start, with overlap queries, noun-phrase resolution and an NER
    fallback. (Claims and counts look actors up by span with ``actors.attribution.ActorIndex``,
    which keeps dateline mentions: a dateline can credit a figure, but names no event actor.)"""

    def __init__(self, doc: ParsedDoc, actors: list[ActorMention]) -> None:
        self.doc = doc
        self.lines = datelines(doc.text)  # "GEORGETOWN, Guyana (AP) —" names no actor
        self.actors = sorted(
            (a for a in actors if not self.in_dateline(a.start)), key=lambda a: (a.start, -a.end)
        )
        self.starts = [a.start for a in self.actors]

    def in_dateline(self, char: int) -> bool:
        return any(lo <= char < hi for lo, hi in self.lines)

    def overlapping(self, start: int, end: int) -> list[ActorMention]:
        lo = bisect_left(self.starts, start - 200)
        out = []
        for k in range(lo, len(self.actors)):  # no slice: copying the rest costs the article
            a = self.actors[k]
            if a.start >= end:
                break
            if a.end > start:
                out.append(a)
        return out

    def for_phrase(self, head: Token) -> list[ActorMention]:
        """The actor(s) a noun phrase headed by ``head`` denotes."""
        span = _phrase_span(self.doc, head)
        found = self.overlapping(*span)
        if not found:
            return self._fallback(head, span)
        on_head = [a for a in found if a.start < head.end and head.start < a.end]
        if on_head:
            return [max(on_head, key=lambda a: a.end - a.start)]
        poss = kids(self.doc, head.i, ("poss",))
        named = [a for a in found if a.kind != "pronoun"]
        outside = [a for a in named if not any(p.start <= a.start and a.end <= p.end for p in poss)]
        if len(outside) > 1 and self._coordinated(head, span):
            # "the Danish and Swedish sides": one mention per coordinated modifier
            return outside
        if outside or named:  # "its neighbor Colombia": Colombia, not "its"
            return [(outside or named)[0]]
        # "the governments of both countries", "units of the Bolivarian Military Force":
        # the first mention of the phrase (nested mentions collapse to the outer one)
        return [found[0]]

    def _coordinated(self, head: Token, span: tuple[int, int]) -> bool:
        """Does the phrase hold coordinated modifiers ("the Turkish and Greek sides")?"""
        first = self.doc.sentences[head.sent].first
        for t in self.doc.tokens[first + max(0, head.i - first - 12) : head.i]:
            if span[0] <= t.start and t.dep == "cc" and t.head != head.i:
                return True
        return False

    def _fallback(self, head: Token, span: tuple[int, int]) -> list[ActorMention]:
        for ent in self.doc.entities_in(head.sent):  # the phrase lies in the head's sentence
            if (
                ent.label in _ENTITY_LABELS
                and not self.in_dateline(ent.start)
                and ent.start < span[1]
                and span[0] < ent.end
                and (ent.start <= head.start < ent.end or ent.end <= span[1])
            ):
                return [
                    ActorMention(
                        start=ent.start,
                        end=ent.end,
                        text=ent.text,
                        name=ent.text,
                        kind="unknown",
                        reason="no actor mention from the actors stage; named entity of the argument",
                    )
                ]
        return []

    def antecedent(self, pronoun: ActorMention) -> ActorMention | None:
        """The last named mention of the entity a pronoun refers to, before the pronoun."""
        if pronoun.entity is None:
            return None
        i = bisect_left(self.starts, pronoun.start) - 1
        floor = max(-1, i - 200)
        while i > floor:
            a = self.actors[i]
            if a.entity == pronoun.entity and a.kind not in ("pronoun",):
                return a
            i -= 1
        return None

    def named(self, found: list[ActorMention]) -> list[ActorMention]:
        """Pronouns replaced by their antecedent mention ("Hungary said *it* would ...")."""
        out: list[ActorMention] = []
        for a in found:
            b = self.antecedent(a) if a.kind == "pronoun" else None
            if b is not None and pronoun_near(b, a):
                a = b
            if a not in out:
                out.append(a)
        return out

    def before(self, char: int, n: int = 2, kinds: frozenset[str] | None = None) -> list[ActorMention]:
        """The last ``n`` mentions with distinct codes before ``char`` (countries and
        governments unless ``kinds`` says otherwise)."""
        kinds = kinds or _STATE_KINDS
        out: list[ActorMention] = []
        codes: set[str] = set()
        i = bisect_left(self.starts, char) - 1
        floor = max(-1, i - 200)  # look back a bounded number of mentions: linear overall
        while i > floor and len(out) < n:
            a = self.actors[i]
            code = a.code or a.country
            if code and code not in codes and a.kind in kinds:
                codes.add(code)
                out.append(a)
            i -= 1
        return list(reversed(out))


GENERIC_HEADS = word_list("events/words.tsv", "generic_heads")


PLACE_HEADS = word_list("events/words.tsv", "place_heads")


def pronoun_near(antecedent: ActorMention, pronoun: ActorMention) -> bool:
    """Replace a pronoun by its antecedent only within a short distance (two sentences or so)."""
    return 0 <= pronoun.start - antecedent.end <= 400


def _phrase_span(doc: ParsedDoc, head: Token) -> tuple[int, int]:
    """Character span of the noun phrase of ``head`` without its clauses, conjuncts and
    prepositional phrases (but with "of" phrases of generic heads: "units of the army")."""
    lo, hi = head.start, head.end
    stack = [head.i]
    while stack:
        j = stack.pop()
        for k in doc.children(j):
            t = doc.tokens[k]
            if t.dep in _CLAUSAL:
                continue
            if t.dep == "prep" and not (
                j == head.i
                and t.lemma in ("of", "from")
                and (head.lemma in GENERIC_HEADS or head.lemma in PLACE_HEADS or head.pos == "NUM")
            ):
                continue
            lo, hi = min(lo, t.start), max(hi, t.end)
            stack.append(k)
    return lo, hi


def _group(doc: ParsedDoc, head: Token, index: RoleActors, before: int | None = None) -> list[ActorMention]:
    """ "both countries", "the two governments": the last two distinct countries before."""
    people = head.lemma in _PERSON_GROUPS  # "the two leaders": the last two named leaders
    if head.lemma not in _GROUP_NOUNS and not people:
        return []
    dets = {k.lower for k in kids(doc, head.i, ("det", "predet", "nummod", "quantmod"))}
    if {"both", "two"} & dets:
        kinds = frozenset({"person"}) if people else None
        pair = index.before(head.start if before is None else before, 2, kinds)
        return pair if len(pair) == 2 else []
    return []


def mentions(doc: ParsedDoc, heads: list[Token], index: RoleActors) -> list[ActorMention]:
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    entities: set[str] = set()
    for h in heads:
        conj = with_conjuncts(doc, h)
        # "Maduro and Russian President Vladimir Putin" parsed as a modifier with a conjunct
        conj += [k for k in kids(doc, h.i, ("nmod", "compound")) if kids(doc, k.i, ("cc",))]
        for t in conj:
            found = _group(doc, t, index) or index.for_phrase(t)
            if t.lemma in _GROUP_NOUNS:  # "the governments of both countries"
                for p in kids(doc, t.i, ("prep",)):
                    if p.lemma == "of":
                        for o in pobj(doc, p):
                            found = _group(doc, o, index, before=t.start) or found
            for a in index.named(found):
                if (a.start, a.end) not in seen and (a.entity is None or a.entity not in entities):
                    seen.add((a.start, a.end))
                    if a.entity is not None:  # one mention per real-world actor
                        entities.add(a.entity)
                    out.append(a)
    return out
