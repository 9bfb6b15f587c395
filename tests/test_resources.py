"""The shared loader of shipped data tables and word lists."""

from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.resources import word_list, word_sequence


def test_word_list_reads_a_named_list_of_a_shipped_table() -> None:
    heads = word_list("places/words.tsv", "org_heads")
    assert "police" in heads
    assert all(w == w.strip() and w for w in heads)


def test_an_unknown_list_name_is_an_error_naming_the_table() -> None:
    with pytest.raises(ConfigError, match=r"places/words\.tsv"):
        word_list("places/words.tsv", "no_such_list")


def test_a_missing_table_is_an_error() -> None:
    with pytest.raises(ConfigError, match="missing"):
        word_list("places/no_such_table.tsv", "org_heads")


def test_word_sequence_keeps_the_file_order() -> None:
    months = word_sequence("events/words.tsv", "months")
    assert months[:3] == ("january", "february", "march")
    assert len(months) == 12
    assert frozenset(months) == word_list("events/words.tsv", "months")


def test_word_sequence_of_an_unknown_list_is_an_error() -> None:
    with pytest.raises(ConfigError, match=r"events/words\.tsv"):
        word_sequence("events/words.tsv", "no_such_list")
