"""Capitalised names outside any entity that the words around them or the gazetteer mark as
places ("the village of X", "X town", "in X", "north of X", "shelled X"), and the locative
and place-verb tests other token rules share. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, make_mention, place_noun_after

LOCATIVE_BEFORE = words("locative_before")


def _capitalised(text: str) -> bool:
    if text.lower().startswith(tuple(words("arabic_article_prefixes"))) and len(text) > 4:
        return text[text.index("-") + 1 : text.index("-") + 2].isupper()
    if len(text) > 1 and text.isupper() and text.isalpha():
        return False  # "NICE", "UF": an acronym in running text (datelines are found apart)
    return text[:1].isupper() and any(c.isalpha() for c in text) and text.lower() not in words("not_places")


_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                      "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower"})


_COMPASS_LOWER = frozenset(w.lower() for w in _COMPASS if w not in ("Upper", "Lower"))


def after_place_verb(doc: ParsedDoc, first: int, only: bool = False) -> bool:
    """The word before token ``first`` is a verb whose object is a place ("shelled Mariupol",
    "captured Kabul"); in an unparsed sentence the lemma is the word itself, so a regular
    ending is taken off. ``only``: not a verb whose object is as often a person ("hit", "visit")."""
    if first <= 0:
        return False
    prev = doc.tokens[first - 1]
    verbs = words("place_verbs") - words("person_object_verbs") if only else words("place_verbs")
    low = prev.lower
    stems = [low[: len(low) - len(end)] for end in ("ed", "d", "s", "es", "ing") if low.endswith(end)]
    stems += [s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2]]  # "patrolled": patrol
    return prev.lemma in verbs or low in verbs or any(s in verbs for s in stems)  # "overran": listed


def untagged(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool],
              strong: Callable[[str], bool], spelled: Callable[[str], bool] | None = None) -> list[Mention]:
    """Capitalised names outside any entity that the context or the gazetteer marks as
    places: "the village of Olmara", "Varnholt town", "in Tarnfield", "the North Wendlands"
    (a known name after a compass word)."""
    toks = doc.tokens
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if i in taken or t.ent_iob != "O" or not _capitalised(t.text):
            i += 1
            continue
        j = i
        while (j < n and j - i < 4 and j not in taken and toks[j].ent_iob == "O"
               and toks[j].sent == t.sent and (
                   _capitalised(toks[j].text)
                   or (toks[j].text == "-" and j + 1 < n and _capitalised(toks[j + 1].text)))):
            j += 1
        sent_first = doc.sentences[t.sent].first
        text = doc.text[t.start : toks[j - 1].end]
        before = toks[i - 1].lower if i > sent_first else ""
        before2 = toks[i - 2].lower if i - 1 > sent_first else ""
        if before == "of" and before2 in words("directions"):
            before = "near"  # "north of Tarnfield"
        after = toks[j].lower if j < n else ""
        nouns = words("place_nouns")
        licensed = (before == "of" and (before2 in nouns or toks[i - 2].text in words("part_nouns"))) or (
            after in nouns - {"state", "capital"} or (after not in nouns and place_noun_after(doc, j)))
        first = i
        prev = toks[i - 1] if i > sent_first else None
        if (not licensed and prev is not None and prev.text in _COMPASS and prev.i not in taken
                and prev.ent_iob == "O" and i - 1 > sent_first and known(text)):
            first, licensed = i - 1, True  # "the North Wendlands", "plague Northern Corran"
        elif (not licensed and prev is not None and prev.text in _COMPASS_LOWER and i - 1 > sent_first
              and toks[i - 2].lower in LOCATIVE_BEFORE | {"the"} and known(text)):
            licensed = True  # "the northern Wendlands", "in eastern Corran"
        taken_by_verb = (after_place_verb(doc, i, only=True) and (spelled or known)(text)
                         and t.lower not in words("titles"))  # "bombed Hodeidah", not "hit Trooper X"
        if licensed or (i > sent_first and ((before in LOCATIVE_BEFORE and known(text)) or strong(text)
                                            or taken_by_verb)):
            m = make_mention(doc, first, j, "context" if licensed else "gazetteer")
            if m is not None:
                out.append(m)
        i = j
    return out
