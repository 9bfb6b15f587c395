"""Exact and near-copy detection of article texts, linear in text length.

- the exact-copy hash is :func:`eventwire.provenance.hashing.content_hash`, the one hash of
  the package (the record's ``provenance.content_hash`` and the store's key are the same);
- :func:`sketch`: a bottom-k sketch (the ``K`` smallest 64-bit hashes) of the text's
  word 5-shingles. Two sketches estimate the Jaccard similarity of the shingle sets
  (:func:`jaccard`): of the ``K`` smallest hashes of the union, the share found in both.
  The store indexes every sketch hash, so the candidates for a new article are found
  with ``K`` index look-ups, whatever the size of the database.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections.abc import Iterable, Sequence

K = 64  # sketch size: the standard error of the estimate is about sqrt(J(1-J)/K)
SHINGLE = 5  # words per shingle
NEAR_COPY = 0.8  # Jaccard similarity from which a text counts as a copy of another
MIN_SHARED = 8  # sketch hashes two texts must share before they are compared

_WORD = re.compile(r"\w+")


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # fits an SQLite INTEGER


def shingles(text: str, size: int = SHINGLE) -> Iterable[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        if words:
            yield " ".join(words)
        return
    for i in range(len(words) - size + 1):
        yield " ".join(words[i : i + size])


def sketch(text: str, k: int = K) -> list[int]:
    """The ``k`` smallest distinct shingle hashes of ``text``, ascending."""
    return heapq.nsmallest(k, {_hash(s) for s in shingles(text)})


def jaccard(a: Sequence[int], b: Sequence[int], k: int = K) -> float:
    """Estimated Jaccard similarity of two texts from their sketches."""
    if not a or not b:
        return 0.0
    set_a, set_b = set(a), set(b)
    union = heapq.nsmallest(k, set_a | set_b)
    both = sum(1 for h in union if h in set_a and h in set_b)
    return both / len(union)
