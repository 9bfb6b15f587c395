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
from .conditions import holds
from .lexicon import Condition, Entry, TriggerLexicon
from .syntax import NOUN_POS, PASSIVE_SUBJ, VERB_POS
from .types import NOT_AN_EVENT

_CONTAINERS = word_list("events/words.tsv", "containers")
_NOT_TRIGGER_ENTS = frozenset({"DATE", "TIME", "PERSON", "GPE", "CARDINAL", "MONEY", "PERCENT"})


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
                if all(holds(doc, tok, c, actors, extra, self.crowd) for c in entry.conditions):
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
            if all(holds(doc, head, c, actors, extra, self.crowd) for c in entry.conditions):
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
