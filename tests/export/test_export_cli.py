"""``eventwire export``: the filters of ``eventwire events``, each format, clear errors."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli.store import events_cmd
from eventwire.store import EventFilter, SQLiteStore


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["export", *args])
    return result.exit_code, result.output


def test_filters_are_those_of_events() -> None:
    export_cmd = cli.commands["export"]
    shared = {p.name for p in events_cmd.params} - {"as_json"}
    assert shared <= {p.name for p in export_cmd.params}


def test_filtered_csv(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "col.csv"
    code, output = run("--db", str(store_path), "--format", "csv", "--out", str(out),
                       "--actor", "COL", "--type", "accuse", "--since", "2022-01-01")
    assert code == 0, output
    with SQLiteStore(store_path) as store:
        expected = store.events(EventFilter(actor="COL", type="ACCUSE", since="2022-01-01"))
    frame = pd.read_csv(out)
    assert len(frame) == len(expected) > 0
    assert f"exported {len(expected)} events" in output


@pytest.mark.parametrize("fmt", ["plover-jsonl", "gdelt-tsv", "parquet"])
def test_each_format(store_path: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    code, output = run("--db", str(store_path), "--format", fmt, "--out", str(out), "--limit", "4")
    assert code == 0, output
    assert out.is_file() and "exported 4 events" in output


def test_partitioned_parquet(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "months"
    code, output = run("--db", str(store_path), "--format", "parquet", "--partition", "--out", str(out))
    assert code == 0, output
    assert any(p.name.startswith("month=20") for p in out.iterdir())
    code, output = run("--db", str(store_path), "--format", "parquet", "--partition", "--out", str(out))
    assert code == 1 and "new or empty folder" in output


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "csv", "--partition"], "--partition applies to --format parquet"),
    (["--format", "csv", "--header"], "--header applies to --format gdelt-tsv"),
    (["--format", "csv", "--km", "5"], "--km needs --near"),
    (["--format", "csv", "--type", "NOTATYPE"], "is not a PLOVER category"),
    (["--format", "xml"], "Invalid value for '--format'"),
])
def test_usage_errors(store_path: Path, tmp_path: Path, args: list[str], message: str) -> None:
    code, output = run("--db", str(store_path), "--out", str(tmp_path / "x"), *args)
    assert code == 2 and message in output


def test_missing_folder(store_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "events.csv"
    code, output = run("--db", str(store_path), "--format", "csv", "--out", str(out))
    assert code == 1 and "folder to write into does not exist" in output
