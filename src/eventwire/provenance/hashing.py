"""The content hash: the same story gives the same hash however it was re-published.

The text is normalised before hashing: credit lines (``Source: X``, ``— Reuters``) and
author biographies are removed, the text is NFKC-normalised and case-folded, and every
run of non-word characters (punctuation, quotes, dashes, white space) becomes one space.
Two copies that differ only in these respects share the hash.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str, drop: Iterable[tuple[int, int]] = ()) -> str:
    """``text`` without the ``drop`` spans, normalised as the module docstring says."""
    pieces = []
    pos = 0
    for start, end in sorted(drop):
        if start >= pos:
            pieces.append(text[pos:start])
            pos = end
    pieces.append(text[pos:])
    folded = unicodedata.normalize("NFKC", " ".join(pieces)).casefold()
    return _NON_WORD.sub(" ", folded).strip()


def content_hash(text: str, drop: Iterable[tuple[int, int]] = ()) -> str:
    """Hex SHA-1 of :func:`normalise` (``text``, ``drop``)."""
    return hashlib.sha1(normalise(text, drop).encode("utf-8")).hexdigest()
