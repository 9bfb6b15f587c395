"""Find place mentions (toponyms, borders, sides, landmarks) in a parsed article.

Sources, in order of trust:

1. named entities labelled GPE, LOC or FAC (FAC only when it names a street, road or
   landmark, or the gazetteer knows it);
2. a place name opening an organisation or facility name ("Rapides Parish Fire District",
   "Dawson County Jail") or closing it after "of" ("University of Kentucky");
3. borders ("the border with Venezuela", "the Greek-Macedonian border") and sides
   ("the Colombian side").

Demonyms (NORP entities: "Colombian", "Russians") are not places, and a mention the actors
stage coded as a metonym ("Moscow said", "the Kremlin") is an actor, not a place.
Everything is token based, so unparsed sentences are handled the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..model import ActorMention
from ..nlp.document import Entity, ParsedDoc
from .gazetteer import Candidate
from .lexicon import words

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_STRIP_LEAD = ("the ", "The ")
# words that open organisation names without naming a place by themselves
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "toponym"  # toponym | border | side | landmark
    label: str = ""  # the NER label it came from, or "ORG-part", "pattern"
    sent: int = 0
    first: int = 0  # token range
    last: int = 0
    inner: str | None = None  # border/side: the country or place text it names
    inner_start: int | None = None
    hint: str | None = None  # "admin" | "city" | "county": from words around the mention
    core: str | None = None  # the known name the resolver fell back to ("Texas" in "North Texas")


def _trim(doc: ParsedDoc, first: int, last: int) -> tuple[int, int]:
    toks = doc.tokens
    while first < last and toks[first].lower in ("the", "a", "an"):
        first += 1
    while last > first and (toks[last - 1].text in ("'s", "’s", "'", "’") or toks[last - 1].is_punct
                            or toks[last - 1].lower in ("and", "or", "of", "the")):
        last -= 1
    return first, last


def _mention(doc: ParsedDoc, first: int, last: int, label: str, kind: str = "toponym") -> Mention | None:
    first, last = _trim(doc, first, last)
    if first >= last:
        return None
    span = doc.token_span(first, last)
    text = _POSSESSIVE.sub("", span.text)
    if not any(c.isalpha() for c in text) or text.lower() in words("bare_generic"):
        return None  # "City", "North": no place by themselves
    if doc.tokens[last - 1].lower in ("day", "eve"):
        return None  # "St. Patrick's Day"
    return Mention(span.start, span.start + len(text), text, kind, label, doc.tokens[first].sent, first, last)


_HINTS = {
    "admin": frozenset({"state", "states", "province", "provinces", "department", "departments",
                        "region", "regions", "governorate", "oblast", "prefecture", "territory"}),
    "city": frozenset({"city", "cities", "town", "towns", "village", "villages", "capital", "township",
                       "municipality", "suburb", "district", "neighbourhood", "neighborhood"}),
    "county": frozenset({"county", "counties", "parish", "parishes"}),
}


def _hint(doc: ParsedDoc, first: int, last: int) -> str | None:
    """"the department of Arauca", "departments of Arauca and Apure", "the city of Paris",
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
    for word in near:
        for hint, hint_words in _HINTS.items():
            if word in hint_words:
                return hint
    if any(word in words("place_nouns") for word in near):
        return "city"
    return None


def _possessive_after(doc: ParsedDoc, last: int) -> bool:
    return last < len(doc.tokens) and doc.tokens[last].text in ("'s", "’s", "'", "’")


