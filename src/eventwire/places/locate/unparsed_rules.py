"""Where did an event happen, on a sentence without a dependency parse (token rules only).

A place can be the event's place when the words before it say so: a locative preposition
("in", "near", "outside" …), reached back over articles, names, possessives, direction
adjectives and place nouns ("in the southern district of Saiydiah", "in Baghdad's
district of X"), or a destination for acts that move, or the trigger itself right before it
("captured Kabul", "shelled the town of X"). A name that only modifies the next word is not
a place of the event: a possessor ("Syria's Raqqa"), a country before a common noun ("a U.S.
airstrike"). Among those, the nearest after the trigger in its own clause wins; before the
trigger only a phrase that opens the sentence ("In Italy, thousands demonstrated") or
follows an event noun ("a car bomb in X killed 34") counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Place
from ...nlp.document import ParsedDoc
from ..lexicon import words

_DETERMINERS = words("determiners")
_ADJECTIVES = words("scene_adjectives")
# words that open another clause: a place after them belongs to another verb
_BREAKS = words("clause_breaks")
_AUXILIARIES = words("auxiliaries")
_UNITS = words("unparsed_distance_units")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _cue(doc: ParsedDoc, i: int, floor: int, stops: frozenset[str]) -> tuple[str, int]:
    """The word that governs the name starting at token ``i``, walking back over the noun
    phrase ("in the southern district of X" → "in"; ``stops``: prepositions, capitalised or
    not), and its index."""
    j = i - 1
    steps = 0
    while j >= floor and steps < 8:
        t = doc.tokens[j]
        low = t.lower
        if low in stops:
            return low, j
        if (low in _DETERMINERS or low in _ADJECTIVES or t.text in _POSSESSIVE or t.text[:1].isupper()
                or low in words("place_nouns") or low in words("directions")):
            j -= 1
            steps += 1
            continue
        if low == "of" and j - 1 >= floor and (doc.tokens[j - 1].lower in words("place_nouns")
                                               or doc.tokens[j - 1].lower in words("directions")):
            j -= 1  # "the town of X", "north of X"
            steps += 1
            continue
        return low, j
    return "", j


def _modifier(doc: ParsedDoc, p: Place, last: int, end: int) -> bool:
    """The name modifies what follows: a possessor ("Syria's Raqqa") or a country before a
    common noun ("a Ruritanian airstrike", "the Valdoria capital")."""
    if last + 1 >= end:
        return False
    nxt = doc.tokens[last + 1]
    if nxt.text in _POSSESSIVE:
        return True
    country = (p.feature_code or "").startswith("PCL")
    return country and nxt.text.isalpha() and nxt.text[:1].islower() and nxt.lower not in words(
        "function_words") and nxt.lower not in words("coordinators_and_preps")


def _breaks(doc: ParsedDoc, k: int) -> bool:
    """Token ``k`` opens another clause: a relative or reporting word, or a coordinator before
    an auxiliary ("captured and are being held …, or are hiding in X")."""
    low = doc.tokens[k].lower
    if low in _BREAKS:
        return True
    return low in ("and", "or", "but") and k + 1 < len(doc.tokens) and doc.tokens[k + 1].lower in _AUXILIARIES


def _event_noun(doc: ParsedDoc, k: int) -> bool:
    return doc.tokens[k].lower in words("event_nouns")


def locate_unparsed(doc: ParsedDoc, trigger: int, local: Sequence[Place], locative: frozenset[str],
                    direction: frozenset[str]) -> Place | None:
    """The place of the event whose trigger is token ``trigger``, by token rules; ``local``
    are the sentence's candidate places, ``locative`` the prepositions of a scene and
    ``direction`` those of a destination that may stand for it (empty when it may not)."""
    tok = doc.tokens[trigger]
    sent = doc.sentences[tok.sent]
    ranked: list[tuple[int, int, int, Place]] = []
    for p in local:
        first, last = doc.token_at(p.start), doc.token_at(p.end - 1)
        if first is None or last is None or first.i <= trigger <= last.i:
            continue
        if _modifier(doc, p, last.i, sent.last):
            continue
        cue, at = _cue(doc, first.i, sent.first, locative | direction | {"from", "by", "with"})
        if first.i > trigger:
            measured = cue == "from" and any(doc.tokens[k].lower in _UNITS  # "10 km from X", not
                                             for k in range(max(sent.first, at - 3), at))  # an origin
            # "captured Kabul", "shelled the town of X": the trigger governs the name
            if not (cue in locative or cue in direction or at == trigger or measured):
                continue
            if any(_breaks(doc, k) for k in range(trigger + 1, first.i)):
                continue
            ranked.append((0, 0, first.i - trigger, p))
        elif cue in locative and (at == sent.first or any(  # "In Italy, thousands demonstrated"
                _event_noun(doc, k) for k in range(max(sent.first, at - 3), at))):  # "a car bomb in X killed"
            ranked.append((0, 1, trigger - first.i, p))
    return min(ranked, key=lambda r: (r[0], r[1], r[2]))[3] if ranked else None
