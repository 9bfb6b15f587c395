"""Whether a capital or seat of power stands for its government ("Moscow said",
"Washington's decision", "talks with Beijing") or names a place ("in central Lisbon",
"captured Kabul", "Paris, Texas", "Washington Drive").

Only an actor's positions make a metonym: the subject or agent of a verb, a possessor
(not of a place noun: "Kabul's streets"), a verb's object where the verb does not take places
("captured", "visited"); objects of "with", "against", "by", "between". The word lists
are the places stage's (``eventwire/data/places/words.tsv``), so both stages read a capital
the same way.
"""

from __future__ import annotations

from ..nlp.document import ParsedDoc
from ..places.lexicon import words
from ..resources import word_list

_LEFT_MODIFIERS = word_list("actors/words.tsv", "left_modifiers")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def acts_as_actor(doc: ParsedDoc, start: int, end: int) -> bool:
    """Whether the seat of power at characters ``[start, end)`` of ``doc`` is an actor."""
    tok = doc.token_at(start)
    last = doc.token_at(end - 1)
    if tok is None or last is None:
        return True
    if _inside_longer_name(doc, tok.i, last.i):  # "Washington Drive", "Mount Washington"
        return False
    j = tok.i - 1
    while j >= 0 and j > tok.i - 4 and (doc.tokens[j].pos in ("ADJ", "DET") or doc.tokens[j].lower in
                                         _LEFT_MODIFIERS):
        j -= 1
    prev = doc.tokens[j] if j >= 0 else None
    if prev is not None and (prev.lower in words("locative_preps") or prev.lower in words("place_nouns")
                             or prev.lemma in words("place_verbs")):
        return False
    if prev is not None and prev.lower in words("actor_preps"):
        return True
    nxt = doc.tokens[last.i + 1] if last.i + 1 < len(doc.tokens) else None
    if nxt is not None and nxt.text in _POSSESSIVE:
        return nxt.i + 1 >= len(doc.tokens) or doc.tokens[nxt.i + 1].lower not in words("place_nouns")
    if not doc.sentences[tok.sent].parsed:
        return nxt is not None and nxt.lower in words("actor_verbs")
    role = last
    if role.dep == "conj":  # "Moscow and Beijing said": the first conjunct's role
        role = doc.tokens[role.head]
    if role.dep in ("nsubj", "nsubjpass", "agent"):
        return True
    if role.dep == "poss":
        return doc.tokens[role.head].lower not in words("place_nouns")
    if role.dep == "dobj":
        return doc.tokens[role.head].lemma not in words("place_verbs")
    if role.dep == "pobj":
        return doc.tokens[role.head].lower in words("actor_preps")
    return False


def _inside_longer_name(doc: ParsedDoc, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` lie inside a longer named entity (a leading "the"
    does not count: "The Amber Palace" is the seat itself). Walks the entity's IOB tags
    from the tokens outwards, so the cost is the entity's length."""
    toks = doc.tokens
    if not toks[first].ent_type or not toks[last].ent_type:
        return False
    s = first
    while s > 0 and toks[s].ent_iob == "I":
        s -= 1
    e = last
    while e + 1 < len(toks) and toks[e + 1].ent_iob == "I":
        e += 1
    if toks[s].lower == "the":
        s += 1
    return s < first or e > last