def _acts(doc: ParsedDoc, actor: ActorMention) -> bool:
    """Whether a capital or seat of power the actors stage read as a metonym is used as an
    actor ("Moscow said", "Washington's decision", "talks with Beijing") rather than as a
    place ("in central Damascus", "captured Kabul", "the Belarus capital Minsk", "Paris,
    Texas", "Washington Drive"). Only the positions of an actor count: subject, possessor,
    object of a verb that is not a capture or visit, object of "with", "against", "by"."""
    tok = doc.token_at(actor.start)
    last = doc.token_at(actor.end - 1)
    if tok is None or last is None:
        return True
    for ent in doc.entities:  # part of a longer name: "Washington Drive", "Mount Washington"
        inside = ent.start <= actor.start and actor.end <= ent.end
        if inside and (ent.end - ent.start) > (actor.end - actor.start):
            return False
    j = tok.i - 1
    while j >= 0 and j > tok.i - 4 and (doc.tokens[j].pos in ("ADJ", "DET") or doc.tokens[j].lower in (
            "the", "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
            "downtown", "suburban", "greater")):
        j -= 1
    prev = doc.tokens[j] if j >= 0 else None
    if prev is not None and (prev.lower in words("locative_preps") or prev.lower in words("place_nouns")
                             or prev.lemma in words("place_verbs")):
        return False  # "in central Damascus", "the Belarus capital Minsk", "captured Kabul"
    if prev is not None and prev.lower in words("actor_preps"):
        return True  # "talks with Beijing", "sanctions against Moscow"
    if not doc.sentences[tok.sent].parsed:
        nxt = doc.tokens[last.i + 1] if last.i + 1 < len(doc.tokens) else None
        return nxt is not None and (nxt.lower in words("actor_verbs") or nxt.text in ("'s", "’s"))
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


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def find_mentions(
    doc: ParsedDoc,
    actors: list[ActorMention],
    lookup: Callable[[str], tuple[Candidate, ...]],
) -> list[Mention]:
    """Place mentions of ``doc``, sorted by start. ``lookup(name)`` gives the gazetteer's
    places of that name (used to accept facility and organisation parts, and names the
    entity recogniser mislabelled)."""

    def known(name: str) -> bool:
        return bool(lookup(name))

    def strong(name: str) -> bool:
        """A country, a first-level region or a city of 100,000 people: safe to take even
        where the entity recogniser labelled the name an organisation or a person."""
        return any(c.is_country or c.feature_code == "ADM1" or c.population >= 100_000
                   for c in lookup(name) if c.main)

    def admin_or_country(name: str) -> bool:
        return any(c.is_country or c.feature_code == "ADM1" for c in lookup(name) if c.main)

    labels: dict[str, Counter[str]] = {}
    person_words: set[str] = set()
    for e in doc.entities:
        labels.setdefault(e.text, Counter())[e.label] += 1
        if e.label == "PERSON" and e.last - e.first >= 2:
            person_words.update(doc.tokens[k].text for k in range(e.first, e.last))
    gpe_texts = {t for t, c in labels.items() if c["GPE"] + c["LOC"] > c["PERSON"] + c["ORG"]}

    def person_like(m: Mention) -> bool:
        """"Verduin", "Petrova": a word of a person's full name elsewhere in the article, or
        a name labelled a person more often than a place."""
        if admin_or_country(m.text) or strong(m.text):
            return False
        c = labels.get(m.text)
        if c is not None and c["PERSON"] > c["GPE"] + c["LOC"]:
            return True
        return m.first + 1 == m.last and m.text in person_words
    metonyms = [(a.start, a.end) for a in actors if a.kind == "metonym" and _acts(doc, a)]
    out: list[Mention] = _counties(doc, set(), known)
    counties = [(m.start, m.end) for m in out]
    for ent in doc.entities:
        if any(_overlaps(ent.start, ent.end, s, e) for s, e in metonyms):
            continue
        if any(_overlaps(ent.start, ent.end, s, e) for s, e in counties):
            continue
        if ent.label in PLACE_LABELS:
            m = _from_place_entity(doc, ent, known)
        elif ent.label in ("ORG", "FAC"):
            m = _from_org_entity(doc, ent, known, strong)
        else:
            m = None
        hinted = False  # a place noun around it says it is a place ("the village of X", "X district")
        if m is None and ent.label in ("ORG", "PERSON", "PRODUCT", "CARDINAL", "WORK_OF_ART") and (
                _landmark_name(doc, ent.first, ent.last)):
            m = _mention(doc, ent.first, ent.last, "landmark", "landmark")  # "Augusta St.", "Highway 10"
        if m is None and ent.label in ("ORG", "PERSON", "FAC", "NORP"):
            m = _mention(doc, ent.first, ent.last, "recovered")
            before = doc.tokens[m.first - 1].lower if m is not None and m.first > 0 else ""
            if m is not None and before == "of" and m.first > 1 and doc.tokens[m.first - 2].lower in words(
                    "directions"):
                before = "near"  # "north of Moorhead"
            hinted = m is not None and bool(_hint(doc, m.first, m.last))
            if ent.label == "NORP" and before not in _LOCATIVE_BEFORE and before != "of":
                hinted = False  # "Chechen towns", "the Yemeni capital": an adjective
            licensed = m is not None and (
                hinted
                or (before in _LOCATIVE_BEFORE and known(m.text))
                or (before in ("in", "near", "outside", "at") and ent.label == "PERSON"
                    and not _possessive_after(doc, m.last))
            )
            if m is not None and not licensed and (
                    ent.label == "NORP" or not (admin_or_country(m.text) or m.text in gpe_texts)):
                m = None
        elif m is not None and m.label in PLACE_LABELS and m.first + 1 == m.last and not known(m.text):
            # "Saakashvili", "Petrova": an unknown single word the recogniser called a place is
            # far more often a name, unless the words around it make it a place
            before = doc.tokens[m.first - 1].lower if m.first > 0 else ""
            hinted = bool(_hint(doc, m.first, m.last))
            if not hinted and before not in _LOCATIVE_BEFORE:
                m = None
        if m is not None and m.label != "ORG-part" and not hinted and person_like(m):
            m = None
        if m is not None and m.label in PLACE_LABELS and m.first + 1 == m.last and not known(m.text):
            nxt = doc.tokens[m.last] if m.last < len(doc.tokens) else None
            function_words = words("function_words")
            if nxt is not None and (nxt.pos == "NOUN" if nxt.pos else (
                    nxt.text[:1].islower() and nxt.text.isalpha() and nxt.lower not in function_words)):
                m = None  # "the Chavista regime": an unknown word used as an adjective
        if m is not None:
            m.hint = _hint(doc, m.first, m.last)
            out.append(m)
    taken = {t for m in out for t in range(m.first, m.last)}
    out.extend(m for m in _datelines(doc, known) if m.first not in taken)
    taken = {t for m in out for t in range(m.first, m.last)}
    out.extend(_untagged(doc, taken, known, strong))
    metonym_starts = {s for s, _e in metonyms}
    out.extend(_repeats(doc, out, person_words, metonym_starts, known))
    out.extend(_borders_and_sides(doc, out))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _landmark_name(doc: ParsedDoc, first: int, last: int) -> bool:
    """"Memphis Street", "Augusta St.", "Highway 10", "Interstate 395": a capitalised name
    ending in a street word, or a road word followed by a number."""
    toks = doc.tokens
    first, last = _trim(doc, first, last)
    if last - first < 2:
        return False
    head = toks[last - 1]
    if head.lower in words("landmark_heads") and head.text[:1].isupper():
        return all(toks[k].text[:1].isupper() or toks[k].text[:1].isdigit() for k in range(first, last))
    return head.text.isdigit() and toks[last - 2].lower in words("road_words")


