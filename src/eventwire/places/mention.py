"""What a place mention is, and the small helpers that cut one out of the token stream."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.document import ParsedDoc
from .lexicon import words

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "toponym"  # toponym | border | side | landmark | demonym ("Russian") | metonym ("Moscow")
    label: str = ""  # the NER label it came from, or "ORG-part", "pattern"
    sent: int = 0
    first: int = 0  # token range
    last: int = 0
    inner: str | None = None  # border/side: the country or place text it names; demonym: the ISO3 country
    inner_start: int | None = None
    hint: str | None = None  # "admin" | "city" | "county": from words around the mention
    core: str | None = None  # the known name the resolver fell back to ("Texas" in "North Texas")


def trim(doc: ParsedDoc, first: int, last: int) -> tuple[int, int]:
    toks = doc.tokens
    while first < last and toks[first].lower in ("the", "a", "an"):
        first += 1
    while last > first and (toks[last - 1].text in ("'s", "’s", "'", "’") or toks[last - 1].is_punct
                            or toks[last - 1].lower in ("and", "or", "of", "the")):
        last -= 1
    return first, last


def make_mention(doc: ParsedDoc, first: int, last: int, label: str, kind: str = "toponym") -> Mention | None:
    first, last = trim(doc, first, last)
    if first >= last:
        return None
    span = doc.token_span(first, last)
    text = _POSSESSIVE.sub("", span.text)
    if not any(c.isalpha() for c in text) or text.lower() in words("bare_generic"):
        return None  # "City", "North": no place by themselves
    if doc.tokens[last - 1].lower in ("day", "eve"):
        return None  # "St. Brendan's Day"
    return Mention(span.start, span.start + len(text), text, kind, label, doc.tokens[first].sent, first, last)


# the hint a word near a name gives, and the word list that gives it (the lists are disjoint)
_HINTS = (("admin", "hint_admin"), ("city", "hint_city"), ("county", "hint_county"))


def hint_of(doc: ParsedDoc, first: int, last: int) -> str | None:
    """"the department of Arauca", "departments of Arauca and Apure", "the city of Varnholt",
    "Arauca department": the word before "of" (two tokens back) or right after the name."""
    toks = doc.tokens
    near: list[str] = []
    if first >= 2 and toks[first - 1].lower == "of":
        near.append(toks[first - 2].lower)
    j = first - 1
    while j >= 0 and j > first - 6 and (toks[j].lower in ("and", ",") or toks[j].text[:1].isupper()):
        j -= 1  # "departments of Arauca and Apure": walk back over the first conjunct
    if j >= 1 and toks[j].lower == "of":
        near.append(toks[j - 1].lower)
    if last < len(toks):
        near.append(toks[last].lower)
        if toks[last].text in ("'s", "’s") and last + 1 < len(toks):
            near.append(toks[last + 1].lower)  # "Grozny's streets", "Baghdad's district"
    for word in near:
        for hint, hint_words in _HINTS:
            if word in words(hint_words):
                return hint
    if any(word in words("place_nouns") for word in near) or place_noun_after(doc, last):
        return "city"
    if first >= 2 and toks[first - 1].lower == "of" and toks[first - 2].text in words("part_nouns"):
        return "city"  # "the town hall of X", "the port of X" (lower case: not "Hall of Records")
    return None


def place_noun_after(doc: ParsedDoc, last: int) -> bool:
    """The words from token ``last`` are a place noun the name before them qualifies: one
    ("X district", "X checkpoint") or two in lower case ("X refugee camp", "X crossing point",
    "X air base")."""
    toks = doc.tokens
    if last >= len(toks) or not toks[last].text[:1].islower():
        return False
    if toks[last].lower in words("place_nouns"):
        return True
    return (last + 1 < len(toks) and toks[last].lower in words("site_modifiers")
            and toks[last + 1].lower in words("place_nouns") | words("site_heads"))


