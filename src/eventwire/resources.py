"""Load the documented data tables shipped in ``eventwire/data`` (or given by a user).

Tables are UTF-8 TSV files with a header row; lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import ConfigError


def data_path(name: str) -> Path:
    """Path of a shipped data file, e.g. ``data_path("countries.tsv")``."""
    path = Path(str(resources.files("eventwire") / "data" / name))
    if not path.exists():
        raise ConfigError(f"shipped data file {name!r} is missing from the package")
    return path


def read_tsv(path: str | Path) -> Iterator[dict[str, str]]:
    """Yield rows of a TSV table as dicts keyed by the header. Blank cells become ''."""
    p = Path(path)
    try:
        handle = p.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(f"cannot read data table: {exc.strerror}", where=str(p)) from exc
    with handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        for lineno, row in enumerate(reader, start=2):
            if None in row:
                raise ConfigError(f"row {lineno} has more cells than the header", where=str(p))
            yield {k: (v or "").strip() for k, v in row.items()}


@cache
def _word_lists(table: str) -> dict[str, frozenset[str]]:
    lists: dict[str, set[str]] = {}
    for row in read_tsv(data_path(table)):
        if "list" not in row or "word" not in row:
            raise ConfigError("a word-list table needs the columns list and word", where=table)
        lists.setdefault(row["list"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in lists.items()}


def word_list(table: str, name: str) -> frozenset[str]:
    """The word list ``name`` of the shipped table ``table`` (a ``list``/``word`` TSV under
    ``data/``, e.g. ``word_list("actors/words.tsv", "kin_nouns")``), read once per table.

    The one loader for every word list of every stage: a list lives in a data file, with a
    comment line saying what it holds, never in code. An unknown list name is an error, so
    that a typo cannot silently empty a rule.
    """
    lists = _word_lists(table)
    if name not in lists:
        raise ConfigError(f"no word list {name!r} in the shipped table", where=table)
    return lists[name]


@cache
def word_sequence(table: str, name: str) -> tuple[str, ...]:
    """The word list ``name`` of the shipped table ``table`` in file order, for the lists whose
    order matters (a priority order, month names numbered from one). Same table and the same
    errors as :func:`word_list`."""
    word_list(table, name)  # an unknown table or list name is an error
    rows = read_tsv(data_path(table))
    return tuple(dict.fromkeys(row["word"] for row in rows if row["list"] == name))