def _from_place_entity(doc: ParsedDoc, ent: Entity, known: Callable[[str], bool]) -> Mention | None:
    if ent.label == "FAC":
        head = doc.tokens[ent.last - 1].lower
        if head not in words("landmark_heads") and not known(ent.text):
            return _from_org_entity(doc, ent, known)
        m = _mention(doc, ent.first, ent.last, ent.label, "landmark")
        if m is not None and known(m.text):
            m.kind = "toponym"
        return m
    return _mention(doc, ent.first, ent.last, ent.label)


def _from_org_entity(doc: ParsedDoc, ent: Entity, known: Callable[[str], bool],
                     strong: Callable[[str], bool] | None = None) -> Mention | None:
    toks = doc.tokens
    first, last = _trim(doc, ent.first, ent.last)
    # a place name opening the name, followed by an organisation word ("Alexandria Police",
    # "Minnesota House"); any following word when the place is a country, state or big city
    for size in (3, 2, 1):
        end = first + size
        if end >= last:
            continue
        text = doc.text[toks[first].start : toks[end - 1].end]
        if not toks[first].text[:1].isupper() or text.lower() in words("generic") or not known(text):
            continue
        if (toks[end].lower in words("org_heads") or toks[end - 1].lower in ("county", "parish")
                or (strong is not None and strong(text))):
            return _mention(doc, first, end, "ORG-part")
    # "University of Kentucky", "Sheriff's Office of Rapides Parish"
    for k in range(first + 1, last - 1):
        if toks[k].lower == "of" and toks[k + 1].text[:1].isupper():
            text = doc.text[toks[k + 1].start : toks[last - 1].end]
            if known(text):
                return _mention(doc, k + 1, last, "ORG-part")
    return None


