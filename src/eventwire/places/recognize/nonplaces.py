"""Mentions that name no place whatever produced them: saints' names in church and school
names, small places' names that speak or own things (people), titles, common words inside
organisation names, lower-case words, and unknown organisation or facility names. One filter,
:func:`spurious`, applied to every mention at the end of
:func:`~eventwire.places.recognize.finder.find_mentions`. Token based and constant work per mention."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..gazetteer.index import PlaceCandidate
from ..lexicon import words
from ..mention import Mention


def spurious(doc: ParsedDoc, m: Mention, lookup: Callable[[str], tuple[PlaceCandidate, ...]]) -> bool:
    """A mention that names no place whatever produced it:

    - a saint's name before a possessive and a name ("St. Michael's School", "St Patrick's
      Day"), or before any possessive unless it is a big city ("St. Petersburg's airport");
    - a single name of a small place that speaks ("..., Petrova said", "Holt who spoke"): a
      person, where a capital or a country saying something is a metonym; a title before a
      name ("Dr. Lena Marsh"); a small place's name before a possessive that only the words
      around made a place ("McPherson's tabulations");
    - a common word inside an organisation name ("Board of Trade", "Department of
      Justice", "Capital Steel"), taken for a small town of that name;
    - a name written in lower case ("foie gras"), and an unknown longer name that ends like an
      organisation or a facility ("Webb Center") or opens like an organisation ("United Way").
    """
    if m.kind not in ("toponym", "landmark"):
        return False
    toks = doc.tokens
    nxt = toks[m.last] if m.last < len(toks) else None
    prev = toks[m.first - 1] if m.first > 0 else None

    def strong() -> bool:
        return any(c.is_country or c.feature_code == "ADM1" or c.population >= 100_000
                   for c in lookup(m.text) if c.main)

    if toks[m.first].lower in ("st.", "st", "saint") and nxt is not None and nxt.text in ("'s", "’s"):
        named = m.last + 1 < len(toks) and toks[m.last + 1].text[:1].isupper()  # "St. Mary's School"
        return named or not strong()
    single = m.first + 1 == m.last
    if single and nxt is not None and m.last + 1 < len(toks) and (
            m.text.lower().rstrip(".") in words("titles")):
        name = toks[m.last + 1] if nxt.text == "." else nxt  # a period may end the sentence in the parse
        if name.text[:1].isupper() and name.ent_type in ("PERSON", "") and name.lower not in words(
                "function_words") and name.lower not in words("not_places") and (
                nxt.text == "." or name.sent == toks[m.first].sent):  # not "Dover, Del. The council …"
            return True  # "Dr. Lena Marsh", "Brig. Gen. Paul Ostrander"
    if (single and nxt is not None and (nxt.lower in words("speech_verbs") or nxt.lower == "who")
            and (prev is None or (prev.lower not in words("locative_preps") and prev.lower != "of"))):
        return not strong()  # "Holt who spoke …"; not "the city of Tarnfield said"
    if single and nxt is not None and nxt.text in ("'s", "’s") and m.label not in _TRUSTED:
        return not strong()  # "McPherson's tabulations", "Culver's" (a name only the words
        # around made a place)
    if m.kind == "landmark" and m.first + 1 < m.last and _a_persons_name(doc, m):
        return True  # "Dora K. Lane", "Rosalind Hill, 31,", "said Clara Hill"
    lead = toks[m.first].text
    if lead[:1].islower() and lead not in words("directions") and lead not in _AREA_WORDS and (
            lead.split("-")[0] not in _ARTICLES):
        return True  # "foie gras", "a new county plan": a place name is written with a capital
    if m.first + 1 < m.last and not lookup(m.text) and (  # a longer name the gazetteer does not know
            toks[m.last - 1].lower in words("org_tails") or toks[m.first].lower in words("org_leads")) and (
            m.kind != "landmark" or toks[m.last - 1].lower not in words("site_names")):  # "Umayyad Mosque"
        # "Webb Center", "United Way"; not "East Ruritania University", where LGL marks the state
        return not _names_a_place(doc, m, lookup)
    return m.label not in _TRUSTED and m.text.lower() in words("common_words")


def _a_persons_name(doc: ParsedDoc, m: Mention) -> bool:
    """A name ending in a street or landmark word that reads as a person's: a middle initial
    ("Dora K. Lane"), an age after it ("Rosalind Hill, 31,") or "said" next to it."""
    toks = doc.tokens
    n = len(toks)
    if any(len(toks[k].text) == 2 and toks[k].text[0].isupper() and toks[k].text[1] == "."
           for k in range(m.first + 1, m.last - 1)):
        return True
    if m.last + 2 < n and toks[m.last].text == "," and toks[m.last + 1].text.isdigit() and (
            toks[m.last + 2].text == ","):
        return True
    said = ("said", "says")
    return (m.first > 0 and toks[m.first - 1].lower in said) or (m.last < n and toks[m.last].lower in said)


def _names_a_place(doc: ParsedDoc, m: Mention, lookup: Callable[[str], tuple[PlaceCandidate, ...]]) -> bool:
    """Whether a part of ``m`` that opens or closes it is a place: a country, a first-level
    region or a city of 100,000 people, or a name of two words or more the gazetteer knows."""
    toks = doc.tokens
    for k in range(m.first + 1, m.last):
        for a, b in ((m.first, k), (k, m.last)):
            text = doc.text[toks[a].start : toks[b - 1].end]
            found = [c for c in lookup(text) if c.main]
            if found and (b - a > 1 or any(c.is_country or c.feature_code == "ADM1" or c.population >= 100_000
                                           for c in found)):
                return True
    return False


# lower-case words that open a place's name ("eastern Valdoria", "upstate Wend")
_AREA_WORDS = words("area_words")
_ARTICLES = words("arabic_articles")  # "al-Tijara"
_TRUSTED = frozenset({"GPE", "LOC", "dateline", "county", "affiliation", "listed", "marked"})
