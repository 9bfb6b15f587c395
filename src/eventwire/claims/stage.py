"""The claims stage: accusations, allegations and warnings, their evidence status, and the
answers to them inside the article.

Claims come from cue words on the parse (:mod:`.finder`, :mod:`.assertion`), from
name-calling ("called Reed a liar", :mod:`.labels`), from ACCUSE
events whose trigger is no cue word (claimant: the event's source, accused: its targets), and
from the candidates of reported speech and events that a learned model keeps
(:mod:`.claim_model`), and take their claimant from a quote's speaker when the parse gives none. Hedges
(``data/claims/hedges.tsv``) in the claim's sentence set its evidence status; answers
(:mod:`.responses`) are linked to the claims they answer (:mod:`.linking`). A warning with no
allegation word is a claim only where the article treats it as one (evidence shown or not,
or the accused answers "the claim").

Status, highest first: confirmed; evidence_not_shown / evidence_cited; denied (the accused
denies or rejects it); disputed (a third party rejects it, a counter-accusation, "could not
be verified"); asserted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any, ClassVar

from ..actors.attribution import ActorIndex
from ..events.types import Plover
from ..model import ActorMention, Claim, Event, EventDate, Response, Span
from ..nlp.document import ParsedDoc
from ..stages.base import Analysis
from .claim_model import SpanIndex
from .claim_model import find as find_by_model
from .cues import ClaimCues, claim_cues
from .finder import find_in_sentence
from .found import Found
from .labels import find_labels
from .linking import counter_accusations, link
from .parties import answers_for, political, same_actor
from .quote_answers import answers as spoken_answers
from .responses import Answer, find_answers

_COMPLEMENT = re.compile(r"\b(?:of|that|for|over)\s+")
_KIND_RANK = {"accuse": 0, "blame": 0, "noun": 1, "that": 1, "label": 1, "point": 1, "warn": 2, "say": 3,
              "event": 4}


class ClaimStage:
    name: ClassVar[str] = "claims"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors", "events", "quotes")
    assigns: ClassVar[tuple[str, ...]] = ("claims",)

    def __init__(self, **options: Any) -> None:
        self.options = options
        self.cue_words: frozenset[str] = claim_cues().cue_words

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        lex = claim_cues()
        index = ActorIndex(record, doc)
        found = self._find(analysis, index, lex)
        answers: list[Answer] = []
        inside = [f.proposition for f in found if not f.extra.get("weak")]
        for sent in doc.sentences:
            answers.extend(find_answers(doc, sent.index, index, lex, inside))
        # "rejected the accusation and said Kinshasa was ...": plain speech is a claim only
        # beside its speaker's answer to a claim
        found = [f for f in found if not f.extra.get("weak") or (f.kind == "say" and any(
            a.sent == f.sent and a.kind != "confirmation" and same_actor(a.responder, f.claimant)
            for a in answers
        ) and not _about_evidence(f, lex) and not any(
            f.proposition.start <= a.cue_start < f.proposition.end for a in answers  # the answer itself
        )) or (f.kind == "warn" and _treated_as_claim(f, doc, answers, lex))]
        published = _published(record.published)
        claims: list[Claim] = []
        effects: list[set[str]] = []
        by_trigger = _ByTrigger(record.events)
        for n, f in enumerate(found, start=1):
            hedges, eff = _hedges(analysis, f, found, lex)
            claims.append(Claim(
                id=f"{record.id}#c{n}", claimant=f.claimant, accused=f.accused, proposition=f.proposition,
                status="asserted", hedges=hedges, event_ids=_event_ids(by_trigger, f),
                date=_claim_date(by_trigger, f, published),
            ))
            effects.append(eff)
        third = _respond(analysis, index, claims, found, answers, published)
        for n, claim in enumerate(claims):
            claim.status = _status(claim, effects[n], third[n])
            claim.hedges.sort(key=lambda s: s.start)
        record.claims = claims

    def _find(self, analysis: Analysis, index: ActorIndex, lex: ClaimCues) -> list[Found]:
        """The claims found by the cue rules, name-calling and events, then decided (with the
        event and quote candidates) by the claim model; in text order, answers cut off."""
        doc, record = analysis.doc, analysis.record
        found: list[Found] = []
        for sent in doc.sentences:
            found.extend(find_in_sentence(doc, sent.index, index, lex))
            found.extend(find_labels(doc, sent.index, index, lex))
        found = _dedupe(found)
        found.extend(_from_events(record.events, found, analysis))
        found = self.options.get("decide", find_by_model)(analysis, index, found)
        found.sort(key=lambda f: (f.proposition.start, f.cue.start))
        _fill_from_quotes(found, analysis, index)
        for f in found:
            _cut_answer(doc, f, lex)
        return found


def _respond(analysis: Analysis, index: ActorIndex, claims: list[Claim], found: list[Found],
             answers: list[Answer], published: EventDate | None) -> dict[int, set[str]]:
    """Attach each answer to the claims it answers; returns, per claim, who answered it
    (``accused`` or ``third``), which sets its status."""
    doc, record = analysis.doc, analysis.record
    third: dict[int, set[str]] = {n: set() for n in range(len(claims))}
    event_at = _events_at(record.events)
    for answer in answers:
        for n, by_accused in link(answer, found, doc.text):
            event = event_at(answer.cue_start)
            claims[n].responses.append(Response(
                kind=answer.kind if by_accused or answer.kind == "confirmation" else "rejection",
                responder=answer.responder, span=answer.span,
                event_id=event.id if event else None,
                date=event.date if event is not None and event.date is not None else published,
            ))
            claims[n].hedges.extend(answer.cues)
            third[n].add("accused" if by_accused else "third")
    for n in counter_accusations(doc, found, claims, answers, published):
        third[n].add("accused")
    taken = [f.proposition for f in found] + [r.span for c in claims for r in c.responses]
    for n, responder, span in spoken_answers(doc, index, record.quotes, found, taken):
        if not claims[n].responses:  # the accused calls it wrong in plain speech
            claims[n].responses.append(Response("rejection", responder, span, date=published))
            third[n].add("accused")
    return third


def _dedupe(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    # a claim read in one sentence overlaps only claims of that sentence (and, for safety, of
    # the ones beside it): compare with those, not with every kept claim of the article
    kept: dict[int, list[Found]] = {}
    for f in sorted(found, key=lambda f: (_KIND_RANK.get(f.kind, 5), f.cue.start)):
        near = (g for n in (f.sent - 1, f.sent, f.sent + 1) for g in kept.get(n, ()))
        if any((_overlap(f.proposition, g.proposition) > 0.5 and not _reciprocal(f, g))
               or g.proposition.start <= f.cue.start < g.proposition.end for g in near):
            continue
        out.append(f)
        kept.setdefault(f.sent, []).append(f)
    return out


def _reciprocal(f: Found, g: Found) -> bool:
    """Two claims read off one cue by different claimants ("A and B accused each other")."""
    return f.cue == g.cue and f.claimant is not g.claimant


def _treated_as_claim(f: Found, doc: ParsedDoc, answers: list[Answer], lex: ClaimCues) -> bool:
    """A warning about another actor with no allegation word ("warned that Armenia was moving
    artillery") is a claim when the article treats it as one: its sentence says whether evidence
    was shown, or the accused answers it in the next sentence ("dismissed the claim")."""
    s = doc.sentences[f.sent]
    after = doc.text[f.cue.end : s.end]
    if any(effect.startswith("evidence") and pattern.search(after) for effect, pattern in lex.hedges):
        return True
    return any(a.sent in (f.sent, f.sent + 1) and a.referent == "strong" and a.cue_start > f.cue.end
               and any(answers_for(a.responder, x, doc.text) for x in f.accused) for a in answers)


def _about_evidence(f: Found, lex: ClaimCues) -> bool:
    """ "... and said Estonia had offered no proof" belongs to the answer, not a new claim."""
    return any(effect == "evidence_not_shown" and pattern.search(f.proposition.text)
               for effect, pattern in lex.hedges)


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(0, inter) / max(1, min(a.end - a.start, b.end - b.start))


def _from_events(events: list[Event], found: list[Found], analysis: Analysis) -> list[Found]:
    """ACCUSE events the cue words missed, when they have a target."""
    doc = analysis.doc
    lex = claim_cues()
    out = []
    covered = SpanIndex([f.cue for f in found] + [f.proposition for f in found])
    found_sents = {f.sent for f in found}
    for e in events:
        if e.type != Plover.ACCUSE or not e.target or not e.source or e.negated:
            continue
        t = e.trigger
        if doc.text[t.start : t.end].lower() in lex.cues:
            continue  # a cue word the finder has judged (and found no claim in)
        if doc.sentence_of_char(t.start) in found_sents or covered.crossing(Span(t.start, t.start + 1, "")):
            continue  # inside a claim's cue or proposition, or in a sentence with a claim
        claimant = e.source[0] if e.source else None
        accused = [m for m in e.target if not same_actor(m, claimant) and political(m)]
        end = e.sentence.end
        while end > t.end and doc.text[end - 1] in ".!?\"”' ":
            end -= 1
        # a claim needs what is alleged: "criticised X for P", "charges that P" (not "summoned X")
        link = _COMPLEMENT.search(doc.text, t.end, min(end, t.end + 60))
        tok = doc.token_at(t.start)
        if link is not None and link.group(0).strip() == "of" and tok is not None and tok.pos == "VERB":
            link = None  # "summoned the ambassadors of ...": no allegation follows
        if not accused or link is None or end - link.end() < 8:
            continue
        if link.group(0).strip() == "of" and any(0 <= m.start - link.end() < 5 for m in accused):
            continue  # "his criticisms of Trump": the complement names the accused, not an allegation
        start = link.end()
        if not _alleged_act(doc, start, lex):
            continue  # "filed a complaint for declaratory judgement": no act alleged
        sent = doc.sentence_of_char(t.start) or 0
        out.append(Found(t, "event", sent, claimant, accused, doc.span(start, end), {"event": e.id}))
    return out


_WHICH = re.compile(r",\s+which\s+")


def _cut_answer(doc: ParsedDoc, f: Found, lex: ClaimCues) -> None:
    """ "accused X of orchestrating the crossings, which Minsk also denied": the relative
    clause answers the claim and is no part of it."""
    p = f.proposition
    for m in _WHICH.finditer(p.text):
        rest = p.text[m.end() :].lower().split()[:6]
        if any(lex.responses.get(w.strip(".,;"), ("", ""))[1] == "verb" for w in rest):
            f.proposition = doc.span(p.start, p.start + m.start())
            return


def _alleged_act(doc: ParsedDoc, start: int, lex: ClaimCues) -> bool:
    """Whether an event's complement opens with an act: a gerund or an allegation word among
    its first words ("for accepting donations", "of the ambush", "that troops crossed")."""
    tok = doc.token_at(start)
    if tok is None:
        return False
    first = doc.tokens[tok.i : min(len(doc.tokens), tok.i + 5)]
    return any(t.tag == "VBG" or t.lower.endswith("ing") or lex.alleges(t.lower) for t in first) or (
        doc.text[start - 5 : start].strip() == "that"
    )


def _fill_from_quotes(found: list[Found], analysis: Analysis, index: ActorIndex) -> None:
    for f in found:
        if f.claimant is not None:
            continue
        for q in analysis.record.quotes:
            cue = q.cue
            overlaps = cue is not None and cue.start < f.cue.end and f.cue.start < cue.end
            if (overlaps or _overlap(q.content, f.proposition) > 0.5) and q.speaker is not None:
                sp = q.speaker
                if sp.start is not None and sp.end is not None:
                    f.claimant = index.last_in(sp.start, sp.end)
                break


def _hedges(analysis: Analysis, f: Found, found: list[Found], lex: ClaimCues) -> tuple[list[Span], set[str]]:
    doc = analysis.doc
    s = doc.sentences[f.sent]
    text = doc.text[s.start : s.end]
    same = sorted((g for g in found if g.sent == f.sent), key=lambda g: g.cue.start)
    spans, effects = [], set()
    for effect, pattern in lex.hedges:
        for m in pattern.finditer(text):
            start = s.start + m.start()
            before = [g for g in same if g.cue.start <= start] or same[:1]
            if before[-1] is not f and not (f.proposition.start <= start < f.proposition.end):
                continue
            spans.append(doc.span(start, s.start + m.end()))
            effects.add(effect)
            p = f.proposition
            if effect != "hedge" and p.start < start < p.end:  # the hedge is no part of what is alleged
                end = start
                while end > p.start and doc.text[end - 1] in " ,;":
                    end -= 1
                f.proposition = doc.span(p.start, end)
    return spans, effects


def _status(claim: Claim, effects: set[str], answered: set[str]) -> str:
    kinds = {r.kind for r in claim.responses}
    if "confirmation" in kinds:
        return "confirmed"
    if "evidence_not_shown" in effects:
        return "evidence_not_shown"
    if "evidence_cited" in effects:
        return "evidence_cited"
    if kinds & {"denial", "rejection"} and "accused" in answered:
        return "denied"
    if kinds or "disputed" in effects:
        return "disputed"
    return "asserted"


class _ByTrigger:
    """Events by trigger start, for the events inside a span without a scan of them all (a
    scan per claim made long articles cost the square of their length)."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self.order = sorted(range(len(events)), key=lambda n: events[n].trigger.start)
        self.starts = [events[n].trigger.start for n in self.order]

    def within(self, *spans: Span) -> list[Event]:
        """Events whose trigger starts inside any of ``spans``, in list order."""
        found: set[int] = set()
        for span in spans:
            lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
            found.update(self.order[lo:hi])
        return [self.events[n] for n in sorted(found)]


def _event_ids(events: _ByTrigger, f: Found) -> list[str]:
    ids = [e.id for e in events.within(f.cue, f.proposition)]
    if "event" in f.extra and f.extra["event"] not in ids:
        ids.insert(0, str(f.extra["event"]))
    return ids


_TRIGGER_REACH = 256  # no trigger is longer: the search looks back this far from a character


def _events_at(events: list[Event]) -> Callable[[int], Event | None]:
    """``at(char)``: the first event (in list order) whose trigger covers ``char``, found
    through the triggers sorted by start, so that each lookup costs a bisection."""
    order = sorted(range(len(events)), key=lambda n: events[n].trigger.start)
    starts = [events[n].trigger.start for n in order]

    def at(char: int) -> Event | None:
        k = bisect_right(starts, char)
        hits = []
        while k > 0 and starts[k - 1] > char - _TRIGGER_REACH:
            k -= 1
            n = order[k]
            if char < events[n].trigger.end:
                hits.append(n)
        return events[min(hits)] if hits else None

    return at


def _claim_date(events: _ByTrigger, f: Found, published: EventDate | None) -> EventDate | None:
    for e in events.within(f.cue):
        if e.date is not None:
            return e.date
    return published


def _published(value: str | None) -> EventDate | None:
    if not value:
        return None
    return EventDate(raw=None, value=value[:10], granularity="day", basis="published")


__all__ = ["ActorMention", "ClaimStage"]
