"""The one strict JSON Lines reader (gold sets, training data, corpora, partitions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.jsonl import read_jsonl


def test_blank_lines_are_skipped_and_lines_numbered(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": 1}\n\n   \n{"text": "a\xe2\x80\xa8b"}\r\n')
    assert list(read_jsonl(path)) == [(1, {"id": 1}), (4, {"text": "a\u2028b"})]


def test_malformed_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    path.write_text('{"id": 1}\n\n{"id": \n', encoding="utf-8")
    with pytest.raises(InputError, match="malformed JSON") as info:
        list(read_jsonl(path))
    assert info.value.where == f"{path}:3"


def test_bytes_that_are_not_utf8_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(b'{"id": 1}\n{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match="not valid UTF-8") as info:
        list(read_jsonl(path))
    assert info.value.where == f"{path}:2"


def test_a_missing_file_says_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gold file"):
        list(read_jsonl(tmp_path / "none.jsonl", what="gold file"))
