"""A person's home town after their name, in news style ("Tom Reyes Jr. of Oakdene"), as token
ranges that :func:`~eventwire.places.recognize.marked_by_context.context_marked` turns into
mentions. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from .street_names import name_run_forward


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
