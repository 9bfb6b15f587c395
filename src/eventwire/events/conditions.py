"""Check a trigger row's conditions on the dependency parse around a trigger word.

Each kind of condition (:class:`~.lexicon.ConditionKind`, documented in the header of
``triggers.tsv``) is one small test; :func:`holds` picks the test for a condition. A test
that matched a particle or an object adds it to ``extra``, the words that join the trigger
span ("called off", "opened fire").
"""

from __future__ import annotations

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .lexicon import Condition
from .roles import subjects
from .syntax import (
    COMP,
    MODIFIERS,
    PASSIVE_SUBJ,
    SUBJ,
    VERB_POS,
    direct_objects,
    governing_verb,
    kids,
    preps,
    with_conjuncts,
)

_QUANTITY_HEADS = word_list("events/words.tsv", "quantity_heads")
_COLLECTIVE_HEADS = word_list("events/words.tsv", "collective_heads")
PERSON_NOUNS = word_list("events/words.tsv", "person_nouns")
ARMED_NOUNS = word_list("events/words.tsv", "armed_nouns")
_STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "NGO", "COP", "JUD", "LEG"})
_PRONOUNS = word_list("events/words.tsv", "pronouns")


def holds(
    doc: ParsedDoc,
    tok: Token,
    c: Condition,
    actors: list[ActorMention],
    extra: list[Token],
    crowd: frozenset[str],
) -> bool:
    """Whether condition ``c`` holds around the trigger ``tok`` (``crowd``: the crowd nouns a
    ``subj_crowd`` condition asks for)."""
    k = c.kind
    if k in ("prep", "prt"):
        return _particle(doc, tok, c, extra)
    if k == "obj":
        return _object(doc, tok, c, extra)
    if k == "pobj":
        return any(
            any(x.lemma in c.words or x.lower in c.words for x in kids(doc, p.i, ("pobj",)))
            for p in kids(doc, tok.i, ("prep", "agent", "dative"))
        )
    if k in ("subj_state", "subj_armed"):
        return _state_or_armed_subject(doc, tok, k, actors)
    if k == "mod":
        return _modifier(doc, tok, c)
    if k == "gov":
        gov = governing_verb(doc, tok)
        return gov is not None and gov.lemma in c.words
    if k == "comp":
        return bool(kids(doc, tok.i, COMP))
    if k == "pred":
        return _predicate(doc, tok, c)
    if k == "comp_other":
        return _other_speaker(doc, tok)
    if k in ("obj_actor", "obj_person"):
        return _actor_object(doc, tok, k, actors)
    if k in ("subj_crowd", "subj"):
        return _subject_named(doc, tok, crowd if k == "subj_crowd" else c.words)
    return False


def _own_subjects(doc: ParsedDoc, tok: Token) -> list[Token]:
    """The subject, also when inherited ("forces captured the town and marched on")."""
    subs, passive = subjects(doc, tok)
    return [] if passive else subs


def _particle(doc: ParsedDoc, tok: Token, c: Condition, extra: list[Token]) -> bool:
    """``prep``/``prt``: a preposition, particle or adverb with one of the words ("call off")."""
    deps = ("prt", "advmod") if c.kind == "prt" else None
    for p in preps(doc, tok) + kids(doc, tok.i, ("advmod",)):
        if (deps is None or p.dep in deps) and p.lemma in c.words:
            if p.dep == "prt":
                extra.append(p)
            return True
    return False


def _object(doc: ParsedDoc, tok: Token, c: Condition, extra: list[Token]) -> bool:
    """``obj``: a direct object, its compound words or what a quantity counts ("some of")."""
    objs = direct_objects(doc, tok) if tok.pos in VERB_POS else []
    for o in objs:
        names = {o.lemma, o.lower} | {
            m.lemma
            for m in kids(doc, o.i, ("compound",))
            if doc.tokens[m.i + 1].text != "-" and doc.tokens[max(m.i - 1, 0)].text != "-"
        }
        if o.pos in ("NUM", "PRON") or o.lemma in _QUANTITY_HEADS:
            names |= {x.lemma for p in kids(doc, o.i, ("prep",)) if p.lemma == "of" for x in kids(doc, p.i)}
        if names & c.words:
            extra.append(o)
            return True
    return False


