"""Known names joined by a hyphen ("Ashby-Fernhill", "Ashby-KT": a joint school or team), as
token ranges that :func:`~eventwire.places.recognize.marked_by_context.context_marked` turns
into mentions. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words


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
            continue  # "the Marek-Holt partnership", "Mercy Hospital-Linden campus"
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
