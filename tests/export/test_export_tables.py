"""csv and parquet exports read back with pandas, DuckDB and pyarrow, checked against the store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from eventwire.export import ExportOptions, export_events, parquet
from eventwire.export.columns import NAMES
from eventwire.store import EventHit, SQLiteStore

from .conftest import SEED_ID


def _keys(hits: list[EventHit]) -> set[tuple[str, str, str, str | None, float | None]]:
    return {(h.article.id, h.event.id, h.event.type, h.event.cameo, h.event.goldstein) for h in hits}


def test_csv_with_pandas(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    frame = pd.read_csv(exported["csv"], dtype={"cameo": str}, keep_default_na=False, na_values=[""])
    assert list(frame.columns) == list(NAMES)
    assert len(frame) == len(stored_hits)
    rows = set(zip(frame["article_id"], frame["event_id"], frame["type"], frame["cameo"],
                   frame["goldstein"], strict=True))
    assert rows == _keys(stored_hits)
    assert frame["negated"].dtype == bool
    hit = next(h for h in stored_hits if h.event.source and h.event.target)
    row = frame[(frame["article_id"] == hit.article.id) & (frame["event_id"] == hit.event.id)].iloc[0]
    assert row["source_name"] == hit.event.source[0].name
    assert row["target_codes"].split("|")[0] == (hit.event.target[0].actor_code or "")
    assert row["trigger_text"] == hit.event.trigger.text


def test_csv_with_duckdb_and_pyarrow(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    con = duckdb.connect()
    count = con.execute(f"SELECT count(*), count(DISTINCT article_id || event_id) FROM "
                        f"read_csv_auto('{exported['csv']}', header=true)").fetchone()
    assert count == (len(stored_hits), len(stored_hits))
    table = pacsv.read_csv(exported["csv"])
    assert table.num_rows == len(stored_hits) and table.column_names == list(NAMES)


def test_parquet_types_and_values(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    table = pq.read_table(exported["parquet"])
    assert table.num_rows == len(stored_hits)
    schema = table.schema
    assert schema.field("quad_class").type == pa.int64()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("negated").type == pa.bool_()
    assert schema.field("mode").type == pa.list_(pa.string())
    by_key = {(h.article.id, h.event.id): h.event for h in stored_hits}
    for row in table.to_pylist():
        event = by_key[(row["article_id"], row["event_id"])]
        assert row["mode"] == event.mode and row["context"] == event.context
        assert row["quad_class"] == event.quad_class and row["trigger_start"] == event.trigger.start
        assert row["place_lat"] == (event.place.lat if event.place else None)


def test_parquet_with_pandas_and_duckdb(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    frame = pd.read_parquet(exported["parquet"])
    assert len(frame) == len(stored_hits)
    assert set(zip(frame["article_id"], frame["event_id"], frame["type"], frame["cameo"],
                   frame["goldstein"], strict=True)) == _keys(stored_hits)
    con = duckdb.connect()
    per_type = dict(con.execute(f"SELECT type, count(*) FROM read_parquet('{exported['parquet']}')"
                                " GROUP BY type").fetchall())
    expected: dict[str, int] = {}
    for h in stored_hits:
        expected[h.event.type] = expected.get(h.event.type, 0) + 1
    assert per_type == expected
    seed_accuse = con.execute(
        f"SELECT count(*) FROM read_parquet('{exported['parquet']}') WHERE article_id = ?"
        " AND type = 'ACCUSE' AND list_contains(source_codes, 'COL')", [SEED_ID]).fetchone()
    assert seed_accuse is not None and seed_accuse[0] >= 1


def test_partitioned_parquet_by_month(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    folder = exported["parquet-partitioned"]
    months = {p.name.removeprefix("month=") for p in folder.iterdir()}
    flat = pq.read_table(exported["parquet"]).to_pandas()
    assert months - {"undated"} == set(flat["month"].dropna())
    dataset = ds.dataset(folder, format="parquet", partitioning="hive")
    table = dataset.to_table()
    assert table.num_rows == len(stored_hits)
    con = duckdb.connect()
    counts = dict(con.execute(f"SELECT month, count(*) FROM read_parquet('{folder}/*/*.parquet',"
                              " hive_partitioning = true) GROUP BY month").fetchall())
    assert sum(counts.values()) == len(stored_hits)
    expected = flat.groupby("month").size().to_dict()
    assert {m: n for m, n in counts.items() if m in expected} == expected
    assert len(pd.read_parquet(folder)) == len(stored_hits)


def test_partitions_flush_in_small_groups(store: SQLiteStore, stored_hits: list[EventHit], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # small groups, so that rows of many months wait at once and are flushed together
    monkeypatch.setattr(parquet, "BATCH", 8)
    monkeypatch.setattr(parquet, "PENDING", 16)
    out = tmp_path / "months"
    assert export_events(store, "parquet", out, None, ExportOptions(partition=True)) == len(stored_hits)
    files = list(out.glob("*/*.parquet"))
    assert sum(pq.ParquetFile(f).metadata.num_row_groups for f in files) > len(files)
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert sorted(table.column("trigger_start").to_pylist()) == sorted(
        h.event.trigger.start for h in stored_hits)


def test_csv_and_parquet_with_polars(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    import polars as pl

    frame = pl.read_parquet(exported["parquet"])
    assert frame.height == len(stored_hits)
    assert frame.schema["quad_class"] == pl.Int64 and frame.schema["mode"] == pl.List(pl.String)
    rows = set(zip(frame["article_id"], frame["event_id"], frame["type"], frame["cameo"],
                   frame["goldstein"], strict=True))
    assert rows == _keys(stored_hits)
    csv = pl.read_csv(exported["csv"], schema_overrides={"cameo": pl.String})
    assert csv.columns == list(NAMES) and csv.height == len(stored_hits)
    assert pl.scan_parquet(f"{exported['parquet-partitioned']}/*/*.parquet", hive_partitioning=True) \
        .select(pl.len()).collect().item() == len(stored_hits)
