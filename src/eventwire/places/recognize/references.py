"""References to places that are not places themselves: demonyms and metonyms.

- A **demonym** names a country through its people or as an adjective: "Russian", "the
  Palestinians", "the Georgian Foreign Ministry", "Valdorian President Ivo Marek",
  "Israeli-Egyptian peace" (one reference per part). It becomes a mention of kind
  ``demonym`` whose ``inner`` is the country (ISO 3166 alpha-3); the resolver gives it the
  country's gazetteer entry. The forms are the ``demonyms`` column of the actors stage's
  ``data/actors/countries.tsv`` (so both stages read a demonym the same way), except
  abbreviations of the name ("US", "U.S."), which are names and read as toponyms.
  Not references: languages ("she speaks French", "in Spanish", "Russian-speaking",
  "French class"), kinds of food or things ("French fries", "Italian food"), ethnic and
  continental names ("Native American", "African-American", "North American", "Atakapa
  Indians") and words of a person's name ("Monica French"). The word lists are in
  ``data/places/demonym_uses.tsv``.
- A **metonym** is a capital or another city standing for its government or people
  ("Moscow said", "talks between Washington and Moscow", "Tbilisi announced"): the actors
  stage codes it as an actor of kind ``metonym``; it becomes a mention of kind
  ``metonym``, resolved like the town it names. Seats that are no town ("the Kremlin",
  "the Tarn Palace") are left to the actors.

A third helper, :func:`location_mentions`, takes the places the actors stage found inside
other names ("the Wend State Geologist", "The Ashby Singers"): those are toponyms.

Demonyms and metonyms carry coordinates but are told apart from places by their kind: an
event is never located at a reference (:mod:`~eventwire.places.locate` keeps to the other
kinds), they do not vote for a country when other names are resolved ("Russian troops
shelled Donetsk" is no evidence that Donetsk is in Russia), and users mapping places should
keep to the other kinds. Everything is token based and linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from ...actors.positions import acts_as_actor
from ...actors.tables import load_given_names
from ...model import ActorMention
from ...nlp.document import ParsedDoc
from ...resources import data_path, read_tsv
from ..gazetteer.index import PlaceCandidate
from ..lexicon import words
from ..mention import Mention, make_mention

__all__ = ["REFERENCE_KINDS", "country_of_demonym", "demonym_mentions", "demonyms", "location_mentions",
           "metonym_mentions"]

REFERENCE_KINDS = frozenset({"demonym", "metonym"})
_SPEECH = words("reference_speech_verbs")
_MAX_TOKENS = 5  # "Papua New Guinean", "Bissau - Guinean"
_DIRECTIONS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                         "Central"})


@cache
def demonyms() -> dict[str, str]:
    """Demonym as written ("Sri Lankan", "Palestinians") → ISO alpha-3 of its country."""
    out: dict[str, str] = {}
    for row in read_tsv(data_path("actors/countries.tsv")):
        iso = row.get("iso3") or row["code"]
        for form in (v.strip() for v in row["demonyms"].split("|")):
            if form and not form.isupper() and "." not in form:  # "US", "U.S." are names
                out.setdefault(form, iso)
    return out


@cache
def _folded() -> dict[str, str]:
    return {form.lower(): iso for form, iso in demonyms().items()}


def country_of_demonym(word: str) -> str | None:
    """ISO alpha-3 of the country the demonym ``word`` names, in any case ("Colombian",
    "GREEK"); None for a word that is no country demonym."""
    return _folded().get(word.strip().lower())


@cache
def _first_words() -> frozenset[str]:
    return frozenset(form.replace("-", " ").split()[0] for form in demonyms())


def _use(name: str) -> frozenset[str]:
    return words(name, "places/demonym_uses.tsv")


def _match(doc: ParsedDoc, i: int) -> tuple[int, str] | None:
    """The longest demonym starting at token ``i``: (end token, ISO3)."""
    toks = doc.tokens
    if toks[i].text not in _first_words():
        return None
    table = demonyms()
    for n in range(min(_MAX_TOKENS, len(toks) - i), 0, -1):
        last = toks[i + n - 1]
        if last.sent != toks[i].sent:
            continue
        text = " ".join(doc.text[toks[i].start : last.end].split()).replace(" - ", "-")
        iso = table.get(text)
        if iso is not None:
            return i + n, iso
    return None


def _is_language(doc: ParsedDoc, first: int, last: int) -> bool:
    """"speaks French", "spoke only Dutch and Tamil", "in German and Polish", "translated
    into Russian", "Russian-speaking", "a French class"."""
    toks = doc.tokens
    n = len(toks)
    k = last
    while k < n and toks[k].text in ("-", "–"):
        k += 1
    if k < n and toks[k].lower in _use("language_after") and toks[k].sent == toks[first].sent:
        return True
    if k > last:
        return False  # "in Russian-occupied Crimea": a compound adjective
    while k < n and k - last < 6 and (toks[k].lower in ("and", "or") or toks[k].text[:1].isupper()):
        k += 1  # "in Israeli and Palestinian areas": the phrase goes on after the coordination
    nxt = toks[k] if k < n and toks[k].sent == toks[first].sent else None
    if nxt is not None and (nxt.pos in ("NOUN", "PROPN", "ADJ", "NUM") if nxt.pos else (
            nxt.text.isalpha() and nxt.text.islower() and not nxt.text.endswith("ly")
            and nxt.lower not in words("function_words"))):
        return False  # "in Russian territory", "learned Russian history"
    floor = doc.sentences[toks[first].sent].first
    j = first - 1
    while j >= floor and first - j <= 6:
        t = toks[j]
        if t.lower in _use("skip_between") or (
                t.text[:1].isupper() and toks[j + 1].lower in ("and", "or", ",") and j + 1 < first):
            j -= 1  # "spoke only Dutch", "in German and Polish"
            continue
        break
    if j < floor:
        return False
    before = toks[j]
    return before.lower in _use("language_before") or before.lemma in _use("language_before")


