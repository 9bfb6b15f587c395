"""Strict checks at the command line: missing databases, impossible dates."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli


@pytest.mark.parametrize(
    "args",
    [["events"], ["quotes"], ["summary"], ["show", "x1"], ["claims"], ["disputes", "COL", "RUS"]],
)
def test_read_commands_refuse_a_missing_database(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 1
    assert f"no such database: {db}" in result.output
    assert not db.exists()


def test_the_default_database_is_not_created_by_a_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["summary"], env={"EVENTWIRE_DB": str(tmp_path / "none.db")})
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("value", ["2021-13-45", "2021-02-30", "2021-00"])
def test_impossible_dates_are_rejected(tmp_path: Path, value: str) -> None:
    result = CliRunner().invoke(cli, ["events", "--since", value, "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not a calendar date" in result.output
