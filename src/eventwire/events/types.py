"""The PLOVER event-type registry: everything the code knows about a type, read from one
table (``data/events/plover.tsv``).

:class:`Plover` names the 16 PLOVER 0.8 categories; code compares and assigns types only
through it (a :class:`~enum.StrEnum`, so a member equals its name as a string and records
keep plain strings). :func:`registry` gives each type's row: QuadClass, default CAMEO code,
Goldstein value, polarity, whether it is a verbal act, what it becomes when only promised
or conditional, and its *traits*, the behaviours the event coder looks up by name
(:func:`having`). The table and the enum are checked against each other when first read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from ..errors import ConfigError
from ..resources import data_path, read_tsv

NOT_AN_EVENT = "-"  # the trigger lexicon's type for a word sense that is no event


class Plover(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Trait(StrEnum):
    """The traits the coder looks up; every trait in the table must be one of these."""

    ANSWER = "answer"  # answers an earlier accusation, threat or demand (its author is the target)
    ANSWERED = "answered"  # an act that a REJECT-like act answers
    INHERITS_TARGET = "inherits_target"  # takes the recipient of the act its clause governs
    PLACE_TARGET = "place_target"  # a place named as where it was done can stand for the recipient
    MOVES_OBJECT = "moves_object"  # its object is what is moved or given, not the recipient
    PATIENT_ACTS = "patient_acts"  # a passive subject is the actor ("troops were withdrawn")
    GRIEVANCE = "grievance"  # "X protested to Y": Y is the recipient of the grievance
    VISIT = "visit"  # "flew to Lisbon": the place visited stands for the recipient
    UNREALISES = "unrealises"  # what it governs has not happened ("agreed to lift")
    UNDOES = "undoes"  # what it governs is kept but not done ("threatened to shell")
    MOVES_NAMED_OBJECT = "moves_named_object"  # moves_object when the lexicon row names the object
    CROWD_VOICE = "crowd_voice"  # voiced by protesters, it is the protest's demand (PROTEST)


TRAITS: frozenset[str] = frozenset(Trait)


@dataclass(frozen=True, slots=True)
class TypeInfo:
    type: Plover
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    cameo: str  # default CAMEO code
    goldstein: float
    polarity: str  # coop | conflict
    verbal: bool
    future: str  # the type when only promised / planned / conditional; "" keeps the type
    traits: frozenset[str]

    @property
    def material_conflict(self) -> bool:
        return self.quad_class == 4


@cache
def registry() -> dict[str, TypeInfo]:
    """Type name → its row; raises :class:`ConfigError` when the table and :class:`Plover` differ."""
    out: dict[str, TypeInfo] = {}
    for row in read_tsv(data_path("events/plover.tsv")):
        traits = frozenset(t.strip() for t in row.get("traits", "").split(",") if t.strip())
        unknown = traits - TRAITS
        if row["type"] not in Plover.__members__ or unknown:
            raise ConfigError(f"events/plover.tsv: bad type or traits in {row['type']}: {sorted(unknown)}")
        out[row["type"]] = TypeInfo(
            type=Plover(row["type"]),
            quad_class=int(row["quad_class"]),
            cameo=row["cameo"],
            goldstein=float(row["goldstein"]),
            polarity=row["polarity"],
            verbal=row["verbal"] == "yes",
            future=row.get("future", ""),
            traits=traits,
        )
    if set(out) != set(Plover.__members__):
        raise ConfigError(f"events/plover.tsv lacks types: {sorted(set(Plover.__members__) - set(out))}")
    return out


@cache
def having(trait: str) -> frozenset[str]:
    """The types with ``trait`` (one of :data:`TRAITS`)."""
    if trait not in TRAITS:
        raise ConfigError(f"unknown event-type trait {trait!r}")
    return frozenset(t for t, info in registry().items() if trait in info.traits)


@cache
def material_conflict() -> frozenset[str]:
    return frozenset(t for t, info in registry().items() if info.material_conflict)


def is_verbal(kind: str) -> bool:
    """Is ``kind`` a verbal act? (False for the lexicon's "not an event".)"""
    info = registry().get(kind)
    return info is not None and info.verbal
