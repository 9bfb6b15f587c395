"""Progress bars on standard error: shown on a terminal, quiet when piped or asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli.progress import count_articles


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Troops crossed the river on Monday.\n")
    (folder / "b.jsonl").write_text('{"text": "Police arrested two men."}\n\n{"text": "Rebels left."}\n')
    return folder


def test_count_articles_prescans_files_and_lines(news: Path) -> None:
    assert count_articles([news]) == 3
    assert count_articles([news / "b.jsonl", "-"]) is None


def test_extract_shows_total_rate_and_eta_on_a_terminal(news: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(news), "--stages", "actors"], env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "extract" in result.stderr and "3/3" in result.stderr and "ETA" in result.stderr
    assert result.stdout.count("\n") == 3  # the records alone on standard output


@pytest.mark.parametrize("args", [["--quiet"], []])
def test_quiet_when_asked_or_not_a_terminal(news: Path, args: list[str]) -> None:
    env = {"FORCE_COLOR": "1"} if args else {}
    result = CliRunner().invoke(cli, ["extract", str(news), "--stages", "actors", *args], env=env)
    assert result.exit_code == 0 and result.stderr == ""


def test_ingest_shows_a_bar_unless_json(news: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "p.db")
    shown = CliRunner().invoke(cli, ["ingest", str(news), "--db", db, "--stages", "actors"],
                               env={"FORCE_COLOR": "1"})
    assert shown.exit_code == 0 and "ingest" in shown.stderr and "3/3" in shown.stderr
    quiet = CliRunner().invoke(cli, ["ingest", str(news), "--db", db, "--stages", "actors", "--json"],
                               env={"FORCE_COLOR": "1"})
    assert quiet.exit_code == 0 and "ETA" not in quiet.stderr
