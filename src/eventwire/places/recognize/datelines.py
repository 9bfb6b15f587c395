"""Datelines the entity recogniser misses: an upper-case town name opening a story
("GLENMORE -- ", "VALDORIA (AP)"). Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..mention import Mention, make_mention

_DATELINE_END = frozenset({",", "-", "--", "---", "—", "–", "(", ":", "”"})


def _shouting(text: str) -> bool:
    """An upper-case word as datelines write town names ("MANSFIELD", "DeKALB")."""
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and text[-3:].isupper()


def datelines(doc: ParsedDoc, known: Callable[[str], bool]) -> list[Mention]:
    """Capitalised datelines the entity recogniser misses: "MANSFIELD -- ", "BEIRUT (AP)",
    "COLUMBIA --- ". A dateline opens its sentence or follows a date or a headline, not a
    lower-case word ("tickets from TARN, call"), and a dash after it stands apart from it
    ("NATO-Russia" is one word)."""
    toks = doc.tokens
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if not _shouting(toks[i].text):
            i += 1
            continue
        j = i + 1  # the shouting word itself, then up to three more upper-case words
        while (j < len(toks) and j - i < 4 and toks[j].text[-2:].isupper()
               and toks[j].text.replace(".", "").isalpha()):
            j += 1
        name = doc.text[toks[i].start : toks[j - 1].end].title()
        prev = toks[i - 1].text if i > 0 else ""
        after_word = prev[:1].islower() and prev.isalpha()
        end = toks[j] if j < len(toks) else None
        joined = end is not None and end.text in ("-", "–") and end.start == toks[j - 1].end
        if end is not None and end.text in _DATELINE_END and not after_word and not joined and known(name):
            m = make_mention(doc, i, j, "dateline")
            if m is not None:
                out.append(m)
        i = j
    return out
