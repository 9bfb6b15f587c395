"""The working form of an actor mention while the stage builds and resolves it."""

from __future__ import annotations

from dataclasses import dataclass, field

# Sectors naming an institution of the state (→ kind "government").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
ORG_SECTORS = frozenset({"MED", "JRN", "BUS", "EDU", "NGO", "IGO", "PTY", "REL"})
# The fields of an ActorDraft that say who the actor is, which a mention referring to another
# takes over (field names of the class below, so they stay in code, not in a word list).
IDENTITY = ("code", "country", "sector", "wikidata", "role", "affiliation")


@dataclass(slots=True)
class ActorDraft:
    first: int  # dictionary-token range [first, last)
    last: int
    kind: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    role: str | None = None
    affiliation: str | None = None
    key: str | None = None  # entity key: drafts with one key are one entity
    plural: bool = False
    person: bool = False  # one person (a named person or "the minister")
    head: str | None = None  # the sector noun of a description ("minister")
    definite: bool = False  # "the/this/that ..." before it
    explicit: bool = False  # the country is written in the mention itself
    current: bool = True  # not "former", and not "president of <something>": may be the office holder
    reason: str | None = None
    sent: int = 0
    adjective: bool = False  # a demonym used as an adjective ("Georgian flags")
    surface: str | None = None  # for people: the name as written ("Clinton")
    table: bool = False  # a person whose name and office come from the leaders table
    firm: bool = True  # ... read from more than the publication date (see atoms.Atom.firm)
    link: ActorDraft | None = None  # a person this title/apposition phrase names
    members: list[ActorDraft] = field(default_factory=list)  # "both countries" → the two countries


def kind_for(sector: str | None, person: bool) -> str:
    if person:
        return "person"
    if sector in STATE_SECTORS:
        return "government"
    if sector in ORG_SECTORS:
        return "organisation"
    return "group"
