"""Export stored events to the formats researchers' tools read: PLOVER/POLECAT JSON Lines,
the GDELT 2.0 event table, CSV and Parquet.

>>> with open_store("news.db") as store:                                   # doctest: +SKIP
...     n = export_events(store, "gdelt-tsv", Path("events.tsv"), EventFilter(actor="COL"))

Exports stream: the store is read one article at a time (:func:`iter_events`) and each
format writes as it reads, so memory does not grow with the store. Formats are registered
by name (:func:`register_format`); see ``docs/export.md`` for every field's mapping.
"""

from __future__ import annotations

from pathlib import Path

from ..store import EventFilter, Store
from .registry import ExportOptions, Format, Writer, formats, get_format, register_format
from .select import EventRow, iter_events, matches


def export_events(
    store: Store,
    format_name: str,
    out: Path,
    where: EventFilter | None = None,
    options: ExportOptions | None = None,
) -> int:
    """Write the events of ``store`` passing ``where`` to ``out`` in ``format_name``; the count written."""
    writer = get_format(format_name).load()
    return writer(iter_events(store, where), Path(out), options or ExportOptions())


__all__ = [
    "EventRow",
    "ExportOptions",
    "Format",
    "Writer",
    "export_events",
    "formats",
    "get_format",
    "iter_events",
    "matches",
    "register_format",
]
