"""Recipients named away from the verb: in a preposition phrase ("imposed sanctions *on
X*"), inside the act's complement ("threatened to cut off electricity *to X*"), or as the
place an act is done to ("imposed a curfew *in X*")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list, word_sequence
from .mentions import PLACE_HEADS, RoleActors, mentions
from .syntax import OBJ, kids, pobj
from .types import having

_PLACE_KINDS = word_list("events/words.tsv", "place_kinds")

if TYPE_CHECKING:
    from .roles import Roles

TARGET_PREPS = word_sequence("events/words.tsv", "target_preps")  # in order of preference


_DEEP_SKIP = word_list("events/words.tsv", "deep_skip")
PLACE_NOUNS = PLACE_HEADS | word_list("events/words.tsv", "place_nouns")
_DEEP_ARGS = frozenset({"dobj", "dative", "pobj", "obj"})


def deep_target(
    doc: ParsedDoc,
    t: Token,
    index: RoleActors,
    source: list[ActorMention],
    through: frozenset[str] = frozenset(),
    depth: int = 5,
) -> list[ActorMention]:
    """The recipient named inside the act's complement: "threatened to cut off electricity
    *to Nakhichevan*", "demanded the removal *of President X*", "threatened to ban *the
    opposition candidates*". Breadth-first below ``t``, nearest first; the source's own
    forces are skipped ("warned they could deploy *troops*")."""
    own = {a.code for a in source if a.code} - {None}
    frontier = [t.i]
    for _depth in range(depth):
        nxt: list[int] = []
        for j in frontier:
            for k in doc.children(j):
                tok = doc.tokens[k]
                head = doc.tokens[j]
                clause_subject = (
                    tok.dep in ("nsubj", "nsubjpass")
                    and j != t.i
                    and (head.dep in ("ccomp", "xcomp") or (head.dep == "acl" and head.pos == "VERB"))
                )  # "its demand that Israel ease ...": the noun's clause
                if tok.dep in _DEEP_SKIP and not clause_subject and tok.dep not in through:
                    continue
                is_arg = (tok.dep in _DEEP_ARGS and j != t.i) or clause_subject
                by_agent = head.lemma == "by" and doc.tokens[head.head].pos == "NOUN"  # "violations by X"
                of_place = (
                    head.lemma == "of" and doc.tokens[head.head].lemma in PLACE_NOUNS
                )  # "the city of X"
                via = head.lemma in TARGET_PREPS or (head.lemma == "of" and not of_place) or by_agent
                named = any(a.kind != "pronoun" for a in index.for_phrase(tok))  # not "their ties"
                if is_arg and (tok.dep != "pobj" or via) and named:
                    found = [
                        a
                        for a in mentions(doc, [tok], index)
                        if a not in source
                        and a.kind != "pronoun"
                        and not (a.sector in ("MIL", "COP") and (a.code in own or _unnamed(a)))
                    ]
                    if found:
                        return found
                nxt.append(k)
        frontier = nxt
    return []


def agents(doc: ParsedDoc, nouns: list[Token], index: RoleActors) -> list[ActorMention]:
    """The doers named in the "by" phrase of act nouns that name no actor themselves:
    "dismissed appeals *by the envoy*", "protests against violations *by the military*",
    "investigating crimes *by extremists*" — the target is who made the call or the act."""
    for n in nouns:
        if n.pos not in ("NOUN", "PROPN"):
            continue
        holders = [n, *kids(doc, n.i, ("acl",))]  # "property seized by the army"
        for h in holders:
            for p in kids(doc, h.i, ("prep", "agent")):
                if p.lemma == "by":
                    found = mentions(doc, pobj(doc, p), index)
                    if found:
                        return found
    return []


def _unnamed(a: ActorMention) -> bool:
    """ "troops", "the soldiers": forces whose country the text does not name — in an act's
    complement they are what is sent or used ("could deploy troops to X"), not the target."""
    return a.kind == "description" or "inferred" in (a.reason or "")


def prep_targets(doc: ParsedDoc, t: Token, index: RoleActors, roles: Roles) -> None:
    holders = [t, *kids(doc, t.i, OBJ)]
    for prep_name in TARGET_PREPS:
        for h in holders:
            for p in kids(doc, h.i, ("prep", "dative")):
                if p.lemma != prep_name:
                    continue
                objs = pobj(doc, p)
                found = mentions(doc, objs, index) or agents(doc, objs, index)
                if found:
                    roles.target = found
                    roles.target_prep = prep_name
                    return


PLACE_TARGETS = having("place_target")


def place_target(
    doc: ParsedDoc, tok: Token, index: RoleActors, source: list[ActorMention]
) -> list[ActorMention]:
    """ "imposed a curfew *in Cizre*", "reinforced its garrison *in Tromso*": for acts done to
    a place, the place's population (a country or city actor) is the recipient."""
    holders = [tok, *kids(doc, tok.i, ("dobj", "nsubjpass"))]
    for h in holders:
        for p in kids(doc, h.i, ("prep",)):
            if p.lemma not in ("in", "on", "at"):
                continue
            for o in kids(doc, p.i, ("pobj",)):
                found = [
                    a
                    for a in index.for_phrase(o)
                    if a not in source
                    and a.kind in _PLACE_KINDS
                ]
                if found:
                    return found
    return []


def grievance_target(doc: ParsedDoc, t: Token, index: RoleActors) -> list[ActorMention]:
    """ "complained *to the UN* over Israeli air raids": the addressee of a complaint is not
    its target; the doer of what it is about is."""
    for p in kids(doc, t.i, ("prep",)):
        if p.lemma in ("over", "about", "against"):
            objs = pobj(doc, p)
            found = mentions(doc, objs, index) or agents(doc, objs, index)
            if found:
                return found
    return []
