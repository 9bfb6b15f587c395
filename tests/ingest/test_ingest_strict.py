"""Strict input: dates, metadata types, control characters, URL schemes, markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.checks import BadInput
from eventwire.ingest.metadata import parse_published
from eventwire.model import Article, Failure


def _read(tmp_path: Path, *rows: dict[str, object]) -> list[Article | Failure]:
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return list(read_inputs([f]))


@pytest.mark.parametrize(
    ("raw", "value", "granularity"),
    [
        ("2021", "2021", "year"),
        ("2021-03", "2021-03", "month"),
        ("2021-03-05", "2021-03-05", "day"),
        ("2021-03-05T10:30:00Z", "2021-03-05T10:30:00+00:00", "datetime"),
        ("2021-03-05 10:30", "2021-03-05T10:30:00", "datetime"),
        ("Fri, 05 Mar 2021 10:30:00 GMT", "2021-03-05T10:30:00+00:00", "datetime"),
        ("5 March 2021", "2021-03-05", "day"),
        ("March 5, 2021", "2021-03-05", "day"),
        ("March 2021", "2021-03", "month"),
    ],
)
def test_published_is_read_at_its_granularity(raw: str, value: str, granularity: str) -> None:
    assert parse_published(raw) == (value, granularity)


@pytest.mark.parametrize(
    "raw", ["yesterday", "9999-12-31T99:99", "2021-13-45", "2021-02-30", "0001-01-01", ""]
)
def test_a_published_value_that_is_no_date_is_rejected(raw: str) -> None:
    with pytest.raises(BadInput, match="is not a date"):
        parse_published(raw)


def test_a_bad_date_rejects_its_line_naming_file_line_and_raw_value(tmp_path: Path) -> None:
    items = _read(
        tmp_path,
        {"text": "Troops moved.", "published": "2021-03-05"},
        {"text": "Troops left.", "published": "yesterday"},
    )
    assert isinstance(items[0], Article) and items[0].published == "2021-03-05"
    bad = items[1]
    assert isinstance(bad, Failure) and bad.input == f"{tmp_path / 'in.jsonl'}:2"
    assert "'yesterday'" in bad.reason


def test_a_written_date_is_normalised_with_a_note(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title: T\nPublished: 5 March 2021\n\nTroops crossed the river.\n")
    (article,) = read_inputs([f])
    assert isinstance(article, Article) and article.published == "2021-03-05"
    assert any(n.kind == "published" and "5 March 2021" in n.message for n in article.notes)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", ["x"], '"title" must be a string or null, got an array'),
        ("source", 3, '"source" must be a string or null, got a number'),
        ("published", {"y": 1}, '"published" must be a string or null, got an object'),
        ("id", True, '"id" must be a string or an integer, got a boolean'),
    ],
)
def test_wrong_type_metadata_rejects_the_line(
    tmp_path: Path, field: str, value: object, message: str
) -> None:
    items = _read(tmp_path, {"text": "Troops moved.", field: value}, {"text": "Troops left."})
    assert isinstance(items[0], Failure) and message in items[0].reason
    assert isinstance(items[1], Article)


def test_control_characters_are_removed_from_the_text_with_a_note(tmp_path: Path) -> None:
    text = "Troops " + "x" * 9000 + " moved\x00 on\x1b[2J Monday.\x07"
    (article,) = _read(tmp_path, {"id": "c1", "text": text, "title": "T\x00itle"})
    assert isinstance(article, Article)
    assert article.text == "Troops " + "x" * 9000 + " moved on[2J Monday."
    assert article.title == "Title" and article.id == "c1"
    (note, title_note) = article.notes
    assert note.kind == "control_chars" and "U+0000×1" in note.message and "U+001B×1" in note.message
    assert "title" in title_note.message


def test_only_http_urls_are_kept_and_markup_is_noted(tmp_path: Path) -> None:
    items = _read(
        tmp_path,
        {"text": "Troops moved.", "url": "javascript:alert(1)", "title": "<b>Big</b> news"},
        {"text": "Troops left.", "url": "https://example.org/a"},
        {"text": "Troops came.", "url": "example.org/b"},
    )
    a, b, c = items
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert a.url is None and a.title == "<b>Big</b> news"
    assert {n.kind for n in a.notes} == {"url", "markup"}
    assert b.url == "https://example.org/a" and c.url == "example.org/b" and not b.notes


def test_a_missing_input_is_named_as_typed() -> None:
    (failure,) = read_inputs(["https://example.com/a.txt"])
    assert isinstance(failure, Failure) and failure.input == "https://example.com/a.txt"
