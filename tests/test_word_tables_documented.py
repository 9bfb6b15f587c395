"""Every stage's word tables (``data/<package>/words.tsv``): each list says what it holds and
has words."""

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


# tables whose header also carries free comment lines: each list is documented, none empty
STAGE_TABLES = ("actors/words.tsv", "events/words.tsv", "counts/words.tsv")


@pytest.mark.parametrize("table", STAGE_TABLES)
def test_every_stage_word_list_has_a_comment_line_and_words(table: str) -> None:
    path = data_path(table)
    documented = {
        line[2:].split(":", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ") and ":" in line
    }
    named = {row["list"] for row in read_tsv(path)}
    assert named
    assert named <= documented
    for name in named:
        words = word_list(table, name)
        assert words and all(w == w.strip() for w in words), name
