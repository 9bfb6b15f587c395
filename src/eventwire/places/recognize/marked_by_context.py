"""Place names that only the words around them mark as places, whatever the entity
recogniser said about them (it often calls small towns and streets people or organisations):

- names coordinated before a plural place noun: "Jackson and Madison counties", "Cooke,
  Grayson and Love counties", "Lakeview and Harrison streets" (each name is a county, a
  street …);
- a known place name followed by "-based" ("a Columbia-based firm") or by a plural or
  collective noun for its people and institutions ("Roselle police", "Limerick hospitals",
  "Grand Ledge investigators", "Ludlow Town Hall", "Woodstock Mayor Jane Doe"), or by a
  singular one ("a Gainesville man", "the Saratoga native", "a Buford home");
- a politician's party and home town ("Rep. Jane Doe, D-Oakland,"), and a person's home
  town ("Mark Polson II of Pine Grove", "Ann Lee, 41, of Grovehill"), in news style;
- street names no place covers yet ("E. Walnut Street", "Collins Run Road"), as landmarks;
- known names joined by a hyphen ("Fargo-Moorhead");
- names the gazetteer knows, listed with a place already found ("Cleveland, Columbus, Dayton
  and Cincinnati", "Indianapolis and Evansville").
"""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, make_mention
from .home_towns import residences
from .hyphen_names import compounds
from .street_names import ORDINALS, name_run_forward, streets

# plural nouns after coordinated names: the hint they give and the mention kind
_PLURALS: dict[str, tuple[str | None, str]] = {
    "counties": ("county", "toponym"), "parishes": ("county", "toponym"),
    "townships": ("city", "toponym"), "cities": ("city", "toponym"), "towns": ("city", "toponym"),
    "villages": ("city", "toponym"), "states": ("admin", "toponym"), "provinces": ("admin", "toponym"),
    "streets": (None, "landmark"), "roads": (None, "landmark"), "avenues": (None, "landmark"),
    "drives": (None, "landmark"), "rivers": (None, "landmark"), "lakes": (None, "landmark"),
    "creeks": (None, "landmark"),
}


_FUNCTION = frozenset({"a", "an", "the", "and", "or", "in", "at", "of", "for", "from", "to", "by", "on"})


def _name_run_back(doc: ParsedDoc, end: int, floor: int) -> int:
    """Start of the capitalised run of at most three tokens ending before ``end``."""
    i = end
    while i > floor and end - i < 3:
        t = doc.tokens[i - 1]
        if not (t.text[:1].isupper() and t.text.isalpha()) or t.lower in _FUNCTION or t.pos in ("DET", "ADP"):
            break
        if (t.ent_type in _NOT_PLACE_ENTS and t.ent_type != "NORP") or t.lower in words("not_places"):
            break  # "Two Adel men", "Many Ohio towns"
        i -= 1
    return i


