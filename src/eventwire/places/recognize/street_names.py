"""Street names no place covers yet, whatever the entity recogniser made of them ("N. Alder
Street", "Copper Hill Road"), as token ranges that
:func:`~eventwire.places.recognize.marked_by_context.context_marked` turns into mentions.
Token based: they work on unparsed sentences."""

from __future__ import annotations

from ...nlp.document import ParsedDoc
from ..lexicon import words

ORDINALS = words("ordinals")


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
    made of them ("N. Alder Street", "412 Copper Hill Road", "Francis Street" called a
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
            continue  # "Alder Road Elementary School", "Marta St. Clair": a longer name
        if first < k and toks[first].text != "-":
            out.append((first, k + 1))
    return out


def _ordinal(text: str) -> bool:
    """"40th", "1st", "Fifth"."""
    low = text.lower()
    return (low[:-2].isdigit() and low[-2:] in ("st", "nd", "rd", "th")) or low in ORDINALS
