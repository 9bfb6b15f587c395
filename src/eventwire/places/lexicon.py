"""The word lists of the places stage, read once per table from ``data/places/``."""

from __future__ import annotations

from functools import cache

from ..resources import data_path, read_tsv

WORDS = "places/words.tsv"


@cache
def _lists(table: str) -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for row in read_tsv(data_path(table)):
        lists.setdefault(row["list"], set()).add(row["word"])
    return {k: frozenset(v) for k, v in lists.items()}


def words(name: str, table: str = WORDS) -> frozenset[str]:
    """The word list ``name`` of ``table`` (a ``list``/``word`` TSV under ``data/``): by
    default ``place_nouns``, ``event_nouns``, ``org_heads`` … of ``places/words.tsv``."""
    return _lists(table).get(name, frozenset())
