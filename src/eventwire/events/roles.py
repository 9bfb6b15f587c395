"""Source (PLOVER *actor*) and target (*recipient*) of an event, from the dependency parse
and the actor mentions of the actors stage (found by span overlap)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from .syntax import OBJ, PASSIVE_SUBJ, SUBJ, kids, pobj, with_conjuncts

TARGET_PREPS = (
    "against",
    "to",
    "on",
    "at",
    "with",
    "into",
    "toward",
    "towards",
    "upon",
    "over",
    "from",
    "for",
)
_CLAUSAL = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "punct", "cc", "conj"})
_GROUP_NOUNS = frozenset(
    {"country", "nation", "side", "government", "party", "state", "neighbor", "neighbour"}
)
_ENTITY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
RECIPROCAL_PREPS = frozenset({"with", "between", "among"})


@dataclass(slots=True)
class Roles:
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    source_tokens: list[Token] = field(default_factory=list)
    target_tokens: list[Token] = field(default_factory=list)
    target_prep: str = ""  # the preposition that introduced the target ("with", "against")


class ActorIndex:
    """Actor mentions sorted by start, with overlap queries and NER fallback."""

    def __init__(self, doc: ParsedDoc, actors: list[ActorMention]) -> None:
        self.doc = doc
        self.actors = sorted(actors, key=lambda a: (a.start, -a.end))
        self.starts = [a.start for a in self.actors]

    def overlapping(self, start: int, end: int) -> list[ActorMention]:
        lo = bisect_left(self.starts, start - 200)
        out = []
        for a in self.actors[lo:]:
            if a.start >= end:
                break
            if a.end > start:
                out.append(a)
        return out

    def for_phrase(self, head: Token) -> list[ActorMention]:
        """The actor(s) a noun phrase headed by ``head`` denotes."""
        span = _phrase_span(self.doc, head)
        found = self.overlapping(*span)
        if not found:
            return self._fallback(head, span)
        on_head = [a for a in found if a.start < head.end and head.start < a.end]
        if on_head:
            return [max(on_head, key=lambda a: a.end - a.start)]
        poss = kids(self.doc, head.i, ("poss",))
        named = [a for a in found if a.kind != "pronoun"]
        outside = [a for a in named if not any(p.start <= a.start and a.end <= p.end for p in poss)]
        if outside or named:  # "its neighbor Colombia": Colombia, not "its"
            return [(outside or named)[0]]
        # "the governments of both countries", "units of the Bolivarian Military Force":
        # the first mention of the phrase (nested mentions collapse to the outer one)
        return [found[0]]

    def _fallback(self, head: Token, span: tuple[int, int]) -> list[ActorMention]:
        for ent in self.doc.entities:
            if (
                ent.label in _ENTITY_LABELS
                and ent.start < span[1]
                and span[0] < ent.end
                and (ent.start <= head.start < ent.end or ent.end <= span[1])
            ):
                return [
                    ActorMention(
                        start=ent.start,
                        end=ent.end,
                        text=ent.text,
                        name=ent.text,
                        kind="unknown",
                        reason="no actor mention from the actors stage; named entity of the argument",
                    )
                ]
        return []

    def antecedent(self, pronoun: ActorMention) -> ActorMention | None:
        """The last named mention of the entity a pronoun refers to, before the pronoun."""
        if pronoun.entity is None:
            return None
        i = bisect_left(self.starts, pronoun.start) - 1
        floor = max(-1, i - 200)
        while i > floor:
            a = self.actors[i]
            if a.entity == pronoun.entity and a.kind not in ("pronoun",):
                return a
            i -= 1
        return None

    def named(self, found: list[ActorMention]) -> list[ActorMention]:
        """Pronouns replaced by their antecedent mention ("Hungary said *it* would ...")."""
        out: list[ActorMention] = []
        for a in found:
            b = self.antecedent(a) if a.kind == "pronoun" else None
            if b is not None and pronoun_near(b, a):
                a = b
            if a not in out:
                out.append(a)
        return out

    def before(self, char: int, n: int = 2) -> list[ActorMention]:
        """The last ``n`` country-coded mentions with distinct codes before ``char``."""
        out: list[ActorMention] = []
        codes: set[str] = set()
        i = bisect_left(self.starts, char) - 1
        floor = max(-1, i - 200)  # look back a bounded number of mentions: linear overall
        while i > floor and len(out) < n:
            a = self.actors[i]
            code = a.code or a.country
            if code and code not in codes and a.kind in ("country", "government", "metonym", "unknown"):
                codes.add(code)
                out.append(a)
            i -= 1
        return list(reversed(out))


GENERIC_HEADS = frozenset(
    {
        "thousand",
        "hundred",
        "dozen",
        "million",
        "number",
        "some",
        "many",
        "most",
        "all",
        "doctor",
        "worker",
        "student",
        "activist",
        "protester",
        "demonstrator",
        "resident",
        "elder",
        "youth",
        "government",
        "unit",
        "member",
        "force",
        "official",
        "representative",
        "delegation",
        "leader",
        "army",
        "troop",
        "soldier",
        "spokesman",
        "spokeswoman",
        "minister",
        "ministry",
        "president",
        "embassy",
        "group",
        "side",
        "country",
        "administration",
        "authority",
        "regime",
        "militant",
        "fighter",
        "police",
        "officer",
        "people",
        "representation",
        "head",
        "chief",
        "envoy",
        "ambassador",
        "military",
        "navy",
        "guerrilla",
        "rebel",
        "dissident",
        "supporter",
        "team",
    }
)


def pronoun_near(antecedent: ActorMention, pronoun: ActorMention) -> bool:
    """Replace a pronoun by its antecedent only within a short distance (two sentences or so)."""
    return 0 <= pronoun.start - antecedent.end <= 400


def _phrase_span(doc: ParsedDoc, head: Token) -> tuple[int, int]:
    """Character span of the noun phrase of ``head`` without its clauses, conjuncts and
    prepositional phrases (but with "of" phrases of generic heads: "units of the army")."""
    lo, hi = head.start, head.end
    stack = [head.i]
    while stack:
        j = stack.pop()
        for k in doc.children(j):
            t = doc.tokens[k]
            if t.dep in _CLAUSAL:
                continue
            if t.dep == "prep" and not (
                j == head.i
                and t.lemma in ("of", "from")
                and (head.lemma in GENERIC_HEADS or head.pos == "NUM")
            ):
                continue
            lo, hi = min(lo, t.start), max(hi, t.end)
            stack.append(k)
    return lo, hi


def _group(doc: ParsedDoc, head: Token, index: ActorIndex, before: int | None = None) -> list[ActorMention]:
    """ "both countries", "the two governments": the last two distinct countries before."""
    if head.lemma not in _GROUP_NOUNS:
        return []
    dets = {k.lower for k in kids(doc, head.i, ("det", "predet", "nummod", "quantmod"))}
    if {"both", "two"} & dets:
        pair = index.before(head.start if before is None else before, 2)
        return pair if len(pair) == 2 else []
    return []


def mentions(doc: ParsedDoc, heads: list[Token], index: ActorIndex) -> list[ActorMention]:
    out: list[ActorMention] = []
    seen: set[tuple[int, int]] = set()
    for h in heads:
        conj = with_conjuncts(doc, h)
        # "Maduro and Russian President Vladimir Putin" parsed as a modifier with a conjunct
        conj += [k for k in kids(doc, h.i, ("nmod", "compound")) if kids(doc, k.i, ("cc",))]
        for t in conj:
            found = _group(doc, t, index) or index.for_phrase(t)
            if t.lemma in _GROUP_NOUNS:  # "the governments of both countries"
                for p in kids(doc, t.i, ("prep",)):
                    if p.lemma == "of":
                        for o in pobj(doc, p):
                            found = _group(doc, o, index, before=t.start) or found
            for a in index.named(found):
                if (a.start, a.end) not in seen:
                    seen.add((a.start, a.end))
                    out.append(a)
    return out


def subjects(doc: ParsedDoc, v: Token) -> tuple[list[Token], bool]:
    """Subject tokens of verb ``v`` (inherited from governing clauses when missing) and
    whether ``v`` is passive."""
    passive = any(k.dep in PASSIVE_SUBJ or k.dep == "auxpass" for k in kids(doc, v.i))
    cur = v
    for _ in range(6):
        if passive and cur is v:
            agents = [o for a in kids(doc, v.i, ("agent",)) for o in pobj(doc, a)]
            return agents, True
        subs = [k for k in kids(doc, cur.i, SUBJ) if k.dep != "expl"]  # "there has been"
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
        if cur.dep not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp"):
            return [], passive
        if cur.dep == "ccomp" and not passive:
            return [], passive
        cur = head
    return [], passive


def verb_roles(
    doc: ParsedDoc, v: Token, index: ActorIndex, skip_objects: bool = False, patient_acts: bool = False
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
    if not roles.target:
        _prep_targets(doc, v, index, roles)
    return roles


_DEEP_SKIP = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "advcl",
        "relcl",
        "punct",
        "cc",
        "parataxis",
        "conj",
        "appos",
        "agent",
        "npadvmod",
        "advmod",
        "mark",
        "aux",
        "neg",
    }
)
_DEEP_ARGS = frozenset({"dobj", "dative", "pobj", "obj"})


def deep_target(
    doc: ParsedDoc,
    t: Token,
    index: ActorIndex,
    source: list[ActorMention],
    through: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    """The recipient named inside the act's complement: "threatened to cut off electricity
    *to Nakhichevan*", "demanded the removal *of President X*", "threatened to ban *the
    opposition candidates*". Breadth-first below ``t``, nearest first; the source's own
    forces are skipped ("warned they could deploy *troops*")."""
    own = {a.code for a in source if a.code} - {None}
    frontier = [t.i]
    for _depth in range(5):
        nxt: list[int] = []
        for j in frontier:
            for k in doc.children(j):
                tok = doc.tokens[k]
                head = doc.tokens[j]
                clause_subject = (
                    tok.dep in ("nsubj", "nsubjpass") and j != t.i and head.dep in ("ccomp", "xcomp")
                )
                if tok.dep in _DEEP_SKIP and not clause_subject and tok.dep not in through:
                    continue
                is_arg = (tok.dep in _DEEP_ARGS and j != t.i) or clause_subject
                if is_arg and (tok.dep != "pobj" or head.lemma in TARGET_PREPS or head.lemma == "of"):
                    found = [
                        a
                        for a in index.for_phrase(tok)
                        if a not in source
                        and a.kind != "pronoun"
                        and not (a.code in own and a.sector in ("MIL", "COP"))
                    ]
                    if found:
                        return found
                nxt.append(k)
        frontier = nxt
    return []


def _prep_targets(doc: ParsedDoc, t: Token, index: ActorIndex, roles: Roles) -> None:
    holders = [t, *kids(doc, t.i, OBJ)]
    for prep_name in TARGET_PREPS:
        for h in holders:
            for p in kids(doc, h.i, ("prep", "dative")):
                if p.lemma != prep_name:
                    continue
                found = mentions(doc, pobj(doc, p), index)
                if found:
                    roles.target = found
                    roles.target_prep = prep_name
                    return


def noun_roles(doc: ParsedDoc, n: Token, index: ActorIndex) -> Roles:
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
        _prep_targets(doc, n, index, roles)
        if roles.target and any(a in roles.source for a in roles.target):
            roles.target = [a for a in roles.target if a not in roles.source]
    return roles
