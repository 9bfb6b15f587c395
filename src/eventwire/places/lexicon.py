"""The word lists of the places stage, read once from ``data/places/words.tsv``."""

from __future__ import annotations

from functools import cache

from ..resources import data_path, read_tsv


@cache
def _all() -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for row in read_tsv(data_path("places/words.tsv")):
        lists.setdefault(row["list"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in lists.items()}


def words(name: str) -> frozenset[str]:
    """The word list ``name`` (``place_nouns``, ``event_nouns``, ``org_heads`` …)."""
    return _all().get(name, frozenset())
