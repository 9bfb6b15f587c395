"""Which claims an answer answers, and counter-accusations.

An answer answers every earlier claim whose accused is the responder (or whom the responder
answers for: its country, the backer of a backed group); else, when it refers back ("the
accusations", "it") or follows closely, the latest earlier claim — by the accused unless the
responder is a coded third party. A claim by an accused actor against its accuser that follows
the accusation (and is not an earlier one, "has accused") is a counter-accusation answering it;
the accused's statement on the alleged act beside it ("said its forces were on exercises and
accused ...") is a rejection.
"""

from __future__ import annotations

import re

from ..model import Claim, EventDate, Response, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .found import Found
from .parties import answers_for, same_actor, same_entity
from .responses import Answer

# an answer or a counter-accusation answers a claim at most this many sentences back: the
# pairs looked at stay proportional to the article's length, not its square
COUNTER_REACH = 100


def link(answer: Answer, found: list[Found], text: str) -> list[tuple[int, bool]]:
    """(claim index, answered by the accused) for the claims an answer answers."""
    r = answer.responder
    # not the claimant's own words; when codes make claimant and responder one side ("the
    # commission" and "the police", both state organs), a distinct entity that is the accused's
    # side still answers
    cands = [n for n, f in enumerate(found)
             if f.cue.start < answer.span.end and answer.sent - f.sent <= COUNTER_REACH
             and (not same_actor(f.claimant, r) or (
                 not same_entity(f.claimant, r) and any(same_actor(r, a) for a in f.accused)))]
    if not cands:
        return []
    by_accused = [n for n in cands if any(answers_for(r, a, text) for a in found[n].accused)]
    if by_accused:
        if answer.referent == "strong":  # "the accusations": every claim against the responder
            return [(n, True) for n in by_accused]
        return [(max(by_accused, key=lambda n: found[n].cue.start), True)]
    latest = max(cands, key=lambda n: found[n].cue.start)
    close = answer.sent - found[latest].sent <= 1
    if answer.referent is None and not close:
        return []
    if answer.referent is None and answer.kind == "confirmation":
        return []  # "confirmed" by a third party with nothing to refer back to: no answer
    third = r is not None and r.code is not None and all(a.code is not None for a in found[latest].accused)
    return [(latest, not third)]


def counter_accusations(doc: ParsedDoc, found: list[Found], claims: list[Claim], answers: list[Answer],
                         published: EventDate | None) -> set[int]:
    """Link counter-accusations to the claims they answer; returns the claims that their
    accused also contradicted ("Ankara said the flights were in international airspace and
    accused Athens of ..." — the plain statement beside the counter-accusation rejects)."""
    contradicted: set[int] = set()
    answers_in: dict[int, list[Answer]] = {}
    for ans in answers:
        answers_in.setdefault(ans.sent, []).append(ans)
    for b, fb in enumerate(found):
        if _perfect(doc, fb.cue.start):  # "Ottawa has accused ...": an earlier accusation, not an answer
            continue
        beside = answers_in.get(fb.sent, [])
        for a in range(len(found) - 1, -1, -1):
            fa = found[a]
            if a == b or fa.cue.start >= fb.cue.start or fb.sent - fa.sent > COUNTER_REACH:
                continue
            mutual = any(same_actor(fb.claimant, x) for x in fa.accused) and any(
                same_actor(y, fa.claimant) for y in fb.accused
            )
            after_answer = any(
                same_actor(ans.responder, fb.claimant)
                and any(r.span == ans.span for r in claims[a].responses)
                for ans in beside
            )
            if mutual or after_answer:
                claims[a].responses.append(Response(
                    kind="counter_accusation", responder=fb.claimant,
                    span=doc.span(min(fb.cue.start, fb.proposition.start), fb.proposition.end),
                    date=published,
                ))
                said = _said_beside(doc, fb)
                said_before = said is not None and any(
                    r.span.start <= said.start < r.span.end for r in claims[a].responses)
                if mutual and said is not None and _contradicts(said, fa) and not said_before:
                    claims[a].responses.append(Response(kind="rejection", responder=fb.claimant,
                                                        span=said, date=published))
                    contradicted.add(a)
                break
    return contradicted


_SPEECH = word_list("claims/words.tsv", "statement_verbs")


def _contradicts(said: Span, f: Found) -> bool:
    """Whether the accused's statement speaks of the alleged act itself: a content word of the
    proposition ("the flights took place in international airspace" against "violating its
    airspace"), or its own conduct ("its forces were on routine exercises"); not a remark on
    something else ("the case was an internal judicial matter")."""
    words = said.text.lower().split()
    if len(words) > 1 and words[1] in ("its", "our", "their"):
        return True
    stems = {w[:6] for w in re.findall(r"[a-z]{5,}", f.proposition.text.lower())}
    return any(w[:6] in stems for w in re.findall(r"[a-z]{5,}", " ".join(words[1:])))


def _perfect(doc: ParsedDoc, char: int) -> bool:
    tok = doc.token_at(char)
    if tok is None:
        return False
    before = [doc.tokens[j].lower for j in range(max(0, tok.i - 3), tok.i)]
    return any(w in ("has", "have", "had") for w in before[-2:]) and "said" not in before


def _said_beside(doc: ParsedDoc, f: Found) -> Span | None:
    """ "X said P and accused Y of Q": the span "said P" before the counter-accusation's cue,
    said by the counter-accusation's claimant (the speech verb follows the claimant)."""
    tok = doc.token_at(f.cue.start)
    if tok is None or f.claimant is None or tok.i < 2:
        return None
    j = tok.i - 1
    while j > 0 and doc.tokens[j].lower in ("also", "then", "in", "turn", ","):
        j -= 1
    if doc.tokens[j].lower != "and":
        return None
    s = doc.sentences[tok.sent]
    k = j - 1
    while k >= 0 and doc.tokens[k].start >= max(s.start, f.claimant.end):
        if doc.tokens[k].lower in _SPEECH:
            last = doc.tokens[j - 1] if doc.tokens[j - 1].lower != "," else doc.tokens[j - 2]
            return doc.span(doc.tokens[k].start, last.end) if j - k > 2 else None
        k -= 1
    return None
