"""Source (PLOVER *actor*) and target (*recipient*) of an event, from the dependency parse
and the actor mentions of the actors stage (found by span overlap)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .mentions import RoleActors, mentions
from .recipients import agents, prep_targets
from .syntax import OBJ, PASSIVE_SUBJ, SUBJ, kids, pobj

_CHAIN_DEPS = word_list("events/words.tsv", "chain_deps")

RECIPROCAL_PREPS = frozenset({"with", "between", "among"})


@dataclass(slots=True)
class Roles:
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    source_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    target_prep: str = ""  # the preposition that introduced the target ("with", "against")


def subjects(doc: ParsedDoc, v: Token) -> tuple[list[Token], bool]:
    """Subject tokens of verb ``v`` (inherited from governing clauses when missing) and
    whether ``v`` is passive."""
    passive = any(k.dep in PASSIVE_SUBJ or k.dep == "auxpass" for k in kids(doc, v.i))
    cur = v
    for _ in range(6):
        if passive and cur is v:
            agents = [o for a in kids(doc, v.i, ("agent",)) for o in pobj(doc, a)]
            return agents, True
        subs = [k for k in kids(doc, cur.i, SUBJ) if k.dep != "expl"]  # "there were raids"
        if subs and cur.dep == "relcl" and subs[0].lower in ("who", "which", "that"):
            return [doc.tokens[cur.head]], passive  # "the minister, who said"
        if subs:
            return subs, passive
        if cur.head == cur.i:
            return [], passive
        head = doc.tokens[cur.head]
        if cur.dep == "relcl":  # "the minister, who said": the modified noun
            return [head], passive
        if cur.dep == "acl" and head.pos in ("NOUN", "PROPN"):
            return [], passive
        if cur.dep == "xcomp":  # "urged the EC to support": object control first
            objs = kids(doc, head.i, OBJ)
            if objs and head.lemma not in ("promise", "vow", "pledge", "offer"):
                return objs, passive
        if cur.dep not in _CHAIN_DEPS:
            return [], passive
        if cur.dep == "ccomp" and not passive:
            return [], passive
        cur = head
    return [], passive


def verb_roles(
    doc: ParsedDoc, v: Token, index: RoleActors, skip_objects: bool = False, patient_acts: bool = False
) -> Roles:
    """``skip_objects``: the object is what is moved or used, not the target ("deployed
    troops to X"). ``patient_acts``: in the passive without agent the subject is the actor
    ("men were mobilised")."""
    subs, passive = subjects(doc, v)
    roles = Roles(source_tokens=subs)
    tgt: list[Token] = []
    if skip_objects:
        tgt = kids(doc, v.i, ("dative",)) + [
            o
            for o in kids(doc, v.i, OBJ)
            if o.ent_type in ("GPE", "NORP", "ORG", "PERSON")
            and any(k.dep in OBJ and k.i > o.i for k in kids(doc, v.i))
        ]  # "gave the Ivory Coast $5m"
    if passive and patient_acts and not subs:
        subs = kids(doc, v.i, PASSIVE_SUBJ)
        roles.source_tokens = subs
    elif passive:
        tgt = kids(doc, v.i, PASSIVE_SUBJ)
    elif not skip_objects:
        tgt = kids(doc, v.i, OBJ) + kids(doc, v.i, ("dative",))
    roles.target_tokens = tgt
    roles.source = mentions(doc, subs, index)
    roles.target = mentions(doc, tgt, index) if tgt else []
    if not roles.target and tgt and not passive:
        roles.target = agents(doc, tgt, index)
    if not roles.target:
        prep_targets(doc, v, index, roles)
    return roles


def noun_roles(doc: ParsedDoc, n: Token, index: RoleActors) -> Roles:
    """Roles of a nominal trigger: "accusations by the minister", "Russian attacks on X",
    "clashes between A and B", "the growing tensions between Russia and Ukraine"."""
    roles = Roles()
    src: list[ActorMention] = []
    for p in kids(doc, n.i, ("prep", "agent")):
        if p.lemma in ("by", "from"):
            src.extend(mentions(doc, pobj(doc, p), index))
        elif p.lemma in ("between", "among"):
            src.extend(mentions(doc, pobj(doc, p), index))
            roles.target_prep = p.lemma
    for m in kids(doc, n.i, ("poss", "amod", "compound", "nmod")):
        found = index.overlapping(m.start, m.end)
        if found:
            src.append(found[0])
    if not src:
        for p in kids(doc, n.i, ("prep",)):
            if p.lemma == "of":
                src.extend(mentions(doc, pobj(doc, p), index))
    roles.source = src
    if roles.target_prep not in ("between", "among"):
        prep_targets(doc, n, index, roles)
        if roles.target and any(a in roles.source for a in roles.target):
            roles.target = [a for a in roles.target if a not in roles.source]
    return roles
