"""The word lists of the places stage: a thin wrapper over the one loader,
:func:`eventwire.resources.word_list`, defaulting to ``data/places/words.tsv``."""

from __future__ import annotations

from ..resources import word_list

WORDS = "places/words.tsv"


def words(name: str, table: str = WORDS) -> frozenset[str]:
    """The word list ``name`` of ``table`` (a ``list``/``word`` TSV under ``data/``): by
    default ``place_nouns``, ``event_nouns``, ``org_heads`` … of ``places/words.tsv``. An
    unknown name is an error (see :func:`~eventwire.resources.word_list`)."""
    return word_list(table, name)