def _state_or_armed_subject(doc: ParsedDoc, tok: Token, k: str, actors: list[ActorMention]) -> bool:
    """``subj_state``: a state actor is the subject; ``subj_armed``: an armed one is."""
    for s in _own_subjects(doc, tok):
        for t in with_conjuncts(doc, s):
            if k == "subj_armed" and (
                t.lemma in ARMED_NOUNS or any(m.lemma in ARMED_NOUNS for m in kids(doc, t.i, ("compound",)))
            ):
                return True
            for a in actors:
                if a.start < t.end and t.start < a.end:
                    if k == "subj_state" and (
                        a.kind in ("country", "government", "metonym") or a.sector in _STATE_SECTORS
                    ):
                        return True
                    if k == "subj_armed" and a.sector in ("MIL", "REB", "COP"):
                        return True
    return False


def _modifier(doc: ParsedDoc, tok: Token, c: Condition) -> bool:
    """``mod``: a modifier of the trigger, or the noun its "of" phrase belongs to."""
    mods = kids(doc, tok.i, MODIFIERS)
    for p in kids(doc, tok.i, ("prep",)):  # "state of alarm" -> alarm<-of<-state
        mods.extend(kids(doc, p.i, ("pobj",)))
    if tok.dep == "pobj" and tok.head != tok.i:  # "state of emergency" seen from emergency
        p = doc.tokens[tok.head]
        if p.head != p.i:
            mods.append(doc.tokens[p.head])
    return any(m.lemma in c.words or m.lower in c.words for m in mods)


def _predicate(doc: ParsedDoc, tok: Token, c: Condition) -> bool:
    """``pred``: a predicative complement ("called them 'unfounded'"), with one of the words."""
    preds = kids(doc, tok.i, ("oprd", "acomp", "xcomp", "ccomp"))
    if not c.words:
        return bool(preds)
    return any(x.lemma in c.words or x.lower in c.words for p in preds for x in [p, *kids(doc, p.i)])


def _other_speaker(doc: ParsedDoc, tok: Token) -> bool:
    """``comp_other``: a complement clause with a subject of its own that is no pronoun."""
    for comp in kids(doc, tok.i, ("ccomp",)):
        subs = kids(doc, comp.i, SUBJ | PASSIVE_SUBJ)
        if subs and subs[0].lower not in _PRONOUNS:
            return True
    return False


def _actor_object(doc: ParsedDoc, tok: Token, k: str, actors: list[ActorMention]) -> bool:
    """``obj_actor``: a direct object that is an actor; ``obj_person``: or a noun for a person."""
    for o in direct_objects(doc, tok):
        if k == "obj_person" and o.lemma in PERSON_NOUNS:
            return True
        if any(a.start < doc.tokens[o.i].end and doc.tokens[o.i].start < a.end for a in actors):
            return True
        if o.ent_type in ("PERSON", "GPE", "NORP", "ORG"):
            return True
    return False


def _subject_named(doc: ParsedDoc, tok: Token, wanted: frozenset[str]) -> bool:
    """``subj``/``subj_crowd``: a subject (or its modifiers, or the members of a group of
    people) is one of ``wanted``."""
    for s in _own_subjects(doc, tok):
        for t in with_conjuncts(doc, s):
            names = {t.lemma} | {m.lemma for m in kids(doc, t.i, ("compound", "amod"))}
            if t.lemma in _COLLECTIVE_HEADS:
                names |= {p.lemma for q in kids(doc, t.i, ("prep",)) for p in kids(doc, q.i)}
            if names & wanted:
                return True
    return False
