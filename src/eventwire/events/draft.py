"""A draft event: a trigger with its frame, actors and links, before it becomes an
:class:`~eventwire.model.Event`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorMention, Event, Span
from ..resources import word_list
from .frames import Frame
from .lexicon import Entry
from .types import having, material_conflict

CASUALTY_VERBS = word_list("events/words.tsv", "casualty_verbs")
MATERIAL_CONFLICT = material_conflict()
ANSWERS = having("answer")
ANSWERED = having("answered")


@dataclass(slots=True, eq=False)
class EventDraft:
    entry: Entry
    frame: Frame
    trigger: Span
    clause: tuple[int, int]
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    speaker: list[ActorMention] = field(default_factory=list)
    reporter: EventDraft | None = None
    reported: bool = False
    implicit_target: list[ActorMention] = field(default_factory=list)
    confidence: float | None = None
    rule: str | None = None
    notes: list[str] = field(default_factory=list)
    forced_type: str = ""
    forced_cameo: str = ""
    forced_mode: list[str] = field(default_factory=list)
    source_heads: set[str] = field(default_factory=set)  # lemmas of the subject phrase heads
    event_id: str = ""
    penalty: float = 0.0  # subtracted from the confidence (e.g. an agentless casualty report)
    event: Event | None = None


def synthetic(lemma: str, kind: str, mode: str, cameo: str) -> Entry:
    return Entry(lemma=lemma, pos="V", conditions=(), type=kind, mode=mode, context="", cameo=cameo, line=0)


def same_side(a: list[ActorMention], b: list[ActorMention]) -> bool:
    """Whether two event sides (lists of mentions) share an actor (entity or name with code,
    or the very span) or carry the same set of codes. One mention against another, with
    people and sectors told apart, is ``claims.parties.same_actor``."""
    keys_a = {(x.entity or x.name, x.code) for x in a} | {(x.start, x.end) for x in a}
    keys_b = {(x.entity or x.name, x.code) for x in b} | {(x.start, x.end) for x in b}
    codes_a = {x.code for x in a if x.code}
    codes_b = {x.code for x in b if x.code}
    return bool(keys_a & keys_b) or bool(codes_a and codes_a == codes_b)
