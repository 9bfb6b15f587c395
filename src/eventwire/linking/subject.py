"""What a claim is about: its content words, and whether two claims share a subject.

One definition for every cross-article comparison of claims (the store's claim links and
the dispute threads of ``eventwire disputes``). Content words are lower-case words of four
letters or more, less the function words of ``data/linking/subject_stopwords.txt``.
"""

from __future__ import annotations

import re
from functools import cache

from ..resources import data_path

MIN_SHARED = 2  # stems two propositions share to be on the same subject
STEM = 6  # letters kept of each word when comparing (accusation / accusations)
_WORD = re.compile(r"[^\W\d_]{4,}")


@cache
def stop_words() -> frozenset[str]:
    lines = data_path("linking/subject_stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def words(text: str) -> set[str]:
    """The content words of ``text``, lower-cased."""
    stop = stop_words()
    return {w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in stop}


def stems(text: str) -> set[str]:
    """The content words of ``text`` cut to :data:`STEM` letters."""
    return {w[:STEM] for w in words(text)}


def same_subject(a: set[str], b: set[str]) -> bool:
    """Whether two stem sets share a subject: at least :data:`MIN_SHARED` stems, or one
    when a proposition has no more than two."""
    shared = len(a & b)
    return shared >= MIN_SHARED or (shared >= 1 and min(len(a), len(b)) <= 2)
