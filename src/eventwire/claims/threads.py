"""Dispute threads between two actors across stored articles.

:func:`build_threads` gathers, from analysed articles, every claim one actor makes about the
other (by code: ``claimant.code`` and an accused's code), the answers linked to those claims,
and REJECT / ACCUSE events between the two that no claim covers (an article may report only
the denial; an ACCUSE event counts when its trigger is an accusation word). Republished
copies of stored articles are left out. Claims are grouped by subject — the content words
of their propositions — in date order: a claim joins the thread whose words it shares most
(Jaccard ≥ ``min_overlap``; content words as :func:`eventwire.linking.subject.words` defines them,
the same the store's claim links compare) or starts a new one; an answer or a bare REJECT event joins the
latest thread it follows whose claims were made by the other side. Each thread lists its steps with dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..events.types import Plover
from ..linking.subject import words
from ..model import ActorMention, ArticleRecord, Claim, Event
from .cues import claim_cues


@dataclass(slots=True)
class ThreadStep:
    """One step of a dispute: a claim or an answer, as reported in one article."""

    kind: str  # claim | denial | rejection | counter_accusation | confirmation
    actor: str | None  # code of who made it
    actor_name: str | None
    text: str  # the proposition, or the answer's words
    date: str | None
    article_id: str
    claim_id: str | None = None
    status: str | None = None
    event_id: str | None = None


@dataclass(slots=True)
class Thread:
    a: str
    b: str
    subject: list[str]  # the words the thread's claims share most
    steps: list[ThreadStep] = field(default_factory=list)

    @property
    def start(self) -> str | None:
        dates = [s.date for s in self.steps if s.date]
        return min(dates) if dates else None

    @property
    def end(self) -> str | None:
        dates = [s.date for s in self.steps if s.date]
        return max(dates) if dates else None


def _code(m: ActorMention | None) -> str | None:
    if m is None:
        return None
    return m.code or m.country


def _date(claim_date: str | None, record: ArticleRecord) -> str | None:
    return claim_date or (record.published[:10] if record.published else None)


def _between(claim: Claim, a: str, b: str) -> bool:
    who = _code(claim.claimant)
    accused = {_code(m) for m in claim.accused}
    return (who == a and b in accused) or (who == b and a in accused)


def _steps(record: ArticleRecord, claim: Claim) -> list[ThreadStep]:
    date = _date(claim.date.value if claim.date else None, record)
    steps = [ThreadStep("claim", _code(claim.claimant), claim.claimant.name if claim.claimant else None,
                  claim.proposition.text, date, record.id, claim.id, claim.status,
                  claim.event_ids[0] if claim.event_ids else None)]
    for r in claim.responses:
        rdate = _date(r.date.value if r.date else None, record)
        steps.append(ThreadStep(r.kind, _code(r.responder), r.responder.name if r.responder else None,
                          r.span.text, rdate, r.article_id or record.id, claim.id, None, r.event_id))
    return steps


def _event_step(record: ArticleRecord, event: Event, a: str, b: str) -> ThreadStep | None:
    if event.type not in (Plover.REJECT, Plover.ACCUSE) or event.negated:
        return None
    src = {_code(m) for m in event.source}
    tgt = {_code(m) for m in event.target}
    if not ((a in src and b in tgt) or (b in src and a in tgt)):
        return None
    who = a if a in src else b
    kind = "rejection" if event.type == Plover.REJECT else "claim"
    cue = claim_cues().cues.get(event.trigger.text.lower())
    if kind == "claim" and cue not in ("accuse", "blame", "that", "noun"):
        return None  # an ACCUSE event such as a summons carries no allegation of its own
    date = _date(event.date.value if event.date else None, record)
    return ThreadStep(kind, who, event.source[0].name if event.source else None, event.sentence.text, date,
                record.id, None, None, event.id)


def _thread_for_claim(threads: list[Thread], vocab: list[set[str]], step: ThreadStep, w: set[str],
                      min_overlap: float) -> int | None:
    # a counter-accusation beside its maker's answer in the same article joins that dispute
    for n, t in enumerate(threads):
        if any(s.article_id == step.article_id and s.actor == step.actor and s.kind != "claim"
               for s in t.steps):
            return n
    best, score = None, 0.0
    for n, v in enumerate(vocab):
        j = len(w & v) / max(1, len(w | v))
        if j > score:
            best, score = n, j
    return best if best is not None and score >= min_overlap else None


def _thread_for_answer(threads: list[Thread], vocab: list[set[str]], step: ThreadStep,
                       w: set[str]) -> int | None:
    """An answer joins the thread of claims by the other side made before it, the one sharing
    most words (then the latest)."""
    fits = [n for n, t in enumerate(threads)
            if any(s.kind == "claim" and s.actor != step.actor and (s.date or "") <= (step.date or "~")
                   for s in t.steps)]
    if not fits:
        return None
    return max(fits, key=lambda n: (len(w & vocab[n]), threads[n].end or ""))


def build_threads(records: Iterable[ArticleRecord], a: str, b: str, *,
                  min_overlap: float = 0.12) -> list[Thread]:
    """Dispute threads between actor codes ``a`` and ``b`` over ``records``, oldest first."""
    a, b = a.upper(), b.upper()
    claims: list[list[ThreadStep]] = []
    loose: list[ThreadStep] = []
    for record in records:
        if record.provenance.republished_from:  # a copy of a stored article says nothing new
            continue
        covered: set[str] = set()
        for claim in record.claims:
            if _between(claim, a, b):
                steps = _steps(record, claim)
                claims.append(steps)
                covered |= set(claim.event_ids)
                covered |= {r.event_id for r in claim.responses if r.event_id}
        for event in record.events:
            if event.id in covered:
                continue
            step = _event_step(record, event, a, b)
            if step is not None:
                if step.kind == "claim":
                    claims.append([step])
                else:
                    loose.append(step)
    items: list[list[ThreadStep]] = claims + [[step] for step in loose]
    items.sort(key=lambda s: (s[0].date or "", s[0].article_id, s[0].kind == "claim"))
    threads: list[Thread] = []
    vocab: list[set[str]] = []
    for steps in items:
        first = steps[0]
        w = words(first.text)
        if first.kind == "claim":
            n = _thread_for_claim(threads, vocab, first, w, min_overlap)
        else:
            n = _thread_for_answer(threads, vocab, first, w)
        if n is None:
            threads.append(Thread(a, b, []))
            vocab.append(set())
            n = len(threads) - 1
        threads[n].steps.extend(steps)
        vocab[n] |= w
    for t, v in zip(threads, vocab, strict=True):
        t.steps.sort(key=lambda s: (s.date or "", s.kind != "claim"))
        counts = {w: sum(w in words(s.text) for s in t.steps) for w in v}
        t.subject = sorted(counts, key=lambda w: (-counts[w], w))[:5]
    threads.sort(key=lambda t: t.start or "")
    return threads
