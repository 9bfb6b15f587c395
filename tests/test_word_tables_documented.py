"""Word tables of claims, quotes, nlp and evaluation: each list says what it holds."""

from __future__ import annotations

import re

import pytest

from eventwire.resources import data_path, read_tsv, word_list

TABLES = ("claims/words.tsv", "quotes/words.tsv", "nlp/words.tsv", "evaluation/words.tsv")


@pytest.mark.parametrize("table", TABLES)
def test_every_list_has_one_comment_saying_what_it_holds(table: str) -> None:
    text = data_path(table).read_text(encoding="utf-8")
    described = re.findall(r"^# (\w+): \S", text, flags=re.MULTILINE)
    names = {row["list"] for row in read_tsv(data_path(table))}
    assert sorted(described) == sorted(names)  # one comment per list, none for a missing list
    for name in names:
        words = word_list(table, name)
        assert words and all(w == w.strip() and w for w in words)
