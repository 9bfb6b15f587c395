"""Link a quote to the verbal event it voices (an accusation, a denial, a threat, …).

A quote is linked to an event of ``record.events`` when, in order:

1. the event's trigger overlaps the quote's cue ("Molano *accused* …": the cue is the
   trigger), or
2. the event is a verbal event type, its sentence holds the quote's cue or the quote's
   start, and one of its sources is the speaker (span overlap, same in-document entity, or
   same canonical name); the event whose trigger is nearest the cue wins.
"""

from __future__ import annotations

from ..model import ActorMention, Event, Quote

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
    """Set ``quote.event_id`` in place."""
    if not events:
        return
    for quote in quotes:
        cue = quote.cue
        entity = None
        sp = quote.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            for a in actors:
                if _overlap(sp.start, sp.end, a.start, a.end) and a.entity is not None:
                    entity = a.entity
                    break
        if cue is not None:
            hit = [e for e in events if _overlap(cue.start, cue.end, e.trigger.start, e.trigger.end)]
            if hit:
                quote.event_id = hit[0].id
                continue
        anchor = cue.start if cue is not None else quote.content.start
        best: tuple[int, Event] | None = None
        for ev in events:
            if ev.type not in VERBAL_TYPES:
                continue
            s = ev.sentence
            if not (s.start <= anchor < s.end or s.start <= quote.content.start < s.end):
                continue
            if not any(_same_speaker(quote, a, entity) for a in ev.source):
                continue
            dist = abs(ev.trigger.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, ev)
        if best is not None:
            quote.event_id = best[1].id