def context_marked(doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
                   person_words: set[str]) -> list[Mention]:
    """Mentions found by the words around a name (see the module docstring); ``found`` are the
    mentions so far (their tokens are in ``taken``; a coordination sets their hint), single
    words of people's full names are left alone."""
    toks = doc.tokens
    out: list[Mention] = []
    heads = words("people_nouns")

    # names written as names (a proper noun or an entity) somewhere not opening a sentence:
    # "Chicopee residents discuss …" opening a headline is the town named again below
    named = {t.text for t in toks if (t.ent_type or t.pos in ("PROPN", "")) and t.text[:1].isupper()
             and t.i != doc.sentences[t.sent].first}  # pos "": an unparsed sentence

    def add(first: int, last: int, kind: str = "toponym", hint: str | None = None, label: str = "marked",
            checked: bool = True) -> None:
        if first >= last or any(k in taken for k in range(first, last)):
            return
        if last - first == 1 and toks[first].text in person_words:
            return
        lead = toks[first]
        norp_only = lead.ent_type == "NORP" and toks[last - 1].ent_type == "NORP"  # not "Meadow Grove"
        if checked and ((lead.ent_type in _NOT_PLACE_ENTS and (lead.ent_type != "NORP" or norp_only))
                        or lead.pos in ("NUM", "DET", "PRON") or (
                lead.pos == "ADJ" and lead.text not in named)):
            return  # "One man", "Jewish families", "Saturday youth club"
        if checked and (not (lead.ent_type or lead.pos in ("PROPN", "") or lead.text in named) or (
                first == doc.sentences[lead.sent].first and not lead.ent_type and lead.text not in named)):
            return  # "No residents were hurt", "Church leaders": a capital, not a name
        if checked and (lead.text.isupper() or lead.lower in ORDINALS):
            return  # "PA officials", "between Fourth and Seventh streets"
        m = make_mention(doc, first, last, label, kind)
        if m is not None:
            m.hint = hint
            out.append(m)
            taken.update(range(first, last))

    for k, tok in enumerate(toks):
        floor = doc.sentences[tok.sent].first
        low = tok.lower
        if low in _PLURALS and k > floor:
            hint, kind = _PLURALS[low]
            names: list[tuple[int, int]] = []
            end = k
            while True:
                start = _name_run_back(doc, end, floor)
                if start == end:
                    break
                names.append((start, end))
                sep = start - 1
                if sep > floor and toks[sep].lower in ("and", "or", ","):
                    end = sep
                    if toks[sep - 1].text == "," and toks[sep].lower in ("and", "or"):
                        end = sep - 1  # "Cooke, Grayson, and Love counties"
                    continue
                break
            if len(names) >= 2:  # one name before a plural noun is not a coordination
                for start, end in names:
                    for m in found:  # already a place: the plural noun says what kind
                        if m.first == start and m.last == end and hint:
                            m.hint = hint
                    add(start, end, kind, hint)
        elif (low == "based" and k >= 2 and toks[k - 1].text == "-") or (
                low in heads and k > floor and tok.text[:1].islower() and not toks[k - 1].text[:1].islower()
        ) or (tok.text == "Hall" and k - 1 > floor and toks[k - 1].text in ("Town", "City", "Village")) or (
                low in words("local_titles") and k > floor and tok.text[:1].isupper() and k + 1 < len(toks)
                and toks[k + 1].text[:1].isupper() and toks[k + 1].ent_type == "PERSON"):
            end = k - 1 if low in ("based", "hall") else k  # "Ludlow Town Hall", "Woodstock Mayor Jane Doe"
            run = _name_run_back(doc, end, floor)
            before = toks[run - 1] if run > 0 else None
            if before is not None and before.text in ("-", "–") and before.end == toks[run].start:
                continue  # "Miami-Dade police", "Wal-Mart home office": part of a longer name
            name = doc.text[toks[run].start : toks[end - 1].end] if run < end else ""
            if name and (known(name) or (low in heads and known(f"{name} County"))):
                # the whole name: not "Public" in "Alexandria City Public Schools"; a county
                # by its bare name ("Henrico police")
                add(run, end, hint=None if known(name) else "county")
        elif tok.text in _PARTIES and 0 < k < len(toks) - 2 and toks[k - 1].lower in (",", "(", "both") and (
                toks[k + 1].text == "-" and toks[k + 1].start == tok.end):
            last = name_run_forward(doc, k + 2)  # "Rep. Jane Doe, D-Oakland," "(R-Elbow Lake)"
            name = doc.text[toks[k + 2].start : toks[last - 1].end]
            ends = last == len(toks) or toks[last].text in _LIST_END or toks[last].sent != tok.sent
            if last > k + 2 and ends and (known(name) or known(f"{name} County")):  # "D-Braxton": a county
                add(k + 2, last, hint=None if known(name) else "county", label="affiliation", checked=False)
    placed = {m.text for m in (*found, *out)}
    for first, last in compounds(doc, taken, known, placed):
        add(first, last, label="compound", checked=False)
    for first, last in residences(doc, taken, known):
        add(first, last, label="residence", checked=False)
    for first, last in streets(doc, taken):
        add(first, last, "landmark", label="road", checked=False)
    out.extend(listed(doc, [*found, *out], taken, known, person_words, named))
    return out


