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

from ..model import ActorMention, Event, Quote

MAX_MENTION = 300  # characters: no actor mention is longer
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE", "CONSULT"})


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _same_speaker(quote: Quote, actor: ActorMention, speaker_entity: str | None) -> bool:
    sp = quote.speaker
    if sp is None:
        return False
    if sp.start is not None and sp.end is not None and _overlap(sp.start, sp.end, actor.start, actor.end):
        return True
    if speaker_entity is not None and actor.entity == speaker_entity:
        return True
    return bool(sp.name) and sp.name == actor.name


def link_events(quotes: list[Quote], events: list[Event], actors: list[ActorMention]) -> None:
    """Set ``quote.event_id`` in place (events are looked up by sentence: linear overall)."""
    if not events:
        return
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        by_sentence.setdefault(ev.sentence.start, []).append(ev)
    spans = sorted({(ev.sentence.start, ev.sentence.end) for ev in events})
    starts = [s for s, _ in spans]
    actor_starts = [a.start for a in actors]
    for quote in quotes:
        cue = quote.cue
        anchor = cue.start if cue is not None else quote.content.start
        candidates: list[Event] = []
        for point in {anchor, quote.content.start}:
            k = bisect_right(starts, point) - 1
            if k >= 0 and point < spans[k][1]:
                candidates.extend(e for e in by_sentence[spans[k][0]] if e not in candidates)
        if not candidates:
            continue
        if cue is not None:
            hit = [e for e in candidates if _overlap(cue.start, cue.end, e.trigger.start, e.trigger.end)]
            if hit:
                quote.event_id = hit[0].id
                continue
        entity = _speaker_entity(quote, actors, actor_starts)
        best: tuple[int, Event] | None = None
        for ev in candidates:
            if ev.type not in VERBAL_TYPES:
                continue
            if not any(_same_speaker(quote, a, entity) for a in ev.source):
                continue
            dist = abs(ev.trigger.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, ev)
        if best is not None:
            quote.event_id = best[1].id


def _speaker_entity(quote: Quote, actors: list[ActorMention], starts: list[int]) -> str | None:
    sp = quote.speaker
    if sp is None or sp.start is None or sp.end is None:
        return None
    k = bisect_left(starts, sp.start - MAX_MENTION)
    for a in actors[k:]:
        if a.start >= sp.end:
            break
        if _overlap(sp.start, sp.end, a.start, a.end) and a.entity is not None:
            return a.entity
    return None
