"""Which of a sentence's dates is an event's: one inside the event's clause, hanging close
below its verb, nearest the trigger; else the publication date."""

from __future__ import annotations

from datetime import date

from ..model import EventDate
from ..nlp.document import ParsedDoc
from .dates import published_date
from .draft import EventDraft


def _depth(doc: ParsedDoc, when: EventDate, d: EventDraft) -> int:
    """How far below the event's clause verb the date hangs ("met *on Tuesday*": 1; "plan to
    deliver ships *by 2027*": deeper): dates modifying the verb itself come first."""
    tok = doc.token_at(when.start or 0)
    if tok is None or not doc.sentences[tok.sent].parsed:
        return 0
    for steps, j in enumerate(doc.ancestors(tok.i), start=1):
        if j == d.frame.anchor.i:
            return steps
    return 99


def pick_date(doc: ParsedDoc, d: EventDraft, dates: list[EventDate], pub: date | None) -> EventDate:
    if not dates:
        return published_date(pub)
    lo, hi = d.clause
    inside = [x for x in dates if x.start is not None and lo <= x.start < hi]
    pool = [x for x in (inside or dates) if _depth(doc, x, d) <= 3 or _depth(doc, x, d) == 99]
    if not pool:  # "discussed Japan's plan to supply ships by 2027": the date is the plan's
        return published_date(pub)
    best = min(pool, key=lambda x: (_depth(doc, x, d), abs((x.start or 0) - d.trigger.start)))
    return EventDate(
        raw=best.raw,
        value=best.value,
        granularity=best.granularity,
        start=best.start,
        end=best.end,
        basis=best.basis,
        reason=best.reason,
    )