def _not_a_reference(doc: ParsedDoc, first: int, last: int, plural: bool) -> bool:
    toks = doc.tokens
    tok = toks[first]
    floor = doc.sentences[tok.sent].first
    prev = toks[first - 1] if first > floor else None
    if prev is not None and prev.text in ("-", "–") and first - 2 >= floor:
        prev = toks[first - 2]  # "African-American", "Anglo-Americans"
        if prev.lower not in _use("ethnic_before"):
            prev = None  # "Israeli-Egyptian": each part is a reference
    if prev is not None and (prev.text in _DIRECTIONS or (
            prev.lower in _use("ethnic_before") and tok.text.startswith(("American", "Canadian")))):
        return True  # "North American", "Northern Irish", "Native American"; not "Arab-Israeli"
    if tok.ent_type == "PERSON":
        start = first
        while start > 0 and toks[start].ent_iob == "I":
            start -= 1
        end = last
        while end < len(toks) and toks[end].ent_iob == "I":
            end += 1
        if start < first or end - start == last - first:
            return True  # "Monica French", "French said"
    if (plural and prev is not None and prev.text[:1].isupper() and first - 1 > floor
            and prev.pos in ("PROPN", "NOUN", "ADJ", "") and prev.text not in demonyms()):
        return True  # "Atakapa Indians", "Cleveland Indians"
    if last < len(toks) and toks[last].lower in _use("thing_after"):
        return True  # "French fries", "Italian food"
    if (not plural and last < len(toks) and toks[last].lower in _SPEECH
            and (prev is None or prev.lower not in ("the", "a", "an"))):
        return True  # "French said": a surname ("the Nigerian said" is a person from there)
    return _is_language(doc, first, last)


