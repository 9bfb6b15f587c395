"""Shapes of text that make a name a place, whatever the entity recogniser said: street
names ("E. Walnut Street", "Hyland-Croy Road"), known names joined by a hyphen ("Fargo-
Moorhead", "Watertown-ML") and a person's home town after their name ("Mark Polson II of
Pine Grove"). Each function returns token ranges; :func:`~eventwire.places.context.context_marked`
turns them into mentions. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ..nlp.document import ParsedDoc
from .lexicon import words

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
