"""Buildings, squares, camps and names a region places: "the Bardo Museum", "Puerta del Sol",
"Highway 10", "the Cairo Stadium" (Cairo), and "bombed Olm-Varna, in Tarn-Sul". Token
based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, hint_of, make_mention, trim
from .references import demonyms
from .untagged_names import LOCATIVE_BEFORE, after_place_verb


def landmark_name(doc: ParsedDoc, first: int, last: int) -> bool:
    """"Memphis Street", "Augusta St.", "Highway 10", "Interstate 395": a capitalised name
    ending in a street word, or a road word followed by a number."""
    toks = doc.tokens
    first, last = trim(doc, first, last)
    if last - first < 2:
        return False
    head = toks[last - 1]
    if head.lower in words("landmark_heads") | words("site_names") and head.text[:1].isupper():
        return all(toks[k].text[:1].isupper() or toks[k].text[:1].isdigit()
                   or (toks[k].text == "-" and first < k and toks[k - 1].end == toks[k].start)
                   for k in range(first, last))  # "Al-Aqsa Mosque"
    lead = toks[first]
    if lead.text == "Place" and toks[first + 1].lower in _NAME_PARTICLES and head.text[:1].isupper():
        return True  # "Place de la Nation"
    if lead.lower in words("landmark_leads") and lead.text[:1].isupper() and head.text[:1].isupper():
        return all(toks[k].text[:1].isupper() or toks[k].lower in _NAME_PARTICLES  # "Puerta del Sol"
                   for k in range(first + 1, last))
    return head.text.isdigit() and toks[last - 2].lower in words("road_words")


_NAME_PARTICLES = words("name_particles")


def placed_by_region(doc: ParsedDoc, found: list[Mention]) -> list[Mention]:
    """A name the recogniser called something else, taken by a place verb or after a locative
    preposition and placed in a region by the words after it: "bombed Olm-Varna, in
    Tarn-Sul", "raided Kafr-Olm, Varna province" (not a person's full name)."""
    toks = doc.tokens
    n = len(toks)
    starts = {m.first for m in found if m.kind == "toponym"}
    taken = {t for m in found for t in range(m.first, m.last)}
    out: list[Mention] = []
    for ent in doc.entities:
        first, last = trim(doc, ent.first, ent.last)
        if (ent.label not in ("ORG", "PERSON", "FAC") or first >= last or last + 1 >= n
                or toks[last].text != "," or any(k in taken for k in range(first, last))
                or (ent.label == "PERSON" and last - first > 1 and "-" not in doc.text[ent.start : ent.end])):
            continue
        after = last + 2 if toks[last + 1].lower in ("in", "near") else last + 1
        prev = toks[first - 1].lower if first > 0 else ""
        if after in starts and (after_place_verb(doc, first) or prev in LOCATIVE_BEFORE):
            m = make_mention(doc, first, last, "placed")
            if m is not None:
                out.append(m)
    return out


def site(doc: ParsedDoc, m: Mention, strong: Callable[[str], bool]) -> Mention | None:
    """A building's or monument's name ("the Bardo Museum", "Darulaman Palace") is a landmark,
    but one opening with a big place names that place ("Cairo Stadium": Cairo) and one
    opening with a demonym is a reference to a country ("the Valdorian Museum": Valdorian)."""
    toks = doc.tokens
    head = toks[m.last - 1].lower
    if head not in words("site_names") or head in words("landmark_heads"):
        return m
    if any(toks[k].ent_type == "NORP" or toks[k].text in demonyms() for k in range(m.first, m.last - 1)):
        return None
    for size in (3, 2, 1):
        end = m.first + size
        if end < m.last and strong(doc.text[toks[m.first].start : toks[end - 1].end]):
            return make_mention(doc, m.first, end, "ORG-part")
    return m


def possessed(doc: ParsedDoc, found: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """A name the gazetteer knows right after a place and its possessive: "Crimea's
    Sevastopol", "Helmand's Nad Ali" (not a person's name nor a people's name: "Russia's
    Vladimir Putin", "Iraq's Kurds")."""
    toks = doc.tokens
    n = len(toks)
    taken = {t for m in found for t in range(m.first, m.last)}
    out: list[Mention] = []
    for m in found:
        first = m.last + 1
        if m.kind != "toponym" or first >= n or toks[m.last].text not in ("'s", "’s"):
            continue
        last = first
        while last < n and last - first < 3 and last not in taken and _possessed_word(doc, last, first):
            last += 1
        after = toks[last] if last < n else None
        if last == first or (after is not None and (after.lower == "of" or after.text[:1].isupper())):
            continue  # the whole name only: not "Sri Lanka's Minister of Posts", "Richmond's Bo Kong Cafe"
        if known(doc.text[toks[first].start : toks[last - 1].end]):
            found_m = make_mention(doc, first, last, "possessed")
            if found_m is not None:
                out.append(found_m)
    return out


_NOT_NAMED = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _possessed_word(doc: ParsedDoc, k: int, first: int) -> bool:
    t = doc.tokens[k]
    if t.sent != doc.tokens[first].sent or not t.text[:1].isupper() or t.text.isupper():
        return False
    if not t.text.replace("-", "").isalpha() or t.ent_type in _NOT_NAMED or t.pos in ("ADJ", "VERB"):
        return False  # "Russia's Vladimir Putin", "Israel's March election", "Britain's Jewish leaders"
    return t.text not in demonyms() and not any(t.lower in words(n) for n in (
        "titles", "not_places", "common_words", "org_tails", "bare_generic", "generic"))


def coordinated(doc: ParsedDoc, found: list[Mention], known: Callable[[str], bool],
                excluded: Callable[[str, int, int], bool]) -> list[Mention]:
    """A name the gazetteer knows listed after a place that a locative preposition or a place
    verb introduces: "marched in Gafsa and Kasserine", "bombed Idlib, Saraqib and Ariha"
    (``excluded``: a known party or a word of a person's full name, by text and offsets)."""
    toks = doc.tokens
    n = len(toks)
    taken = {t for m in found for t in range(m.first, m.last)}
    ents = {e.first: e for e in doc.entities}
    out: list[Mention] = []
    for m in found:
        if m.kind != "toponym" or m.first == 0:
            continue
        if toks[m.first - 1].lower not in LOCATIVE_BEFORE and not after_place_verb(doc, m.first):
            continue
        k = m.last
        while k + 1 < n and toks[k].text in (",", "and", "or") and toks[k].sent == toks[m.first].sent:
            k += 2 if toks[k].text == "," and toks[k + 1].lower in ("and", "or") else 1
            if k >= n or k in taken or not toks[k].text[:1].isupper():
                break
            ent = ents.get(k)
            last = ent.last if ent is not None else k + 1
            if ent is None:
                while last < n and last - k < 4 and last not in taken and toks[last].text[:1].isupper():
                    last += 1
            elif ent.label not in ("ORG", "PERSON", "NORP", "PRODUCT", "GPE", "LOC", "FAC"):
                break
            c = make_mention(doc, k, last, "listed")
            if c is None or any(t in taken for t in range(c.first, c.last)):
                break
            if known(c.text) and not excluded(c.text, c.start, c.end) and c.text not in demonyms():
                c.hint = hint_of(doc, c.first, c.last)  # "in Wend and Holt counties"
                out.append(c)
                taken.update(range(c.first, c.last))
            k = c.last
    return out
