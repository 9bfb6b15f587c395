"""Which articles contain a string, on SQLite: through the trigram index when it can help.

The contract is SQL ``LIKE`` with every wildcard escaped: the text contains the string,
ignoring the case of ASCII letters. The FTS5 trigram index (:mod:`.read_indexes`) finds
the articles containing it (a phrase of trigrams, folding the case of every letter: a
superset), and ``LIKE`` then keeps exactly those the contract names. A string shorter than
3 characters has no trigram: it is matched by ``LIKE`` alone, reading every text.
"""

from __future__ import annotations

from typing import Any

from .read_indexes import TEXT_INDEX

MIN_INDEXED = 3  # characters: shorter strings have no trigram


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards escaped by ``!``."""
    return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def contains(text: str, alias: str = "a") -> tuple[str, dict[str, Any]]:
    """A WHERE term (and its parameters) keeping the articles ``alias`` whose text contains
    ``text``."""
    term = f"{alias}.text LIKE :contains ESCAPE '!'"
    args: dict[str, Any] = {"contains": like_pattern(text)}
    if len(text) >= MIN_INDEXED:
        found = f"SELECT rowid FROM {TEXT_INDEX} WHERE {TEXT_INDEX} MATCH :phrase"
        term = f"{alias}.rowid IN ({found}) AND {term}"
        args["phrase"] = '"' + text.replace('"', '""') + '"'
    return term, args
