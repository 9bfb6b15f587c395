"""Find trigger words in a sentence and pick the lexicon row that applies to each.

Parsed sentences are matched on lemma, part of speech and the row's conditions checked on
the dependency parse. Unparsed sentences (no cue word, NER only) are matched on word
forms, with conditions checked on a small window of neighbouring words.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import ActorMention
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .lexicon import Condition, Entry, TriggerLexicon
from .roles import subjects
from .syntax import (
    COMP,
    MODIFIERS,
    NOUN_POS,
    PASSIVE_SUBJ,
    SUBJ,
    VERB_POS,
    direct_objects,
    governing_verb,
    kids,
    preps,
    with_conjuncts,
)
from .types import NOT_AN_EVENT

_QUANTITY_HEADS = word_list("events/words.tsv", "quantity_heads")
_COLLECTIVE_HEADS = word_list("events/words.tsv", "collective_heads")

PERSON_NOUNS = word_list("events/words.tsv", "person_nouns")
_CONTAINERS = word_list("events/words.tsv", "containers")
_NOT_TRIGGER_ENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "CARDINAL", "MONEY", "PERCENT"})
ARMED_NOUNS = word_list("events/words.tsv", "armed_nouns")
_STATE_SECTORS = frozenset({"GOV", "MIL", "IGO", "NGO", "COP", "JUD", "LEG"})
_PRONOUNS = word_list("events/words.tsv", "pronouns")


@dataclass(slots=True)
class TriggerMatch:
    entry: Entry
    token: Token
    extra: list[Token]  # particles and the like that belong to the trigger span
    parsed: bool


class Matcher:
    def __init__(self, lexicon: TriggerLexicon) -> None:
        self.lex = lexicon
        self.crowd = lexicon.cue("crowd")

    # -- parsed ----------------------------------------------------------------------
    def match_parsed(self, doc: ParsedDoc, tok: Token, actors: list[ActorMention]) -> TriggerMatch | None:
        if tok.ent_type in _NOT_TRIGGER_ENTS:
            return None
        hyphenated = self._hyphenated(doc, tok, actors)
        if hyphenated is not None:
            return hyphenated
        if tok.pos in VERB_POS and tok.dep != "amod":  # "US-backed", "recognized government"
            if any(doc.tokens[k].dep == "det" for k in doc.children(tok.i)):
                return None  # a participle used as a noun: "carried away *the injured*"
            pos = "V"
        elif tok.pos in NOUN_POS and (
            tok.dep not in ("compound", "amod") or doc.tokens[tok.head].lemma in _CONTAINERS
        ):
            pos = "N"  # a noun modifying another ("war crimes", "aid workers") is no event
        else:
            return self._headline_verb(doc, tok)
        for lemma in self._lemmas(tok):
            for entry in self.lex.lookup(lemma, pos):
                extra: list[Token] = []
                if all(self._holds(doc, tok, c, actors, extra) for c in entry.conditions):
                    return TriggerMatch(entry, tok, extra, True) if entry.type != NOT_AN_EVENT else None
        return self._headline_verb(doc, tok) if pos == "N" else None

    def _hyphenated(self, doc: ParsedDoc, tok: Token, actors: list[ActorMention]) -> TriggerMatch | None:
        """A hyphenated noun the tokenizer splits ("sit - in", "walk - out", "cease - fire"):
        matched on the word the parse makes its head, the rest joins the trigger span."""
        last = doc.sentences[tok.sent].last
        if tok.i + 2 >= last or doc.tokens[tok.i + 1].text != "-":
            return None
        rest = doc.tokens[tok.i + 2]
        head, other = (rest, tok) if tok.head == rest.i else (tok, rest)  # the parse's head word
        joined = [
            *self.lex.lookup(f"{tok.lower}-{rest.lower}", "N"),
            *self.lex.lookup(tok.lower + rest.lower, "N"),
        ]
        for entry in joined:  # "sit-in"; "cease-fire" spelt "ceasefire" in the lexicon
            extra: list[Token] = [doc.tokens[tok.i + 1], other]
            if all(self._holds(doc, head, c, actors, extra) for c in entry.conditions):
                return TriggerMatch(entry, head, extra, True) if entry.type != NOT_AN_EVENT else None
        return None

    def _headline_verb(self, doc: ParsedDoc, tok: Token) -> TriggerMatch | None:
        """ "Ruritania cuts links with Freedonia": a headline's present-tense verb tagged as a
        noun between two nouns; only for verbs with no noun reading in the lexicon."""
        if tok.pos != "NOUN" or not tok.lower.endswith("s") or tok.lemma == tok.lower:
            return None
        sent = doc.sentences[tok.sent]
        if not sent.first < tok.i < sent.last - 1:
            return None
        before, after = doc.tokens[tok.i - 1], doc.tokens[tok.i + 1]
        named = before.pos == "PROPN" or bool(before.ent_type) or before.text[:1].isupper()
        if not named or after.pos not in ("NOUN", "PROPN", "DET"):
            return None
        if self.lex.lookup(tok.lemma, "N"):
            return None
        for entry in self.lex.lookup(tok.lemma, "V"):
            if not entry.conditions and entry.type != NOT_AN_EVENT:
                return TriggerMatch(entry, tok, [], True)
        return None

    def _lemmas(self, tok: Token) -> list[str]:
        out = [tok.lemma]
        out.extend(sorted(self.lex.lemmas_of(tok.lower) - {tok.lemma}))
        return out

    def _holds(
        self, doc: ParsedDoc, tok: Token, c: Condition, actors: list[ActorMention], extra: list[Token]
    ) -> bool:
        k = c.kind
        if k in ("prep", "prt"):
            deps = ("prt", "advmod") if k == "prt" else None
            for p in preps(doc, tok) + kids(doc, tok.i, ("advmod",)):
                if (deps is None or p.dep in deps) and p.lemma in c.words:
                    if p.dep == "prt":
                        extra.append(p)
                    return True
            return False
        if k == "obj":
            objs = direct_objects(doc, tok) if tok.pos in VERB_POS else []
            for o in objs:
                names = {o.lemma, o.lower} | {
                    m.lemma
                    for m in kids(doc, o.i, ("compound",))
                    if doc.tokens[m.i + 1].text != "-" and doc.tokens[max(m.i - 1, 0)].text != "-"
                }
                if o.pos in ("NUM", "PRON") or o.lemma in _QUANTITY_HEADS:
                    names |= {
                        x.lemma for p in kids(doc, o.i, ("prep",)) if p.lemma == "of" for x in kids(doc, p.i)
                    }
                if names & c.words:
                    extra.append(o)
                    return True
            return False
        if k == "pobj":
            for p in kids(doc, tok.i, ("prep", "agent", "dative")):
                if any(x.lemma in c.words or x.lower in c.words for x in kids(doc, p.i, ("pobj",))):
                    return True
            return False
        if k in ("subj_state", "subj_armed"):
            for s in self._subjects(doc, tok):
                for t in with_conjuncts(doc, s):
                    if k == "subj_armed" and (
                        t.lemma in ARMED_NOUNS
                        or any(m.lemma in ARMED_NOUNS for m in kids(doc, t.i, ("compound",)))
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
        if k == "mod":
            mods = kids(doc, tok.i, MODIFIERS)
            for p in kids(doc, tok.i, ("prep",)):  # "state of alarm" -> alarm<-of<-state
                mods.extend(kids(doc, p.i, ("pobj",)))
            if tok.dep == "pobj" and tok.head != tok.i:  # "state of emergency" seen from emergency
                p = doc.tokens[tok.head]
                if p.head != p.i:
                    mods.append(doc.tokens[p.head])
            return any(m.lemma in c.words or m.lower in c.words for m in mods)
        if k == "gov":
            gov = governing_verb(doc, tok)
            return gov is not None and gov.lemma in c.words
        if k == "comp":
            return bool(kids(doc, tok.i, COMP))
        if k == "pred":  # "called them 'unfounded'": a predicative complement
            preds = kids(doc, tok.i, ("oprd", "acomp", "xcomp", "ccomp"))
            if not c.words:
                return bool(preds)
            return any(x.lemma in c.words or x.lower in c.words for p in preds for x in [p, *kids(doc, p.i)])
        if k == "comp_other":
            for comp in kids(doc, tok.i, ("ccomp",)):
                subs = kids(doc, comp.i, SUBJ | PASSIVE_SUBJ)
                if subs and subs[0].lower not in _PRONOUNS:
                    return True
            return False
        if k in ("obj_actor", "obj_person"):
            for o in direct_objects(doc, tok):
                if k == "obj_person" and o.lemma in PERSON_NOUNS:
                    return True
                if any(a.start < doc.tokens[o.i].end and doc.tokens[o.i].start < a.end for a in actors):
                    return True
                if o.ent_type in ("PERSON", "GPE", "NORP", "ORG"):
                    return True
            return False
        if k in ("subj_crowd", "subj"):
            wanted = self.crowd if k == "subj_crowd" else c.words
            for s in self._subjects(doc, tok):
                for t in with_conjuncts(doc, s):
                    names = {t.lemma} | {m.lemma for m in kids(doc, t.i, ("compound", "amod"))}
                    if t.lemma in _COLLECTIVE_HEADS:
                        names |= {p.lemma for q in kids(doc, t.i, ("prep",)) for p in kids(doc, q.i)}
                    if names & wanted:
                        return True
            return False
        return False

    @staticmethod
    def _subjects(doc: ParsedDoc, tok: Token) -> list[Token]:
        """The subject, also when inherited ("forces captured the town and marched on")."""
        subs, passive = subjects(doc, tok)
        return [] if passive else subs

    # -- unparsed --------------------------------------------------------------------
    def match_unparsed(self, doc: ParsedDoc, tok: Token, first: int, last: int) -> TriggerMatch | None:
        lemmas = sorted(self.lex.lemmas_of(tok.lower))
        if not lemmas:
            return None
        left = [t.lower for t in doc.tokens[max(first, tok.i - 3) : tok.i]]
        right = [t.lower for t in doc.tokens[tok.i + 1 : min(last, tok.i + 5)]]
        verbish = tok.lower.endswith(("ed", "ing")) or (left and left[-1] in ("to", "will", "would"))
        order = ("V", "N") if verbish else ("N", "V")
        for pos in order:
            for lemma in lemmas:
                for entry in self.lex.lookup(lemma, pos):
                    if all(self._window(c, left, right) for c in entry.conditions):
                        return TriggerMatch(entry, tok, [], False) if entry.type != NOT_AN_EVENT else None
        return None

    def _window(self, c: Condition, left: list[str], right: list[str]) -> bool:
        k = c.kind
        if k in ("prep", "prt"):
            return bool(right) and (right[0] in c.words or (len(right) > 1 and right[1] in c.words))
        if k == "obj":
            return any(w in c.words or w.rstrip("s") in c.words for w in right)
        if k in ("mod", "gov"):
            return any(w in c.words or w.rstrip("s") in c.words for w in left)
        if k in ("subj_crowd", "subj"):
            wanted = self.crowd if k == "subj_crowd" else c.words
            return any(w.rstrip("s") in wanted or w in wanted for w in left)
        return False


def is_passive_subject(tok: Token) -> bool:
    return tok.dep in PASSIVE_SUBJ
