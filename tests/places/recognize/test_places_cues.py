"""Name cues are validated data with ids: the shipped table loads, and a broken one is an error
naming the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.places.recognize.cues import load_name_cues, name_cues


def test_shipped_cues_load_by_pass() -> None:
    plural = name_cues("plural_noun")
    assert plural["counties"].hint == "county" and plural["counties"].kind == "toponym"
    assert plural["streets"].hint is None and plural["streets"].kind == "landmark"
    assert name_cues("subdivision")["Co."].lookup == "County"
    assert name_cues("subdivision")["Township"].lookup == ""


@pytest.mark.parametrize("row", [
    "a\tplural_noun\tshires\tshire\ttoponym\t",  # unknown hint
    "a\tno_such_pass\tshires\tcounty\ttoponym\t",  # unknown pass
    "plural-x\tplural_noun\tcounties\tcounty\ttoponym\t",  # a word already cued
])
def test_a_broken_table_is_an_error(tmp_path: Path, row: str) -> None:
    table = tmp_path / "cues.tsv"
    header = "id\tpass\tword\thint\tkind\tlookup\n"
    good = "plural-counties\tplural_noun\tcounties\tcounty\ttoponym\t\n"
    table.write_text(header + good + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cues\.tsv"):
        load_name_cues(table)


def test_an_unknown_pass_name_is_an_error() -> None:
    with pytest.raises(ConfigError):
        name_cues("plurals")
