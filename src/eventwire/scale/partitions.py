"""Partition files for data-lake runs (``--out DIR``): one file per partition of articles.

A partition's name is a hash of its article ids, so a re-run over the same inputs finds
its partitions already written and writes nothing twice. Each file is written under a
temporary name and renamed into place: a partition is either complete or absent, never
half-written, even when its worker dies.

- ``jsonl``: one :func:`~eventwire.model.to_dict` record per line (no extra dependency);
- ``parquet``: with pyarrow installed, one row per article: ``id``, ``title``,
  ``published``, ``url``, ``source``, event/quote/claim counts and ``record`` (the record
  as JSON text).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..jsonl import read_jsonl
from ..model import ArticleRecord, to_dict

FORMATS = ("jsonl", "parquet")


def partition_name(ids: Sequence[str]) -> str:
    return "part-" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:16]


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown partition format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise ConfigError("--out-format parquet needs pyarrow (pip install pyarrow); "
                              "or use --out-format jsonl") from None


def write_partition(records: list[ArticleRecord], out_dir: Path, name: str, fmt: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    final = out_dir / f"{name}.{fmt}"
    temp = out_dir / f".{name}.{os.getpid()}.tmp"
    rows = [to_dict(r) for r in records]
    if fmt == "parquet":
        _write_parquet(rows, temp)
    else:
        with temp.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    os.replace(temp, final)
    return final


def _write_parquet(rows: list[dict[str, object]], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: [value(row) for row in rows] for name, value in _PARQUET_COLUMNS.items()}
    pq.write_table(pa.table(columns), path)


# the columns of a parquet partition: name → its value for one record (as a dict)
_PARQUET_COLUMNS: dict[str, Callable[[dict[str, Any]], object]] = {
    "id": itemgetter("id"),
    "title": itemgetter("title"),
    "published": itemgetter("published"),
    "url": itemgetter("url"),
    "source": itemgetter("source"),
    "events": lambda row: len(row["events"]),
    "quotes": lambda row: len(row["quotes"]),
    "claims": lambda row: len(row["claims"]),
    "record": lambda row: json.dumps(row, ensure_ascii=False),
}


def read_partitions(out_dir: Path) -> list[dict[str, object]]:
    """Every record of the JSONL partitions under ``out_dir`` (for checks and tests)."""
    rows: list[dict[str, object]] = []
    for path in sorted(out_dir.glob("part-*.jsonl")):
        rows.extend(row for _, row in read_jsonl(path, what="partition"))
    return rows