_NOT_PLACE_ENTS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PARTIES = frozenset({"D", "R", "I", "DFL", "Ind", "Dem", "Rep", "Lib", "IP"})
_LIST_END = frozenset({",", ";", ".", ")", ":", "and", "or", "”", "“", "\""})


_SEPARATORS = frozenset({",", "and", "or"})  # not "&": "Procter & Gamble"


def listed(doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
           person_words: set[str], named: set[str]) -> list[Mention]:
    """Names the gazetteer knows, listed with a place already found: "Cleveland, Columbus,
    [Dayton] and Cincinnati", "Indianapolis and [Evansville]". Each listed name is a whole
    capitalised run the gazetteer knows, so "Egypt and Hosni Mubarak" adds nothing."""
    toks = doc.tokens
    n = len(toks)
    out: list[Mention] = []
    by_first = {m.first: m for m in found if m.kind == "toponym"}
    by_last = {m.last: m for m in found if m.kind == "toponym"}

    def ok(first: int, last: int, comma: bool) -> bool:
        if first >= last or any(k in taken for k in range(first, last)):
            return False
        lead = toks[first]
        opening = lead.i == doc.sentences[lead.sent].first
        if not (lead.ent_type or lead.pos in ("PROPN", "")) or (opening and lead.text not in named):
            return False
        if (lead.ent_type == "ORG" and not comma) or lead.ent_type in _NOT_PLACE_ENTS:
            return False  # "Israel and Hamas", "Christian and Webster County"; a town the
            # recogniser called an organisation passes in a comma list ("Bantam, Litchfield")
        if lead.ent_type and last < n and toks[last].ent_iob == "I":
            return False  # inside a longer name
        if (last - first == 1 and lead.text in person_words) or (lead.text.isupper() and lead.text.isalpha()):
            return False  # a surname, an acronym ("NERI")
        if last < n and (toks[last].text in ("'s", "’s") or toks[last].pos in ("VERB", "AUX")
                         or toks[last].lower in words("actor_verbs")):
            return False  # "Sissy's handler"; "…, and Damascus denied": an actor, not a place
        return known(doc.text[lead.start : toks[last - 1].end])

    def take(first: int, last: int) -> None:
        m = make_mention(doc, first, last, "listed")
        if m is not None:
            out.append(m)
            by_first[first] = by_last[last] = m
            taken.update(range(first, last))

    walked: set[int] = set()  # members a walk to the right went past
    left_done: set[int] = set()  # members whose walk to the left is done
    for m in sorted(found, key=lambda x: x.first):  # each list is walked once each way: linear
        if m.kind != "toponym" or m.label in ("ORG-part", "landmark", "road"):
            continue
        pos = m.last if m.first not in walked else n  # rightwards
        while pos + 1 < n and toks[pos].lower in _SEPARATORS and toks[pos].sent == toks[m.first].sent:
            start = pos + 1 if toks[pos + 1].lower not in _SEPARATORS else pos + 2
            if start in by_first:
                walked.add(start)  # its own walk to the right would repeat this one
                pos = by_first[start].last
                continue
            end = name_run_forward(doc, start) if start < n else start
            if (end < n and toks[end].text[:1].isupper()) or not ok(start, end, "," in (
                    toks[pos].text, toks[end].text if end < n else "")):
                break
            take(start, end)
            pos = end
        pos = m.first  # leftwards
        sent = toks[m.first].sent
        while pos - 2 >= 0 and toks[pos - 1].lower in _SEPARATORS and toks[pos - 1].sent == sent:
            end = pos - 1 if toks[pos - 2].lower not in _SEPARATORS else pos - 2
            if end in by_last:
                if by_last[end].first in left_done:
                    break  # that member's own walk went on from here
                pos = by_last[end].first
                continue
            start = _name_run_back(doc, end, doc.sentences[toks[m.first].sent].first)
            before = toks[start - 1].text if start > 0 else ""
            if not (before in _SEPARATORS or before in ("(", ":", ";") or not before[:1].isalpha()
                    or before[:1].islower()) or not ok(start, end, "," in (before, toks[end].text)):
                break
            take(start, end)
            pos = start
        left_done.add(m.first)
    return out
