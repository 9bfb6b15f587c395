"""A user's actor table is checked before any work, naming the line that is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import InputError
from eventwire.ingest.dictionaries import check_actor_table
from eventwire.resources import data_path

HEADER = "name\taliases\tcode\tcountry\tsector\tkind\twikidata\n"


def _table(tmp_path: Path, body: str | bytes) -> Path:
    f = tmp_path / "mine.tsv"
    if isinstance(body, bytes):
        f.write_bytes(body)
    else:
        f.write_text(body, encoding="utf-8")
    return f


@pytest.mark.parametrize("name", ["countries", "organisations", "regions", "leaders", "sectors"])
def test_the_shipped_tables_pass(name: str) -> None:
    check_actor_table(data_path(f"actors/{name}.tsv"))


def test_a_good_user_table_passes(tmp_path: Path) -> None:
    check_actor_table(_table(tmp_path, "# mine\n" + HEADER + "Blue Front\tBF\tCOL\tCOL\tREB\tgroup\t\n"))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (HEADER + "Blue Front\tBF\tCOL\n", ":2: 3 tab-separated cells, the header has 7"),
        (
            "# c\n" + HEADER + "Blue Front\tBF\tcol\tCOL\tREB\tgroup\t\n",
            ":3: code 'col' is not a three-letter code",
        ),
        (HEADER + "Blue Front\tBF\tCOL\tCOL\tRebels\tgroup\t\n", ":2: sector 'Rebels'"),
        (HEADER + "\tBF\tCOL\tCOL\tREB\tgroup\t\n", ":2: empty 'name'"),
        ("name,code,country\nBlue Front,COL,COL\n", ":1: header 'name,code,country' matches no actor table"),
        (b"name\tcode\n\xff\xfe\x00\x01", "not an actor table: binary data"),
        ("name\taliases\n".encode("utf-16"), "binary data"),
        (
            HEADER.encode() + "Frente Azul\tFA\tCOL\tCOL\tREB\tgroup\t\n".encode("latin-1") + b"\xe9\n",
            "not UTF-8",
        ),
    ],
)
def test_a_bad_table_is_refused_naming_the_line(tmp_path: Path, body: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=None) as info:
        check_actor_table(_table(tmp_path, body))
    assert message in str(info.value) and str(tmp_path / "mine.tsv") in str(info.value)


def test_ingest_refuses_a_bad_table_before_any_work(tmp_path: Path) -> None:
    news = tmp_path / "a.txt"
    news.write_text("Troops crossed the river on Monday.\n")
    bad = _table(tmp_path, "name,code\nBlue Front,COL\n")
    db = tmp_path / "n.db"
    result = CliRunner().invoke(cli, ["ingest", str(news), "--db", str(db), "--actors", str(bad)])
    assert result.exit_code == 1 and "matches no actor table" in result.output
    assert not db.exists()
    result = CliRunner().invoke(cli, ["extract", str(news), "--actors", str(bad)])
    assert result.exit_code == 1 and "mine.tsv:1" in result.output
