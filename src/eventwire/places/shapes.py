"""Shapes of text that make a name a place, whatever the entity recogniser said: street
names ("E. Walnut Street", "Hyland-Croy Road"), known names joined by a hyphen ("Fargo-
Moorhead", "Watertown-ML") and a person's home town after their name ("Mark Polson II of
Pine Grove"). Each function returns token ranges; :func:`~eventwire.places.context.context_marked`
turns them into mentions. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..nlp.document import ParsedDoc
from .lexicon import words
from .mention import Mention, make_mention

ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                      "ninth", "tenth", "eleventh", "twelfth"})


def name_run_forward(doc: ParsedDoc, first: int) -> int:
    """End of the capitalised run of at most three tokens starting at ``first`` ("Elbow Lake",
    "W. Va.")."""
    i = first
    while i < len(doc.tokens) and i - first < 3:
        t = doc.tokens[i]
        name_like = t.text[:1].isupper() and t.text.replace(".", "").isalpha()
        if t.sent != doc.tokens[first].sent or not name_like:
            break
        i += 1
    return i


def streets(doc: ParsedDoc, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of street names that no place covers yet, whatever the entity recogniser
    made of them ("E. Walnut Street", "945 Collins Run Road", "Francis Street" called a
    person, "Hyland-Croy Road"). Numbered roads ("Highway 19", "Interstate 75") are left
    alone: LGL marks about one in three of them as a toponym (31 of 98 on the dev half)."""
    toks = doc.tokens
    out: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if k == 0 or k in taken or tok.lower not in words("street_heads") or not tok.text[:1].isupper():
            continue
        first = k
        while first > 0 and k - first < 4:
            prev = toks[first - 1]
            if prev.i in taken or prev.sent != tok.sent:
                break
            if prev.text == "-" and first - 2 >= 0 and prev.start == toks[first - 2].end and (
                    prev.end == toks[first].start and toks[first - 2].text[:1].isupper()):
                first -= 1  # "Hyland-Croy Road"
                continue
            name_like = prev.text[:1].isupper() and prev.text.replace(".", "").isalpha()
            if not (_ordinal(prev.text) or (name_like and prev.lower not in words("not_places")
                                            and prev.lower not in words("function_words"))):
                break
            first -= 1
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is not None and after.sent == tok.sent and after.text[:1].isupper() and after.text.isalpha():
            continue  # "Rigdon Road Elementary School", "Raynola St. Clair": a longer name
        if first < k and toks[first].text != "-":
            out.append((first, k + 1))
    return out


def compounds(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool],
              placed: set[str]) -> list[tuple[int, int]]:
    """Token ranges of known names joined by a hyphen to another known name or to a short
    upper-case tag: "Fargo-Moorhead", "Logan-Rogersville", "Watertown-ML" (a joint school or
    team). Two names the recogniser made an organisation or a product need one of them named
    as a place elsewhere in the article (``placed``), so brand names are left alone
    ("Harley-Davidson"), as are names of three letters or fewer ("Wal-Mart")."""
    toks = doc.tokens
    out: list[tuple[int, int]] = []
    for k in range(1, len(toks) - 1):
        hyphen, left, right = toks[k], toks[k - 1], toks[k + 1]
        if hyphen.text != "-" or left.end != hyphen.start or hyphen.end != right.start:
            continue
        if not all(t.text[:1].isupper() and t.text.isalpha() and t.ent_type not in ("PERSON", "NORP")
                   and t.lower not in words("org_tails") for t in (left, right)):
            continue  # "the Mubarak-Gore partnership", "Dominican Hospital-Siena campus"
        if k + 2 < len(toks) and toks[k + 2].text == "-":
            continue  # "Weston-on-the-Green", "Stratford-upon-Avon" stay whole
        tag = right.text.isupper() and len(right.text) <= 3
        if not tag and left.ent_type not in ("GPE", "LOC", "FAC", "") and (
                left.text not in placed and right.text not in placed):
            continue  # "Coca-Cola", "Harley-Davidson": a brand, unless the article names either as a place
        left_ok = len(left.text) > 3 and not left.text.isupper() and known(left.text)
        right_ok = len(right.text) > 3 and not right.text.isupper() and known(right.text)
        if left_ok and (right_ok or tag) and k - 1 not in taken:
            out.append((k - 1, k))
        if left_ok and right_ok and k + 1 not in taken:
            out.append((k + 1, k + 2))
    return out