_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


def _borders_and_sides(doc: ParsedDoc, places: list[Mention]) -> list[Mention]:
    """"the border with Venezuela", "the Colombian-Venezuelan border", "the Venezuelan
    border", "the Colombian side"."""
    toks = doc.tokens
    by_first = {m.first: m for m in places}
    out: list[Mention] = []
    for tok in toks:
        low = tok.lower
        if low in _BORDER_WORDS:
            i = tok.i
            nxt = i + 1
            if (nxt + 1 < len(toks) and toks[nxt].lower in ("with", "between", "of")
                    and toks[nxt].sent == tok.sent):
                inner = by_first.get(nxt + 1)
                end = inner.last if inner else nxt + 1
                if inner is None and not toks[nxt + 1].text[:1].isupper():
                    end = i + 1  # "the border with their neighbours": a border, no country named
                start = _left_edge(doc, i)
                m = _mention(doc, start, end, "pattern", "border")
                if m is not None:
                    if inner is not None:
                        m.inner, m.inner_start = inner.text, inner.start
                    out.append(m)
                continue
            start = _left_edge(doc, i)
            if start < i:
                m = _mention(doc, start, i + 1, "pattern", "border")
                if m is not None:
                    m.inner = doc.text[toks[start].start : toks[i - 1].end]
                    if m.inner.lower().startswith("the "):
                        m.inner = m.inner[4:]
                    out.append(m)
        elif low == "side" and tok.i >= 2:
            prev = toks[tok.i - 1]
            if prev.text[:1].isupper() and toks[tok.i - 2].lower in ("the", "its", "their"):
                m = _mention(doc, tok.i - 1, tok.i + 1, "pattern", "side")
                if m is not None:
                    m.inner = prev.text
                    out.append(m)
    return out


def _left_edge(doc: ParsedDoc, i: int) -> int:
    """Start of the noun phrase ending at token ``i``: back over capitalised words,
    hyphenated adjectives and a determiner ("the Greek-Macedonian border")."""
    toks = doc.tokens
    j = i
    while j > 0 and toks[j - 1].sent == toks[i].sent and (
        toks[j - 1].text[:1].isupper() or toks[j - 1].text in ("-", "–")
    ) and toks[j - 1].lower not in ("the",):
        j -= 1
    if j > 0 and toks[j - 1].lower in ("the", "its", "their") and j < i:
        j -= 1
    return j


_DATELINE_END = frozenset({",", "-", "--", "—", "–", "(", ":"})


def _datelines(doc: ParsedDoc, known: Callable[[str], bool]) -> list[Mention]:
    """Capitalised datelines the entity recogniser misses: "MANSFIELD -- ", "BEIRUT (AP)"."""
    toks = doc.tokens
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if not (toks[i].text.isupper() and toks[i].text.isalpha() and len(toks[i].text) >= 3):
            i += 1
            continue
        j = i
        while (j < len(toks) and j - i < 4 and toks[j].text.isupper()
               and toks[j].text.replace(".", "").isalpha()):
            j += 1
        name = doc.text[toks[i].start : toks[j - 1].end].title()
        if j < len(toks) and toks[j].text in _DATELINE_END and known(name):
            m = _mention(doc, i, j, "dateline")
            if m is not None:
                out.append(m)
        i = j
    return out


