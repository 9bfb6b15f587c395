"""The ``csv`` format: one row per event with the flat columns of :mod:`.columns` and a header.

Lists (modes, contexts, every actor's code and name) are joined with ``|``; booleans are
``true``/``false``; a missing value is an empty cell.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .columns import COLUMNS, NAMES
from .output import text_output
from .registry import ExportOptions
from .select import EventRow

LIST_SEPARATOR = "|"


def cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return value


def write(rows: Iterable[EventRow], out: Path, options: ExportOptions) -> int:
    written = 0
    with text_output(out, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(NAMES)
        for row in rows:
            writer.writerow([cell(c.get(row)) for c in COLUMNS])
            written += 1
    return written
