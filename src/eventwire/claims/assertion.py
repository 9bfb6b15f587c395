"""Whether a reported clause asserts something about another actor (a claim) or is a neutral
remark, a defence or a prediction. Rules on the parse, applied after the finder has found a
cue and its clause:

- a neutral speech cue ("claimed", "insisted", "asserted", "points out"), a plain "said" or a
  warning with a negated predicate is a defence, not an accusation ("claimed that he is not
  backing any candidate");
- a neutral cue with no allegation word is no claim when its clause is a characterisation
  ("claims Jeb is the conservative you can trust"), says what ought to be ("insists the party
  must ..."), or has no actor as its subject ("insisted that any package include ...");
- "points out that P" with no addressee ("to X") needs an allegation word in P's predicate;
- a speaker's words about its own act accuse whoever it says backed it ("foiled a coup attempt
  backed by foreign powers");
- a plain "X said Y ..." (or a neutral or warning cue) needs Y to be the clause's subject or a
  word before its head ("Chinese hackers"), not the owner of it or a word after its head ("the
  era of big government"), and no "must"/"should" without an allegation word ("the
  president's steps are certain to be challenged" says nothing the president did).
"""

from __future__ import annotations

import re

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .cues import ClaimCues
from .parties import actor_like, political
from .syntax import predicate

_NEUTRAL = ("claim", "insist", "assert", "point")
_PRESCRIBE = word_list("claims/words.tsv", "prescriptive_modals")


def asserts_about(doc: ParsedDoc, cue: int, kind: str, comp: int, subj_head: int | None,
                  accused: ActorMention | None, lex: ClaimCues, addressed: bool) -> bool:
    pred = predicate(doc, comp)
    alleges = any(lex.alleges(doc.tokens[j].lower) for j in pred)
    word = doc.tokens[cue].lower
    plain = kind in ("say", "warn") or word.startswith(_NEUTRAL)
    if plain and any(doc.tokens[c].dep == "neg" for v in pred for c in doc.children(v)):
        return False  # "said Ms. Brainard did not violate any rules": a defence
    if word.startswith(_NEUTRAL) and not alleges:
        copula = pred == [comp, *_objects(doc, comp)] and doc.tokens[comp].lemma == "be"
        if copula and _characterises(doc, comp):
            return False  # "claims Jeb is the conservative you can trust": a characterisation
        if any(doc.tokens[c].lower in _PRESCRIBE for c in doc.children(comp)):
            return False  # "insists the party must be a party of ideas": what ought to be
        if not actor_like(accused):
            return False  # "insisted that any package include a delay": not about an actor
    if kind == "point" and not addressed and not alleges:
        return False
    if plain and not alleges and any(doc.tokens[c].lower in _PRESCRIBE for c in doc.children(comp)):
        return False  # "said the United States must act": what ought to be done
    if plain and accused is not None and subj_head is not None:
        head = doc.tokens[subj_head]
        if not accused.start <= head.start < accused.end and (
            _owner(doc, accused) or accused.start > head.start  # "the era of big government"
        ):
            return False
    return True


def _owner(doc: ParsedDoc, mention: ActorMention) -> bool:
    """Whether the mention owns the phrase it stands in ("the president's steps")."""
    after = doc.text[mention.end : mention.end + 2]
    if after.startswith(("'s", "’s", "'", "’")):
        return True
    tok = doc.token_at(mention.end - 1)
    return tok is not None and tok.dep == "poss"


def _objects(doc: ParsedDoc, verb: int) -> list[int]:
    return [j for j in predicate(doc, verb) if j != verb and doc.tokens[j].pos not in ("VERB", "AUX")]


def _characterises(doc: ParsedDoc, verb: int) -> bool:
    """ "is the conservative ...", "is a form of ...", "was wrong": a determined noun or an
    adjective after the copula (not "were [mapping cables]", a verb parsed as a noun)."""
    for c in doc.children(verb):
        t = doc.tokens[c]
        if t.dep == "acomp":
            return True
        if t.dep == "attr" and any(doc.tokens[g].dep == "det" for g in doc.children(c)):
            return True
    return False


_AGENT = re.compile(
    r"\b(?:backed|sponsored|orchestrated|financed|funded|instigated|masterminded|armed)\s+by\s+"
)
_PHRASE_END = word_list("claims/words.tsv", "phrase_ends")


def agent_accused(doc: ParsedDoc, index: ActorIndex, prop: Span) -> ActorMention | None:
    """What a speaker says about its own act may still accuse another: "said it had foiled a
    coup attempt backed by foreign powers" accuses the foreign powers."""
    m = _AGENT.search(prop.text)
    if m is None:
        return None
    start = prop.start + m.end()
    tok = doc.token_at(start)
    if tok is None:
        return None
    words = []
    for t in doc.tokens[tok.i : min(len(doc.tokens), tok.i + 5)]:
        if t.start >= prop.end or t.is_punct or t.lower in _PHRASE_END:
            break
        words.append(t)
    found = index.noun_phrase(words) if words else None
    return found if found is not None and actor_like(found) and political(found) else None