_LOCATIVE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "to", "into", "towards", "across"})


def _capitalised(text: str) -> bool:
    if text.lower().startswith(("al-", "el-", "ad-", "ar-", "as-", "ash-", "an-")) and len(text) > 4:
        return text[text.index("-") + 1 : text.index("-") + 2].isupper()
    return text[:1].isupper() and any(c.isalpha() for c in text) and text.lower() not in words("not_places")


def _untagged(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool],
              strong: Callable[[str], bool]) -> list[Mention]:
    """Capitalised names outside any entity that the context or the gazetteer marks as
    places: "the village of Mabrookeh", "Khanasir town", "in Aleppo"."""
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
            before = "near"  # "north of Moorhead"
        after = toks[j].lower if j < n else ""
        nouns = words("place_nouns")
        licensed = (before == "of" and before2 in nouns) or after in nouns - {"state", "capital"}
        if licensed or (i > sent_first and ((before in _LOCATIVE_BEFORE and known(text)) or strong(text))):
            m = _mention(doc, i, j, "context" if licensed else "gazetteer")
            if m is not None:
                out.append(m)
        i = j
    return out


def _counties(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """"Rapides Parish", "Laurel County" wherever the entity recogniser cut them up."""
    toks = doc.tokens
    out: list[Mention] = []
    for tok in toks:
        if tok.text not in ("County", "Parish") or tok.i in taken:
            continue
        for size in (3, 2, 1):
            first = tok.i - size
            if first < 0 or any(k in taken for k in range(first, tok.i)):
                continue
            if not all(toks[k].text[:1].isupper() for k in range(first, tok.i)):
                continue
            if known(doc.text[toks[first].start : tok.end]):
                m = _mention(doc, first, tok.i + 1, "county")
                if m is not None:
                    out.append(m)
                    taken.update(range(first, tok.i + 1))
                break
    return out


_REPEATABLE = frozenset({"GPE", "LOC", "dateline", "county", "context"})


def _repeats(doc: ParsedDoc, found: list[Mention], person_words: set[str],
             skip_starts: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """Other mentions of a name already taken as a place in the article, wherever the entity
    recogniser labelled them differently ("Fargo Mayor Dennis Walaker", "Mansfield resident").
    Only names the gazetteer knows and the recogniser or the context called a place repeat."""
    toks = doc.tokens
    taken = {t for m in found for t in range(m.first, m.last)}
    for ent in doc.entities:  # never inside a person's full name ("Katie Belk Morris") nor a
        if (ent.label == "PERSON" and ent.last - ent.first >= 2) or (  # name like "United Russia"
                ent.label == "ORG" and doc.tokens[ent.first].lower in words("generic")):
            taken.update(range(ent.first, ent.last))
    names: dict[str, list[list[str]]] = {}
    for m in found:
        if m.kind != "toponym" or m.first >= m.last or m.label not in _REPEATABLE or not known(m.text):
            continue
        seq = [toks[k].text for k in range(m.first, m.last)]
        if len(seq) == 1 and seq[0] in person_words:
            continue
        if seq not in names.setdefault(seq[0], []):
            names[seq[0]].append(seq)
    out: list[Mention] = []
    for tok in toks:
        if tok.i in taken or tok.text not in names or tok.start in skip_starts:
            continue
        for seq in sorted(names[tok.text], key=len, reverse=True):
            end = tok.i + len(seq)
            if end <= len(toks) and all(toks[tok.i + k].text == w for k, w in enumerate(seq)) and not any(
                    k in taken for k in range(tok.i, end)):
                nxt = toks[end] if end < len(toks) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.ent_type == "PERSON" and (
                        tok.ent_type == "PERSON"):
                    break  # the start of a person's name ("Georgia Smith")
                again = _mention(doc, tok.i, end, "repeat")
                if again is not None:
                    out.append(again)
                    taken.update(range(tok.i, end))
                break
    return out
