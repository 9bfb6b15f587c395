"""The country whose local news an article reads like.

A local story seldom names its state or country: "the Sparta City Council", "Ashby's boards
and commissions", "Mansfield police". Its vocabulary does: councilmen, sheriffs, townships,
school districts and state troopers belong to American local news, and a telephone number
written 555-123-4567 to North America. :func:`locale_country` reads these cues (the word
list is ``data/places/locale_words.tsv``) and names the country when the article holds at
least :data:`MIN_CUES` different ones; the resolver then counts that country as evidence,
as it does the country of the publisher's web domain. One cue alone ("high school" in a
story from abroad) says nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ...resources import data_path, read_tsv

MIN_CUES = 2
_WORD = re.compile(r"[a-z][a-z'’-]*")
_PHONE = re.compile(r"(?<![\d-])\(?\d{3}\)?[ -]\d{3}-\d{4}(?![\d-])")  # North American numbers


@cache
def _cues() -> dict[str, str]:
    return {row["word"]: row["iso2"] for row in read_tsv(data_path("places/locale_words.tsv"))}


def locale_country(text: str) -> str | None:
    """ISO alpha-2 code of the country whose local vocabulary ``text`` uses (at least
    :data:`MIN_CUES` different cue words or phrases, a North American telephone number
    counting as one for the United States), or None."""
    cues = _cues()
    words = [w.replace("’", "'") for w in _WORD.findall(text.lower())]
    found: dict[str, set[str]] = {}
    for i, w in enumerate(words):
        for key in (w, f"{w} {words[i + 1]}" if i + 1 < len(words) else ""):
            cc = cues.get(key)
            if cc is not None:
                found.setdefault(cc, set()).add(key)
    if _PHONE.search(text):
        found.setdefault("US", set()).add("phone")
    counts = Counter({cc: len(keys) for cc, keys in found.items()})
    if not counts:
        return None
    cc, n = counts.most_common(1)[0]
    return cc if n >= MIN_CUES else None