def residences(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Token ranges of known names after a person's name (or age) and "of", as news gives a
    person's home town: "Mark Polson II of Pine Grove", "Ann Lee, 41, of Grovehill"."""
    toks = doc.tokens
    n = len(toks)
    out: list[tuple[int, int]] = []
    for k in range(2, n - 1):
        if toks[k].lower != "of" or k + 1 in taken or not toks[k + 1].text[:1].isupper():
            continue
        before = toks[k - 1]
        person = before.ent_type == "PERSON" and toks[k - 2].ent_type == "PERSON"
        aged = before.text == "," and k >= 4 and toks[k - 2].text.isdigit() and toks[k - 3].text == ","
        if not (person or aged) or toks[k + 1].ent_type in ("PERSON", "NORP"):
            continue
        last = name_run_forward(doc, k + 1)
        if last < n and (toks[last].text[:1].isupper() or toks[last].text in ("'s", "’s")):
            continue
        if known(doc.text[toks[k + 1].start : toks[last - 1].end]):
            out.append((k + 1, last))
    return out


def _ordinal(text: str) -> bool:
    """"40th", "1st", "Fifth"."""
    low = text.lower()
    return (low[:-2].isdigit() and low[-2:] in ("st", "nd", "rd", "th")) or low in ORDINALS


_JOINERS = frozenset({"de", "del", "della", "di", "da", "do", "dos", "das", "la", "las", "los", "el", "al",
                      "des", "du", "le", "bin", "ibn", "van", "von", "-"})
_REACH = 3  # name tokens a mention may grow by on either side


def _name_token(doc: ParsedDoc, k: int, sent: int) -> bool:
    t = doc.tokens[k]
    if t.sent != sent:
        return False
    if t.text == "-":  # joined on both sides: "Brest-Litovsk"
        toks = doc.tokens
        return 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and t.end == toks[k + 1].start
    name = t.text.replace("-", "").replace(".", "")
    if t.lower in _generic_parts():
        return False  # "North Arlington", "Hanover Town", "Missouri Valley College": other rules judge
    return (t.text[:1].isupper() and name.isalpha()) or t.lower in _JOINERS


@cache
def _generic_parts() -> frozenset[str]:
    """Words a name never grows by: compass and generic words, kinds of place, landmark and
    organisation words."""
    lists = ("bare_generic", "place_nouns", "landmark_heads", "org_heads", "org_tails", "directions",
             "site_names", "generic")
    return frozenset().union(*(words(n) for n in lists))


def widen(doc: ParsedDoc, mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """Mentions grown to the whole name the gazetteer knows where the recogniser cut a name
    ("Nuevo Laredo" read as "Laredo", "San Cristobal De Las Casas" as two names,
    "Brest-Litovsk" as "Brest" and "Litovsk"), and two unknown names side by side taken as one
    ("the village of Sheikh Najjar"). Names a person's entity covers are left alone; other
    mentions inside a grown one are dropped. At most (2·3+1)² lookups a mention: linear."""
    toks = doc.tokens
    out: list[Mention] = []
    owner: dict[int, tuple[int, int]] = {}  # token -> the grown name covering it
    for m in mentions:
        if m.kind != "toponym" or m.first >= m.last:
            out.append(m)
            continue
        sent = toks[m.first].sent
        own_person = toks[m.first].ent_type == "PERSON"
        lo = m.first
        while lo > 0 and m.first - lo < _REACH and _name_token(doc, lo - 1, sent) and (
                own_person or toks[lo - 1].ent_type != "PERSON"):
            lo -= 1
        hi = m.last
        while hi < len(toks) and hi - m.last < _REACH and _name_token(doc, hi, sent) and (
                own_person or toks[hi].ent_type != "PERSON"):
            hi += 1
        grown = None
        spans = sorted(((a, b) for a in range(lo, m.first + 1) for b in range(m.last, hi + 1)
                        if (a, b) != (m.first, m.last)), key=lambda s: s[0] - s[1])
        for a, b in spans:
            if toks[a].text[:1].isupper() and toks[b - 1].text[:1].isupper() and known(
                    doc.text[toks[a].start : toks[b - 1].end]):
                grown = make_mention(doc, a, b, m.label)
                break
        out.append(grown if grown is not None else m)
        if grown is not None:
            for k in range(grown.first, grown.last):
                if k not in owner or owner[k][1] - owner[k][0] < grown.last - grown.first:
                    owner[k] = (grown.first, grown.last)
    kept: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for m in out:  # drop toponyms inside a grown name ("Litovsk"), and copies of it
        span = owner.get(m.first)
        if m.kind == "toponym" and span is not None and span != (m.first, m.last) and (
                span[0] <= m.first and m.last <= span[1]):
            continue
        if (m.first, m.last, m.kind) in seen:
            continue
        seen.add((m.first, m.last, m.kind))
        kept.append(m)
    return _pairs(doc, kept, known)


def _pairs(doc: ParsedDoc, mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """Two toponyms side by side, at least one unknown, are one name ("Sheikh Najjar")."""
    toks = doc.tokens
    by_first = {m.first: m for m in mentions if m.kind == "toponym"}
    pair: dict[int, Mention] = {}  # id of the first of a pair -> the second
    for m in mentions:
        nxt = by_first.get(m.last) if m.kind == "toponym" else None
        if (nxt is not None and nxt is not m and id(nxt) not in pair
                and toks[m.first].sent == toks[nxt.first].sent
                and toks[m.last - 1].end < toks[nxt.first].start
                and not (known(m.text) and known(nxt.text))):
            pair[id(m)] = nxt
    seconds = {id(n) for n in pair.values()}
    out: list[Mention] = []
    for m in mentions:
        second = pair.get(id(m))
        both = make_mention(doc, m.first, second.last, m.label) if second is not None else None
        if both is not None:
            out.append(both)
        elif id(m) not in seconds or id(m) in pair:
            out.append(m)
    return out
