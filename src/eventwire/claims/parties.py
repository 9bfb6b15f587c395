"""Who is who in a claim: whether two actor mentions are one party, and which mentions are
actors a claim can be made about (``data/claims/actor_nouns.tsv`` for unnamed ones)."""

from __future__ import annotations

from functools import cache

from ..model import ActorMention
from ..resources import data_path, read_tsv


@cache
def actor_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv(data_path("claims/actor_nouns.tsv")))


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", ""})


def _side(m: ActorMention) -> str:
    """The state's organs act as one side; rebels, opposition, civilians ... each as another."""
    if m.kind == "group":  # armed groups, parties, crowds: never the state
        return "group:" + (m.sector or "")
    if m.sector is None:  # a country or its capital is the state; an unknown body is itself
        return "state" if m.kind in ("country", "government", "metonym", "location") else m.kind
    return "state" if m.sector in _STATE_SECTORS else m.sector


def same_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether two mentions stand for the same actor (entity, then code and side, then words)."""
    if a is None or b is None:
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    if a.code is not None and b.code is not None:
        return a.code == b.code and _side(a) == _side(b)
    wa = {w for w in (a.name or a.text).lower().split() if len(w) > 2 and w not in ("the",)}
    wb = {w for w in (b.name or b.text).lower().split() if len(w) > 2 and w not in ("the",)}
    return bool(wa & wb)


def same_entity(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether two mentions are the same entity (coreference id, else the same words)."""
    if a is None or b is None:
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    return (a.name or a.text).lower() == (b.name or b.text).lower()


def same_country(a: ActorMention | None, b: ActorMention | None) -> bool:
    return a is not None and b is not None and a.code is not None and a.code == b.code


def actor_like(m: ActorMention | None) -> bool:
    if m is None:
        return False
    if m.kind != "description":
        return True
    words = m.text.lower().replace("-", " ").split()
    return any(w in actor_nouns() for w in words)


_GENERIC = frozenset({"you", "we", "us", "people", "americans", "everyone", "anyone", "someone", "voters",
                      "women", "men", "citizens", "public"})


def political(m: ActorMention) -> bool:
    """An actor a claim can be about: not the general public, a reader or an unresolved pronoun."""
    words = m.text.lower().split()
    if m.sector == "CVL" or (words and words[-1] in _GENERIC):
        return False
    return not (m.kind == "pronoun" and m.code is None and m.name in (None, m.text))
