"""Small helpers over the plain dependency parse (:class:`~eventwire.nlp.ParsedDoc`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list

_LIGHT_VERBS = word_list("events/words.tsv", "light_verbs")
_OBJECT_DEPS = word_list("events/words.tsv", "object_deps")

SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj"})
COMP = frozenset({"ccomp", "xcomp"})
MODIFIERS = word_list("events/words.tsv", "modifier_deps")
PREP_LIKE = frozenset({"prep", "agent", "dative", "prt"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def kids(doc: ParsedDoc, i: int, deps: Iterable[str] | None = None) -> list[Token]:
    wanted = frozenset(deps) if deps is not None else None
    return [doc.tokens[j] for j in doc.children(i) if wanted is None or doc.tokens[j].dep in wanted]


def with_conjuncts(doc: ParsedDoc, tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("planes and soldiers")."""
    out = [tok]
    stack = [tok.i]
    while stack:
        for k in kids(doc, stack.pop(), ("conj", "appos")):
            if k.dep == "conj":
                out.append(k)
            stack.append(k.i)
    return out


def is_passive(doc: ParsedDoc, v: Token) -> bool:
    return any(k.dep in PASSIVE_SUBJ or k.dep == "auxpass" for k in kids(doc, v.i))


def direct_objects(doc: ParsedDoc, v: Token) -> list[Token]:
    """The object of a verb: ``dobj``, or the passive subject when passive."""
    objs = kids(doc, v.i, OBJ)
    if not objs:
        objs = kids(doc, v.i, PASSIVE_SUBJ)
    if not objs:  # "set fire to", "declared a week-long curfew zone": attr/oprd
        objs = kids(doc, v.i, ("attr", "oprd"))
    if not objs and v.dep == "acl" and v.tag == "VBN" and v.head != v.i:
        objs = [doc.tokens[v.head]]  # "the plan released Tuesday": the modified noun
    out: list[Token] = []
    for o in objs:
        out.extend(with_conjuncts(doc, o))
    return out


def preps(doc: ParsedDoc, t: Token) -> list[Token]:
    """Prepositions and particles attached to ``t`` (also through a direct object:
    "imposed sanctions on X" attaches "on" to either)."""
    out = kids(doc, t.i, PREP_LIKE)
    for o in kids(doc, t.i, OBJ):
        out.extend(kids(doc, o.i, ("prep",)))
    return out


def pobj(doc: ParsedDoc, p: Token) -> list[Token]:
    objs = kids(doc, p.i, ("pobj", "pcomp"))
    out: list[Token] = []
    for o in objs:
        out.extend(with_conjuncts(doc, o))
    return out


def clause_head(doc: ParsedDoc, t: Token) -> Token:
    """The verb of the clause that ``t`` is in (``t`` itself for verbs)."""
    cur = t
    for _ in range(40):
        if cur.pos in VERB_POS or cur.head == cur.i:
            return cur
        cur = doc.tokens[cur.head]
    return cur


def governing_verb(doc: ParsedDoc, n: Token) -> Token | None:
    """For a noun: the verb that takes it as object/attribute, through "of" phrases
    ("held a round of talks")."""
    cur = n
    for _ in range(4):
        if cur.head == cur.i:
            return None
        head = doc.tokens[cur.head]
        if cur.dep in _OBJECT_DEPS and head.pos in VERB_POS:
            return head
        if cur.dep == "pobj" and head.lemma == "of":
            cur = doc.tokens[head.head]
            continue
        if cur.dep == "pobj" and head.lemma == "on" and head.head != head.i:
            up = doc.tokens[head.head]  # "went on strike", "remain on hunger strike"
            light = _LIGHT_VERBS  # "put troops on alert"
            return up if up.lemma in light and up.pos in VERB_POS else None
        if cur.dep == "pobj" and head.lemma == "in" and head.head != head.i:
            up = doc.tokens[head.head]  # "took part in marches", "participated in a rally"
            if up.lemma in ("participate", "engage", "join") and up.pos in VERB_POS:
                return up
            if up.pos in VERB_POS and any(k.lemma == "part" for k in kids(doc, up.i, OBJ)):
                return up  # "took part in marches", "in" attached to the verb
            if up.lemma == "part" and up.head != up.i and doc.tokens[up.head].pos in VERB_POS:
                return doc.tokens[up.head]
            return None
        if cur.dep in ("conj",):
            cur = head
            continue
        return None
    return None
