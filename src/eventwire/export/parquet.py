"""The ``parquet`` format: the flat columns of :mod:`.columns` with Arrow types, written with
pyarrow in row groups of :data:`BATCH` events, so memory stays flat whatever the store size.

With ``ExportOptions.partition`` the output is a folder in the Hive layout, one folder per
month of the event date (``month=2022-02/part-0.parquet``; events with neither an event date
nor a publication date go to ``month=undated``: Hive's null partition stops pandas reading it).
pandas, polars, DuckDB and pyarrow read either form
(DuckDB: ``read_parquet('out/*/*.parquet', hive_partitioning = true)``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import ExportError
from .columns import COLUMNS, Column
from .output import check_parent, is_special
from .registry import ExportOptions
from .select import EventRow

BATCH = 1024  # rows per row group
PENDING = 4 * BATCH  # partitioned: rows waiting across all months before every month is flushed
UNDATED = "undated"  # the partition of events with neither an event date nor a publication date
_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
    "list": pa.list_(pa.string()),
}


def schema(columns: Iterable[Column] = COLUMNS) -> pa.Schema:
    return pa.schema([pa.field(c.name, _TYPES[c.kind]) for c in columns])


def _batches(rows: Iterable[EventRow]) -> Iterator[list[EventRow]]:
    chunk: list[EventRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _table(chunk: list[EventRow], columns: tuple[Column, ...], arrow: pa.Schema) -> pa.Table:
    data: dict[str, list[Any]] = {c.name: [c.get(r) for r in chunk] for c in columns}
    return pa.Table.from_pydict(data, schema=arrow)


def _write_file(rows: Iterable[EventRow], out: Path) -> int:
    check_parent(out)
    if is_special(out):
        raise ExportError("Parquet is written to a regular file, not a device or a pipe", where=str(out))
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    arrow, written = schema(), 0
    try:
        with pq.ParquetWriter(tmp, arrow) as writer:
            for chunk in _batches(rows):
                writer.write_table(_table(chunk, COLUMNS, arrow))
                written += len(chunk)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return written


def _write_partitioned(rows: Iterable[EventRow], out: Path) -> int:
    """One writer per month; rows wait as plain values (never as records, which would keep
    whole articles alive) and every month is flushed when :data:`PENDING` rows wait in all."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise ExportError("a partitioned export needs a new or empty folder", where=str(out))
    check_parent(out)
    columns = tuple(c for c in COLUMNS if c.name != "month")
    month_of = next(c for c in COLUMNS if c.name == "month").get
    arrow = schema(columns)
    writers: dict[str, pq.ParquetWriter] = {}
    pending: dict[str, list[list[Any]]] = {}
    waiting = written = 0

    def flush(month: str) -> None:
        if month not in writers:
            folder = out / f"month={month}"
            folder.mkdir(parents=True, exist_ok=True)
            writers[month] = pq.ParquetWriter(folder / "part-0.parquet", arrow)
        values = pending.pop(month)
        data = {c.name: [v[i] for v in values] for i, c in enumerate(columns)}
        writers[month].write_table(pa.Table.from_pydict(data, schema=arrow))

    try:
        for row in rows:
            month = month_of(row) or UNDATED
            pending.setdefault(month, []).append([c.get(row) for c in columns])
            written, waiting = written + 1, waiting + 1
            if len(pending[month]) >= BATCH:
                waiting -= len(pending[month])
                flush(month)
            elif waiting >= PENDING:
                for name in list(pending):
                    flush(name)
                waiting = 0
        for name in list(pending):
            flush(name)
    finally:
        for writer in writers.values():
            writer.close()
    return written


def write(rows: Iterable[EventRow], out: Path, options: ExportOptions) -> int:
    return _write_partitioned(rows, out) if options.partition else _write_file(rows, out)
