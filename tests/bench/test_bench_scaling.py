"""``eventwire bench --scaling``: one row per size, each measured in a fresh process."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.bench_scaling import repeat_text
from eventwire.cli import cli


def test_repeat_text_joins_copies_by_a_blank_line() -> None:
    assert repeat_text(" One. \n", 3) == "One.\n\nOne.\n\nOne."


def test_scaling_prints_a_row_per_size() -> None:
    result = CliRunner().invoke(
        cli, ["bench", "--scaling", "--factors", "1,3", "--stages", "actors", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["factor"] for r in rows] == [1, 3]
    assert rows[1]["words"] == 3 * rows[0]["words"]
    assert all(r["seconds"] > 0 and r["peak_rss_mb"] >= r["base_rss_mb"] > 0 for r in rows)
    assert all(r["failures"] == 0 for r in rows)


def test_bench_without_corpus_or_scaling_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["bench"])
    assert result.exit_code == 2 and "--corpus is required" in result.output
