"""Link a quote to the verbal event it voices (an accusation, a denial, a threat, …).

A quote is linked to an event of ``record.events`` when, in order:

1. the event's trigger overlaps the quote's cue ("Molano *accused* …": the cue is the
   trigger), or
2. the event is a verbal event type, its sentence holds the quote's cue or the quote's
   start, and one of its sources is the speaker (span overlap, same in-document entity, or
   same canonical name); the event whose trigger is nearest the cue wins.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..events.types import Plover
from ..model import ActorMention, Event, Quote

MAX_MENTION = 300  # characters: no actor mention is longer
# the verbal acts a quote can be the words of (CONCEDE is verbal too but not linked)
QUOTABLE_TYPES = frozenset(
    {Plover.ACCUSE, Plover.REJECT, Plover.THREATEN, Plover.REQUEST, Plover.SUPPORT, Plover.AGREE,
     Plover.CONSULT}
)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _same_speaker(
    quote: Quote, actor: ActorMention, speaker_entity: str | None, spans: list[tuple[int, int]]
) -> bool:
    sp = quote.speaker
    if sp is None:
        return False
    if any(_overlap(s, e, actor.start, actor.end) for s, e in spans):
        return True
    if speaker_entity is not None and actor.entity == speaker_entity:
        return True
    return bool(sp.name) and sp.name == actor.name


def link_events(
    quotes: list[Quote],
    events: list[Event],
    actors: list[ActorMention],
    aliases: dict[tuple[int, int], tuple[int, int]] | None = None,
) -> None:
    """Set ``quote.event_id`` in place (events are looked up by sentence: linear overall).

    ``aliases`` maps a speaker mention to another span of the same speaker (a relative
    "who" to its antecedent)."""
    if not events:
        return
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence.start, []).append(ev)
    sentences = sorted({(ev.sentence.start, ev.sentence.end) for ev in events})
    starts = [s for s, _ in sentences]
    actor_starts = [a.start for a in actors]
    for quote in quotes:
        cue = quote.cue
        anchor = cue.start if cue is not None else quote.content.start
        candidates: list[Event] = []
        for point in {anchor, quote.content.start}:
            k = bisect_right(starts, point) - 1
            if k >= 0 and point < sentences[k][1]:
                candidates.extend(e for e in by_sentence[sentences[k][0]] if e not in candidates)
        if not candidates:
            continue
        if cue is not None:
            hit = [e for e in candidates if _overlap(cue.start, cue.end, e.trigger.start, e.trigger.end)]
            if hit:
                quote.event_id = hit[0].id
                continue
        mentions = _speaker_spans(quote, aliases or {})
        entity = next((e for e in (_entity(m, actors, actor_starts) for m in mentions) if e), None)
        best: tuple[int, Event] | None = None
        for ev in candidates:
            if ev.type not in QUOTABLE_TYPES:
                continue
            if not any(_same_speaker(quote, a, entity, mentions) for a in ev.source):
                continue
            dist = abs(ev.trigger.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, ev)
        if best is not None:
            quote.event_id = best[1].id


def _speaker_spans(quote: Quote, aliases: dict[tuple[int, int], tuple[int, int]]) -> list[tuple[int, int]]:
    sp = quote.speaker
    if sp is None or sp.start is None or sp.end is None:
        return []
    spans = [(sp.start, sp.end)]
    if (sp.start, sp.end) in aliases:
        spans.append(aliases[(sp.start, sp.end)])
    return spans


def _entity(span: tuple[int, int], actors: list[ActorMention], starts: list[int]) -> str | None:
    k = bisect_left(starts, span[0] - MAX_MENTION)
    for j in range(k, len(actors)):  # no slice: a copy of the rest would cost the article
        a = actors[j]
        if a.start >= span[1]:
            break
        if _overlap(span[0], span[1], a.start, a.end) and a.entity is not None:
            return a.entity
    return None
