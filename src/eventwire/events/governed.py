"""Drafts of one sentence that are not events of their own: side mentions that name no actor
beside events that do, and acts only promised or refused by the act that governs them."""

from __future__ import annotations

from .draft import EventDraft
from .frames import ADJUNCT, COMPLEMENT, NOMINAL
from .types import having

IDLE_FRAMES = frozenset({ADJUNCT, NOMINAL, COMPLEMENT})
# acts that only promise or refuse the act they govern: "agreed to *end* tariffs",
# "refused to *allow* flights". A threat's content stays (hypothetical, reported_by the
# threat): users follow what was threatened.
UNREALISED_BY = having("unrealises")


# acts whose governed act is kept but has not happened: "threatened to *shell* towns",
# "urged Israel to *ease* restrictions"
UNDONE_BY = having("undoes")


def governing_type(d: EventDraft, drafts: list[EventDraft]) -> str | None:
    """The type of the event whose complement ``d`` is ("threatened to *cut off*": THREATEN)."""
    gov = d.frame.governor
    if d.frame.status != COMPLEMENT or gov is None or not d.frame.governor_is_event:
        return None
    for g in drafts:
        if g is not d and g.event is not None and g.frame.anchor.i == gov.i:
            return g.event.type
    return None


def only_promised(d: EventDraft, drafts: list[EventDraft]) -> bool:
    """Whether ``d`` is the content of a promise or refusal in its sentence: the governed
    act has not happened, the governing act is the event ("agreed to end tariffs" is one
    AGREE, not also a RETREAT; "refused to allow access" one REJECT)."""
    return governing_type(d, drafts) in UNREALISED_BY


def without_idle(drafts: list[EventDraft]) -> list[EventDraft]:
    """Drop side mentions that name no actor ("the war", "to end the bloodshed", "arrested
    dozens") from a sentence where another event has actors: they are background, not
    events a researcher can code. A sentence whose events all lack actors keeps them."""
    if not any(d.source or d.target for d in drafts):
        return drafts
    reporters = {id(d.reporter) for d in drafts if d.reporter is not None}
    return [
        d
        for d in drafts
        if d.source or d.target or d.speaker or d.frame.status not in IDLE_FRAMES or id(d) in reporters
    ]
