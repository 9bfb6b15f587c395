"""Looking back over the actor mentions already seen, for coreference: the last one a test
accepts, the last two of different actors, and taking over an antecedent's identity."""

from __future__ import annotations

from collections.abc import Callable

from ..resources import word_list
from .draft import IDENTITY, ActorDraft

COUNTRY_KINDS = word_list("actors/words.tsv", "country_kinds")


DESC_WINDOW = 6


def country_like(h: ActorDraft) -> bool:
    """A mention written as a country (or a person acting for one), not an IGO or NGO."""
    return h.kind in COUNTRY_KINDS and h.code is not None and (h.explicit or h.kind == "person") \
        and h.code not in ("IGO", "NGO")


def side_like(h: ActorDraft) -> bool:
    """A coded actor that can be one of "both sides" (no pronoun, place, civilians or refugees)."""
    return (h.code is not None and h.kind not in ("pronoun", "location") and h.sector not in ("CVL", "REF")
            and not h.adjective and h.code not in ("IGO", "NGO"))


def owner(d: ActorDraft) -> ActorDraft:
    """The person a title phrase names, else the draft itself."""
    return d.link if d.link is not None and d.kind != "person" else d


def one_per_member(
    d: ActorDraft, pair: list[ActorDraft], fill: Callable[[ActorDraft, ActorDraft], None]
) -> list[ActorDraft]:
    """One plural description mention per member of ``pair`` ("the two sides", "both
    countries"), each filled from its member by ``fill``."""
    out = []
    for member in pair:
        m = ActorDraft(d.first, d.last, "description", d.name, sent=d.sent, plural=True)
        fill(m, member)
        out.append(m)
    return out


def copy_identity(d: ActorDraft, ante: ActorDraft) -> None:
    """``d`` refers to ``ante`` (or the person its title phrase names): it takes its identity."""
    ante = owner(ante)
    for attr in (*IDENTITY, "key"):
        setattr(d, attr, getattr(ante, attr))
    d.name = ante.name
    d.reason = None


def last_match(
    history: list[ActorDraft], sent: int, window: int, ok: Callable[[ActorDraft], bool]
) -> ActorDraft | None:
    """The last mention ``ok`` accepts, at most ``window`` sentences before ``sent``."""
    for h in reversed(history):
        if sent - h.sent > window:
            return None
        if ok(h):
            return h
    return None


def last_two(history: list[ActorDraft], sent: int, ok: Callable[[ActorDraft], bool],
              by_code: bool = True) -> list[ActorDraft] | None:
    """The last two actors accepted by ``ok``: of different countries (``by_code``), else
    of different entities."""
    found: list[ActorDraft] = []
    for h in reversed(history):
        if sent - h.sent > DESC_WINDOW:
            break
        if by_code:
            new = all(h.code != f.code for f in found)
        else:
            new = all(h.key is None or f.key is None or h.key != f.key for f in found)
        if ok(h) and new:
            found.append(h)
            if len(found) == 2:
                return list(reversed(found))
    return None
