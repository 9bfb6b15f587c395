"""Tables fit an 80-column terminal with every header word whole (issue 14: headers were cut,
"claiman/t", "proposi/tion", when the claims ledger had eight columns)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.model import ArticleRecord
from eventwire.report.render import fit_widths
from eventwire.store import open_store

TEXT = (
    "BOGOTA, March 3 (Wire) - The government of Colombia on Tuesday accused Russia of funding "
    "a disinformation campaign against its election, without showing evidence. The Russian "
    "Embassy in Bogota rejected the accusation as unfounded and said Moscow respects the "
    "sovereignty of Colombia. Colombian troops clashed with rebels near the border town of "
    "Saravena, leaving 12 people dead, officials said."
)
ALL = ("actors", "events", "places", "quotes", "counts", "claims", "provenance")
HEADERS = {
    "claims": ("date", "claimant", "accused", "claim", "status", "hedges", "answers", "article"),
    "disputes": ("date", "step", "by", "text", "status", "article"),
    "events": ("date", "type", "source", "target", "place", "evidence"),
    "summary": ("type", "events"),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, analyse: Callable[..., ArticleRecord]) -> Path:
    path = tmp_path_factory.mktemp("width") / "w.db"
    record = analyse(TEXT, stages=ALL, published="2026-03-03", article_id="col-rus")
    assert record.claims, "the written article must give a claim for the ledger to show"
    with open_store(path) as store:
        store.add([record])
    return path


@pytest.mark.parametrize("command", ["claims", "disputes", "events", "summary"])
def test_every_header_is_whole_and_no_line_is_wider_than_the_terminal(db: Path, command: str) -> None:
    args = [command, "COL", "RUS"] if command == "disputes" else [command]
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    header_cells = {cell.strip() for line in lines if "┃" in line for cell in line.split("┃")}
    for header in HEADERS[command]:
        assert header in header_cells, f"{header!r} cut in:\n{result.output}"


def test_fit_widths_gives_headers_first_and_the_rest_mostly_to_the_wide_column() -> None:
    columns = ("date", "claimant", "claim")
    rows = [("2026-03-03", "The government of Colombia", "x " * 60)]
    widths = fit_widths(columns, rows, wide=2, width=40)
    assert sum(widths) + 3 * len(columns) + 1 == 40
    assert all(w >= len(c) for w, c in zip(widths, columns, strict=True))
    extra = [w - len(c) for w, c in zip(widths, columns, strict=True)]
    assert extra[2] > max(extra[:2])
    assert fit_widths(columns, [("a", "b", "c")], wide=2, width=200) == [4, 8, 5]


def test_no_control_or_markup_is_added_by_the_fitting(db: Path) -> None:
    result = CliRunner().invoke(cli, ["claims", "--db", str(db)], env={"COLUMNS": "80"})
    assert not re.search("[\x00-\x08\x0b-\x1f]", result.output)
