"""The places named entities name: a GPE, LOC or FAC read whole, a place opening or closing
an organisation's or a titled person's name ("Corran Parish Fire District", "University of
Tarnfield", "Calgary MLA"), a building's name as a landmark, and a mislabelled entity taken
as a place where the words around it license it ("in X", "shelled X", "the X offices").
Token based, so unparsed sentences are handled the same way."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import Entity, ParsedDoc
from ..lexicon import words
from ..mention import Mention, hint_of, make_mention, trim
from .article_names import ArticleNames
from .references import demonyms
from .sites import landmark_name, site
from .untagged_names import LOCATIVE_BEFORE, after_place_verb

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


_DIRECTION_WORDS = words("org_direction_words")


def _possessive_after(doc: ParsedDoc, last: int) -> bool:
    return last < len(doc.tokens) and doc.tokens[last].text in ("'s", "’s", "'", "’")


def _modifies_noun(doc: ParsedDoc, last: int) -> bool:
    """The word after a name is a lower-case common noun it modifies ("the Varnholt offices",
    "an Ashby restaurant"), not a verb ("Sydney said")."""
    if last >= len(doc.tokens):
        return False
    nxt = doc.tokens[last]
    if nxt.pos == "":  # an unparsed sentence: a lower-case word that is no verb of an actor
        low = nxt.lower
        return (nxt.text.isalpha() and nxt.text.islower() and not low.endswith("ed")
                and low not in words("actor_verbs") | words("speech_verbs") | words("function_words"))
    return nxt.pos == "NOUN" and nxt.text[:1].islower()


def _titled_name_after(doc: ParsedDoc, last: int) -> bool:
    """An office word and a capitalised name follow ("Kelowna MP Jane Doe", "Calgary Mayor
    Joe Bloggs"): the name before them is the place the office is for."""
    toks = doc.tokens
    return (last + 1 < len(toks) and toks[last].lower in words("org_heads") and toks[last].text[:1].isupper()
            and toks[last + 1].text[:1].isupper() and toks[last].sent == toks[last + 1].sent)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def entity_mentions(art: ArticleNames, out: list[Mention]) -> None:
    """Appends to ``out`` the place each named entity names, if any (not the county names
    already in ``out``, nor a town the actors stage read as a metonym)."""
    doc = art.doc
    county_spans = [(m.start, m.end) for m in out]
    for ent in doc.entities:
        if any(_overlaps(ent.start, ent.end, s, e) for s, e in art.metonyms):
            continue
        if any(_overlaps(ent.start, ent.end, s, e) for s, e in county_spans):
            continue
        m = _entity_mention(art, ent, out)
        if m is not None:
            m.hint = hint_of(doc, m.first, m.last)
            out.append(m)


def _entity_mention(art: ArticleNames, ent: Entity, out: list[Mention]) -> Mention | None:
    """The place one entity names: read by its label, recovered from a mislabelled entity
    where the words around license it, then checked against persons' names and adjectives."""
    doc = art.doc
    m = _by_label(art, ent, out)
    hinted = False  # a place noun around it says it is a place ("the village of X", "X district")
    if m is None and ent.label in ("ORG", "PERSON", "PRODUCT", "CARDINAL", "WORK_OF_ART") and (
            landmark_name(doc, ent.first, ent.last)):
        m = make_mention(doc, ent.first, ent.last, "landmark", "landmark")  # "Juniper St.", "Highway 10"
    if m is None and (ent.label in ("ORG", "PERSON", "FAC", "NORP") or (
            ent.label == "PRODUCT" and ent.text.replace(" ", "").isalpha())):  # not "K-12"
        m, hinted = _recovered(art, ent)
    elif m is not None and m.label in PLACE_LABELS and m.first + 1 == m.last and not art.known(m.text):
        # "Vrancic", "Petrova": an unknown single word the recogniser called a place is
        # far more often a name, unless the words around it make it a place
        before = doc.tokens[m.first - 1].lower if m.first > 0 else ""
        hinted = bool(hint_of(doc, m.first, m.last))
        if not hinted and before not in LOCATIVE_BEFORE:
            m = None
    if m is None or _a_persons_name(art, m, hinted) or _unknown_adjective(art, m, hinted):
        return None
    return site(doc, m, art.strong) if m.kind == "landmark" else m


def _by_label(art: ArticleNames, ent: Entity, out: list[Mention]) -> Mention | None:
    """The place an entity names as its label says: a building's name is a landmark, a GPE,
    LOC or FAC is read whole, an organisation's or a titled person's name may hold a place."""
    doc = art.doc
    building = (doc.tokens[ent.last - 1].lower in words("site_names")
                and landmark_name(doc, ent.first, ent.last))
    if building and ent.label != "LOC":  # "the Orlov Museum", whatever else opens it
        return make_mention(doc, ent.first, ent.last, ent.label, "landmark")
    if ent.label in PLACE_LABELS:
        return _from_place_entity(doc, ent, art.known)
    if ent.label in ("ORG", "FAC"):
        return _from_org_entity(doc, ent, art.known, art.strong, art.country_name, out)
    if ent.label == "PERSON" and ent.last - ent.first >= 2:
        return _from_org_entity(doc, ent, art.known)  # "Elmwood Fire Chief Dan Ortiz", "Calgary MLA"
    return None


def _recovered(art: ArticleNames, ent: Entity) -> tuple[Mention | None, bool]:
    """A mislabelled entity taken as a place where the words around license it (or it is a
    country, a first-level region or a name labelled a place more often), and whether a place
    noun around it says so."""
    doc = art.doc
    m = make_mention(doc, ent.first, ent.last, "recovered")
    if m is None:
        return None, False
    before = doc.tokens[m.first - 1].lower if m.first > 0 else ""
    if before == "of" and m.first > 1 and doc.tokens[m.first - 2].lower in words("directions"):
        before = "near"  # "north of Tarnfield"
    hinted = bool(hint_of(doc, m.first, m.last))
    if ent.label == "NORP" and before not in LOCATIVE_BEFORE and before != "of":
        hinted = False  # "Valdorian towns", "the Valdorian capital": an adjective
    if not hinted and not _licensed(art, ent, m, before) and (
            ent.label in ("NORP", "PRODUCT")
            or not (art.admin_or_country(m.text) or m.text in art.gpe_texts)):
        return None, hinted
    return m, hinted


def _licensed(art: ArticleNames, ent: Entity, m: Mention, before: str) -> bool:
    """The words around a mislabelled name make it a place: a locative preposition, a noun
    it modifies, a verb whose object is a place, an office it is the seat of."""
    doc, label, text = art.doc, ent.label, m.text
    free = text not in art.person_words
    if before in LOCATIVE_BEFORE and art.known(text) and not (
            label == "PERSON" and _possessive_after(doc, m.last)):
        return True  # "in X", but not "outside Pardee's hotel"
    if before in ("in", "near", "outside", "at") and label == "PERSON" and not _possessive_after(doc, m.last):
        return True
    if (label == "PERSON" and m.first + 1 == m.last and art.strong(text) and free
            and _modifies_noun(doc, m.last)):
        return True  # "the Lisbon offices"
    if (label in ("ORG", "PERSON", "NORP", "PRODUCT") and after_place_verb(doc, m.first, only=True)
            and art.spelled(text) and free and (m.start, m.end) not in art.parties
            and (label != "NORP" or (text not in demonyms() and not _modifies_noun(doc, m.last)))):
        return True
    if label in ("ORG", "PERSON") and _titled_name_after(doc, m.last) and art.known(text) and free:
        return True  # "Kelowna MP Jane Doe": a constituency
    # "shelled Tarnfield", "recaptured Tal Varn": a name the gazetteer knows, taken by a verb
    # whose object is a place, that is no known party
    return (label in ("ORG", "PERSON") and after_place_verb(doc, m.first)
            and (art.strong(text) or (m.last - m.first >= 2 and art.known(text))) and free)


def _a_persons_name(art: ArticleNames, m: Mention, hinted: bool) -> bool:
    """No place noun around it and a person's name: a recovered single word of a person's
    full name, or any other mention that reads like one (landmarks and organisation parts
    stay: "Drive", "Street" endings make a landmark whatever the recogniser said)."""
    if hinted:
        return False
    if m.label == "recovered":
        return m.first + 1 == m.last and m.text in art.person_words
    return m.label != "ORG-part" and m.kind != "landmark" and art.person_like(m)


def _unknown_adjective(art: ArticleNames, m: Mention, hinted: bool) -> bool:
    """An unknown single word the recogniser called a place, used as an adjective ("the
    Marovist regime")."""
    if not (m.label in PLACE_LABELS and m.first + 1 == m.last and not art.known(m.text) and not hinted):
        return False
    nxt = art.doc.tokens[m.last] if m.last < len(art.doc.tokens) else None
    function_words = words("function_words")
    return nxt is not None and (nxt.pos == "NOUN" if nxt.pos else (
        nxt.text[:1].islower() and nxt.text.isalpha() and nxt.lower not in function_words))


def _from_place_entity(doc: ParsedDoc, ent: Entity, known: Callable[[str], bool]) -> Mention | None:
    if ent.label == "FAC":
        head = doc.tokens[ent.last - 1].lower
        if head not in words("landmark_heads") | words("site_names") and not known(ent.text):
            return _from_org_entity(doc, ent, known)
        m = make_mention(doc, ent.first, ent.last, ent.label, "landmark")
        if m is not None and known(m.text):
            m.kind = "toponym"
        return m
    last = ent.last
    while last > ent.first + 1 and doc.tokens[last - 1].text.islower() and (
            doc.tokens[last - 1].lower in words("place_nouns")):
        last -= 1  # "the Kazakh city", "Iraqi capital": the words before the noun
    if last < ent.last and all(doc.tokens[k].text in demonyms() or doc.tokens[k].ent_type == "NORP"
                               for k in range(ent.first, last) if doc.tokens[k].lower != "the"):
        return None  # a demonym (a reference, found apart) before a place noun
    return make_mention(doc, ent.first, ent.last, ent.label)  # "Kermanshah province" stays whole


def _from_org_entity(doc: ParsedDoc, ent: Entity, known: Callable[[str], bool],
                     strong: Callable[[str], bool] | None = None,
                     country: Callable[[str], bool] | None = None,
                     extra: list[Mention] | None = None) -> Mention | None:
    """The place named inside an organisation (or title) name; ``extra`` receives the first
    part of a hyphenated pair ("University of Wend-Ashby": Ashby, and Wend)."""
    toks = doc.tokens
    first, last = trim(doc, ent.first, ent.last)
    # a place name opening the name, followed by an organisation word ("Alexandria Police",
    # "Minnesota House"), also after a direction word ("Eastern Kentucky University"); any
    # following word when the place is a country, state or big city
    leads = [first, first + 1] if toks[first].lower in _DIRECTION_WORDS else [first]  # "West Virginia"
    for lead, size in ((lead, size) for lead in leads for size in (3, 2, 1)):
        end = lead + size
        if end >= last:
            continue
        text = doc.text[toks[lead].start : toks[end - 1].end]
        if not toks[lead].text[:1].isupper() or text.lower() in words("generic") or not known(text):
            continue
        if (toks[end].lower in words("org_heads") or toks[end - 1].lower in ("county", "parish")
                or (strong is not None and strong(text))):
            return make_mention(doc, lead, end, "ORG-part")
    # "University of Tarnfield", "Sheriff's Office of Corran Parish"; "University of
    # Wend-Ashby" (both parts), "Association of Western Valdoria"
    for k in range(first + 1, last - 1):
        if toks[k].lower in ("of", "in") and toks[k + 1].text[:1].isupper():  # "Pinecrest in Ashby"
            text = doc.text[toks[k + 1].start : toks[last - 1].end]
            if known(text):
                return make_mention(doc, k + 1, last, "ORG-part")
            start = k + 1
            for j in range(k + 1, last):
                if toks[j].text in ("-", "–") or toks[j].lower in _DIRECTION_WORDS:
                    start = j + 1
            if k + 1 < start < last and known(doc.text[toks[start].start : toks[last - 1].end]):
                before = start - 1
                if (extra is not None and toks[before].text in ("-", "–") and before > k + 1
                        and known(doc.text[toks[k + 1].start : toks[before - 1].end])):
                    part = make_mention(doc, k + 1, before, "ORG-part")
                    if part is not None:
                        extra.append(part)
                return make_mention(doc, start, last, "ORG-part")
    # "Environment Valdoria", "the Ruritanian Geological Survey": a country or first-level region
    # closing the name, or a country (also by another name) opening it
    if strong is not None and last - first >= 2:
        for size in (2, 1):
            start = last - size
            if start <= first or not toks[start].text[:1].isupper():
                continue
            text = doc.text[toks[start].start : toks[last - 1].end]
            if text.lower() not in words("generic") and strong(text) and toks[start - 1].text[:1].isupper():
                return make_mention(doc, start, last, "ORG-part")
        head = toks[first]
        if (country is not None and head.text[:1].isupper() and head.lower not in words("generic")
                and country(head.text) and toks[first + 1].text[:1].isupper()):
            return make_mention(doc, first, first + 1, "ORG-part")
    return None
