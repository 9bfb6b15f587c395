"""Checks on a user's actor dictionary (``--actors FILE``) before any work starts.

A table the actors stage cannot use must not be accepted silently (every article would
lose its actors while the run reports success). :func:`check_actor_table` reads the file
once and raises :class:`~eventwire.errors.InputError` naming the file and line when

- it is not UTF-8 text (a binary file, another encoding);
- its header is not the header of one of the shipped tables (``data/actors/*.tsv``);
- a row has more or fewer cells than the header;
- a code (``code``, ``iso3``, ``country``) or ``sector`` is not three capital letters, a
  row has no ``name``/``code`` where its table needs one, or a ``start``/``end`` date is not
  ``YYYY[-MM[-DD]]``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..errors import InputError
from ..resources import data_path

_CODE = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_CODE_COLUMNS = ("code", "iso3", "country", "sector")
_REQUIRED = ("name", "code", "words", "gender")
MAX_ERRORS_SHOWN = 1


@cache
def table_headers() -> dict[frozenset[str], str]:
    """The column sets of the shipped actor tables, each with its table's file name."""
    found: dict[frozenset[str], str] = {}
    for path in sorted(Path(str(data_path("actors"))).glob("*.tsv")):
        header = _header(path.read_text(encoding="utf-8").splitlines())
        if header is not None:
            found.setdefault(frozenset(header[1]), path.name)
    return found


def _header(lines: list[str]) -> tuple[int, list[str]] | None:
    for n, line in enumerate(lines, start=1):
        if line.strip() and not line.startswith("#"):
            return n, [c.strip() for c in line.split("\t")]
    return None


def check_actor_table(path: str | Path) -> None:
    """Raise :class:`InputError` when ``path`` is not a usable actor table (see above)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read the actor table: {exc.strerror}") from None
    if b"\x00" in data:
        at = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputError(f"{p}:{at}: not an actor table: binary data (NUL byte); expected UTF-8 TSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        at = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{p}:{at}: actor table is not UTF-8 (byte {data[exc.start]:#04x}); "
                         "save it as UTF-8") from None
    lines = text.splitlines()
    found = _header(lines)
    if found is None:
        raise InputError(f"{p}: the actor table is empty (no header line)")
    at, columns = found
    kinds = table_headers()
    if frozenset(columns) not in kinds:
        expected = "; ".join(f"{name}: {' '.join(sorted(cols))}" for cols, name in kinds.items())
        raise InputError(f"{p}:{at}: header {' '.join(columns)!r} matches no actor table; "
                         f"the columns of one of these, tab-separated: {expected}")
    for n, row in enumerate(lines[at:], start=at + 1):
        if row.strip() and not row.startswith("#"):
            _check_row(p, n, columns, row.split("\t"))


def _check_row(p: Path, n: int, columns: list[str], cells: list[str]) -> None:
    if len(cells) != len(columns):
        raise InputError(f"{p}:{n}: {len(cells)} tab-separated cells, the header has {len(columns)}")
    row = dict(zip(columns, (c.strip() for c in cells), strict=True))
    for key in _REQUIRED:
        if key in row and not row[key]:
            raise InputError(f"{p}:{n}: empty {key!r}")
    for key in _CODE_COLUMNS:
        value = row.get(key, "")
        if value and not _CODE.fullmatch(value):
            raise InputError(f"{p}:{n}: {key} {value!r} is not a three-letter code in capitals (COL, GOV)")
    for key in ("start", "end"):
        value = row.get(key, "")
        if value and not _DATE.fullmatch(value):
            raise InputError(f"{p}:{n}: {key} {value!r} is not a date YYYY[-MM[-DD]]")
