"""Claim candidates read off the events stage and off the clauses of reported speech.

Two sources that the cue words and the quoted-speech candidates (:mod:`.quoted`) leave out:

- **events**: an accusation-type event (``ACCUSE``; ``REJECT`` and ``THREATEN``, which in news
  often allege wrongdoing: "rejected the charges as a cover-up", "warned that the militia
  would strike") with a source and a target. The claimant is the source, the accused its
  targets, the proposition the trigger's complement ("accused X *of P*", "charged *that P*"),
  else the rest of the clause after the trigger.
- **what a quote says, clause by clause**: the first clauses of each quote's content, so that
  speech about someone it does not name ("'She lies about everything,' Reed said") is a
  candidate too; the accused is the first other actor the clause names, else the last one
  named before the quote. Its source says whether the quote names an actor
  (``content_named``), speaks of a third person (``content_third``) or neither.

Claimants are resolved (:func:`resolve`): a description speaks for the body named before it, an
unresolved "he"/"she" stands for the last person named. Whether a candidate is a claim is
decided by :mod:`.claim_model`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Event, Quote, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .parties import speaks_for
from .quoted import claimant_of

_TABLE = "claims/candidates.tsv"
_COMPLEMENT = re.compile(r"\b(?:of|that|for|over|with)\s+")
_CLAUSE_END = ".;!?\n"
_TRIM = " ,:;\"“”'’()"
_CLAUSES = 3


@dataclass(slots=True)
class ClaimCandidate:
    """A possible claim: who alleges what of whom, and where it was read."""

    source: str  # quote | event | content | content_named | content_third
    claimant: ActorMention
    accused: list[ActorMention]
    proposition: Span
    cue: Span
    quote: Quote  # the quote it was read in (for an event: its sentence as indirect speech)
    event_type: str = ""
    complement: bool = False
    ids: dict[str, str] = field(default_factory=dict)


def resolve(index: ActorIndex, mention: ActorMention) -> ActorMention:
    """The claimant a mention stands for: a description speaks for the body named before it
    (:func:`.parties.speaks_for`); a personal pronoun ("he", "she", "who") the actors stage
    left unresolved stands for the last person named before it in the article."""
    if mention.kind == "description":
        return speaks_for(index, mention) or mention
    if mention.kind != "pronoun" or (mention.entity is not None and mention.name != mention.text):
        return mention
    if mention.text.lower() not in word_list(_TABLE, "personal_pronouns"):
        return mention
    before = [m for m in index.overlapping(0, mention.start) if m.kind == "person" and m.end <= mention.start]
    return before[-1] if before else mention


def event_types() -> frozenset[str]:
    """The event types whose acts may allege wrongdoing (``accusation_events``)."""
    return word_list(_TABLE, "accusation_events")


def _trimmed(doc: ParsedDoc, start: int, end: int) -> Span | None:
    text = doc.text
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if len(text[start:end].split()) < 2:
        return None
    return doc.span(start, end)


def _clause_end(doc: ParsedDoc, start: int, limit: int) -> int:
    end = start
    while end < limit and doc.text[end] not in _CLAUSE_END:
        end += 1
    return end


def from_events(events: list[Event], index: ActorIndex, doc: ParsedDoc) -> list[ClaimCandidate]:
    """One candidate per accusation-type event with a source; the accused are its targets
    other than the source, else the first actor its complement names ("charged that the
    tender was rigged by the mayor")."""
    kinds = event_types()
    out: list[ClaimCandidate] = []
    for e in events:
        if e.type not in kinds or not e.source or e.negated:
            continue
        claimant = e.source[0]
        accused = [m for m in e.target if m.name.lower() != claimant.name.lower()]
        if e.target and not accused:
            continue  # the source answers for itself
        t, limit = e.trigger, e.sentence.end
        link = _COMPLEMENT.search(doc.text, t.end, min(limit, t.end + 60))
        after_target = max((m.end for m in accused if m.start >= t.end), default=t.end)
        start = link.end() if link is not None else after_target
        prop = _trimmed(doc, start, _clause_end(doc, start, limit))
        if prop is None:
            continue
        accused = accused or [m for m in index.overlapping(prop.start, prop.end)
                              if m.name.lower() != claimant.name.lower()][:1]
        quote = Quote(id=e.id, kind="indirect", content=e.sentence)
        out.append(ClaimCandidate("event", claimant, accused, prop, t, quote, e.type, link is not None,
                             {"event": e.id}))
    return out


def from_content(
    quotes: list[Quote], index: ActorIndex, doc: ParsedDoc, named: set[str]
) -> list[ClaimCandidate]:
    """One candidate per clause of each quote's content (at most :data:`_CLAUSES` a quote):
    what a speaker says of someone it may not name ("'She lies about everything,' Reed said").
    The accused is the first other actor named in the clause, else the last one named before
    the quote."""
    pronouns = word_list(_TABLE, "third_person")
    out: list[ClaimCandidate] = []
    for q in quotes:
        claimant = claimant_of(q, index, doc)
        if claimant is None:
            continue
        for piece in (q.parts or [q.content])[:2]:
            start = piece.start
            for _ in range(_CLAUSES):
                end = _clause_end(doc, start, piece.end)
                prop = _trimmed(doc, start, end)
                start = end + 1
                if prop is None:
                    if start >= piece.end:
                        break
                    continue
                out.append(_content_candidate(q, claimant, prop, index, doc, pronouns, q.id in named))
                if start >= piece.end:
                    break
    return out


def _content_candidate(q: Quote, claimant: ActorMention, prop: Span, index: ActorIndex, doc: ParsedDoc,
                       pronouns: frozenset[str], named: bool) -> ClaimCandidate:
    inside = [m for m in index.overlapping(prop.start, prop.end) if m.name.lower() != claimant.name.lower()]
    before = [m for m in index.overlapping(max(0, q.content.start - 600), q.content.start)
              if m.name.lower() != claimant.name.lower() and m.kind != "pronoun"][-1:]
    words = [w.strip(_TRIM).lower() for w in prop.text.split()[:12]]
    third = any(w in pronouns for w in words)
    cue = q.cue or doc.span(claimant.start, claimant.end)
    kind = "content_named" if named else ("content_third" if third else "content")
    return ClaimCandidate(kind, claimant, inside[:1] or before, prop, cue, q, ids={"quote": q.id})