def demonym_mentions(doc: ParsedDoc, taken: set[int],
                     known: Callable[[str], bool] | None = None) -> list[Mention]:
    """Demonym references outside the tokens in ``taken`` (those already in a place mention).
    ``known(name)``: whether the gazetteer holds a name; a demonym opening a known place name
    ("American Fork", "Dutch Harbor") is part of that name, which is a toponym."""
    toks = doc.tokens
    table = demonyms()
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        found = _match(doc, i) if i not in taken else None
        if found is None:
            i += 1
            continue
        end, iso = found
        text = doc.text[toks[i].start : toks[end - 1].end]
        plural = text.endswith("s") and not text.endswith("ss") and text[:-1] in table
        nxt = toks[end] if end < len(toks) and toks[end].sent == toks[i].sent else None
        in_name = (known is not None and nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha()
                   and known(f"{text} {nxt.text}"))
        if in_name and not any(k in taken for k in range(i, end + 1)):
            named = make_mention(doc, i, end + 1, "demonym-name")  # "American Fork": a town
            if named is not None:
                out.append(named)
            i = end + 1
            continue
        if not in_name and not any(k in taken for k in range(i, end)) and not _not_a_reference(
                doc, i, end, plural):
            m = make_mention(doc, i, end, "demonym", "demonym")
            if m is not None:
                m.inner = iso
                out.append(m)
        i = end
    return out


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load_given_names())


def _person_name_part(doc: ParsedDoc, first: int, last: int) -> bool:
    """"Virginia Madsen", "George Washington", "Dale Hollis Paris": a place name that is a
    given name before another name, or follows a given name or a name inside a person's name."""
    toks = doc.tokens
    nxt = toks[last] if last < len(toks) else None
    prev = toks[first - 1] if first > 0 else None
    if toks[first].text in _given_names() and nxt is not None and nxt.text[:1].isupper():
        return True
    return prev is not None and prev.text[:1].isupper() and prev.lower not in ("the", "a", "an") and (
        prev.text in _given_names() or (prev.ent_type == "PERSON" and toks[first].ent_type == "PERSON"))


def location_mentions(doc: ParsedDoc, actors: Sequence[ActorMention], taken: set[int],
                      lookup: Callable[[str], tuple[PlaceCandidate, ...]]) -> list[Mention]:
    """Toponyms the actors stage found as places (kind ``location``: "Wend", "Ashby" in "the
    Wend State Geologist", "The Ashby Singers") that no other rule took, when the name is
    a country, a first-level region, a capital or a town of 100,000 people, and not part of a
    person's name."""
    out: list[Mention] = []
    for a in actors:
        if a.kind != "location":
            continue
        first, last = doc.token_at(a.start), doc.token_at(a.end - 1)
        if first is None or last is None or any(k in taken for k in range(first.i, last.i + 1)):
            continue
        if _person_name_part(doc, first.i, last.i + 1):
            continue
        m = make_mention(doc, first.i, last.i + 1, "actor-place")
        if m is not None and any(c.is_country or c.feature_code in ("ADM1", "PPLC") or (
                c.feature_code.startswith("PPL") and c.population >= 100_000) for c in lookup(m.text)):
            out.append(m)
    return out


def _a_town(cands: Sequence[PlaceCandidate], country: str | None) -> bool:
    """A capital, or a town of 100,000 people in the actor's country: "Moscow", "Tbilisi",
    "Ramallah"; not a building that shares a village's name ("White House")."""
    return any(c.feature_code == "PPLC" or (c.feature_code.startswith("PPL") and c.population >= 100_000
                                            and (country is None or c.country == country))
               for c in cands)


def metonym_mentions(doc: ParsedDoc, actors: Sequence[ActorMention], taken: set[int],
                     lookup: Callable[[str], tuple[PlaceCandidate, ...]]) -> list[Mention]:
    """Metonym references: the actors stage's ``metonym`` mentions in an actor's position
    that name a town, outside the tokens in ``taken``."""
    out: list[Mention] = []
    for a in actors:
        if a.kind != "metonym" or not acts_as_actor(doc, a.start, a.end):
            continue
        first, last = doc.token_at(a.start), doc.token_at(a.end - 1)
        if first is None or last is None or any(k in taken for k in range(first.i, last.i + 1)):
            continue
        m = make_mention(doc, first.i, last.i + 1, "metonym", "metonym")
        if m is not None and _a_town(lookup(m.text), a.country):
            out.append(m)  # resolved in the article's context like any town ("Dublin" in Ohio news)
    return out
