"""Collections of armed groups and organisations, for plural references.

- apposition: "groups outside the law, the guerrillas of the ELN and dissidents of the
  FARC": the plural head takes the code of what is apposed to it, and the apposed
  (coordinated) mentions become its members;
- plural definite descriptions: "these groups", "the groups", "the rebels" → the most
  recent collection of groups (a coordination or an apposition), else the most recent
  plural group; one mention per member, like "both countries".
"""

from __future__ import annotations

from .draft import ActorDraft
from .lexicon import Tok

WINDOW = 4  # sentences looked back
_NOT_GROUPS = frozenset({"CVL", "REF"})  # "the people", "the displaced": not armed groups


def _group_like(h: ActorDraft, sector: str | None) -> bool:
    if h.code is None or h.person or h.adjective or h.kind not in ("group", "organisation", "description"):
        return False
    if h.sector in _NOT_GROUPS or (h.sector is None and h.kind == "description"):
        return False
    return sector is None or h.sector == sector


def _ident(d: ActorDraft) -> str:
    return d.key or f"draft:{id(d)}"


def apposition(d: ActorDraft, keep: list[ActorDraft], toks: list[Tok], heads: dict[str, ActorDraft]) -> None:
    """If ``d`` is apposed to the description just before it ("groups outside the law, the
    guerrillas of the ELN"), that description takes ``d``'s code and ``d`` as a member; a
    mention coordinated with a member ("... and dissidents of the FARC") joins them.
    ``heads`` maps members (by entity key) to their head."""
    if d.code is None or d.kind == "pronoun" or not keep:
        return
    j = d.first - 1
    if j >= 0 and toks[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return
    prev = next((k for k in reversed(keep[-4:]) if k.last <= j), None)
    if prev is None:
        return
    if toks[j].lower == "and" and _ident(prev) in heads:  # a second member
        head = heads[_ident(prev)]
        if d not in head.members:
            head.members.append(d)
            heads[_ident(d)] = head
        return
    if d.reason or toks[j].text != "," or prev.last != j or prev.person \
            or prev.kind not in ("group", "government"):
        return
    if prev.code is not None and not prev.reason:
        return  # the head has its own country: a list, not an apposition
    if prev.sector is not None and d.sector is not None and prev.sector != d.sector:
        return
    prev.code, prev.country, prev.reason = d.code, d.country, None
    prev.members = [d]
    heads[_ident(d)] = prev


def is_group_reference(d: ActorDraft) -> bool:
    """"the groups", "these groups" (head ``groups``), or "the rebels" with no country."""
    if d.head == "groups":
        return True
    return d.code is None and d.sector == "REB" and d.plural and d.definite and not d.person \
        and d.kind != "pronoun"


def group_antecedents(d: ActorDraft, history: list[ActorDraft]) -> list[ActorDraft]:
    """The groups ``d`` refers to: the members of the most recent collection of groups, else
    the most recent plural group; empty when none is near."""
    sector = d.sector if d.head != "groups" else None
    single: ActorDraft | None = None
    for h in reversed(history):
        if d.sent - h.sent > WINDOW:
            break
        if h.sent == d.sent and h.first >= d.first:
            continue
        members = [m for m in h.members if _group_like(m, sector)]
        if len(members) >= 2:
            return members
        if single is None and h.plural and not h.members and _group_like(h, sector):
            single = h
    return [single] if single is not None else []
