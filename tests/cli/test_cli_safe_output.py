"""No control sequence from an article reaches the terminal: tables, plain lines and JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli.safe import clean, json_line, scrub
from eventwire.model import ActorMention, ArticleRecord, Event, Quote, Span, Speaker
from eventwire.store import open_store

TITLE_SET = "\x1b]0;owned\x07"
CLEAR = "\x1b[2J\x1b[H"
C1_CSI = "\x9b31m"
BIDI = "\u202e"
TEXT = (
    f"Venezuela{TITLE_SET} accused Colombia{CLEAR} of [bold]x[/bold] {C1_CSI}raids.\r"
    f" “We deny{BIDI} it,” said Molano."
)
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece), piece)


def _record() -> ArticleRecord:
    ven = _span(f"Venezuela{TITLE_SET}")
    col = _span(f"Colombia{CLEAR}")
    actors = [
        ActorMention(ven.start, ven.end, ven.text, name=ven.text, code="VEN", kind="country"),
        ActorMention(col.start, col.end, col.text, name=col.text, code="COL", kind="country"),
    ]
    sentence = _span(TEXT[: TEXT.index("\r") + 1])
    event = Event(
        id="x1#e1",
        type="ACCUSE",
        trigger=_span("accused"),
        sentence=sentence,
        cameo="112",
        quad_class=3,
        goldstein=-2.0,
        source=actors[:1],
        target=actors[1:],
        confidence=0.9,
    )
    who = _span("Molano")
    quote = Quote(
        id="x1#q1",
        kind="direct",
        content=_span(f"We deny{BIDI} it,"),
        cue=_span("said"),
        speaker=Speaker(who.start, who.end, who.text, name=f"Molano{CLEAR}"),
    )
    return ArticleRecord(
        id="x1",
        text=TEXT,
        title=f"Title{TITLE_SET}{C1_CSI}",
        published="2021-03-20",
        source=f"Wire{CLEAR}",
        actors=actors,
        events=[event],
        quotes=[quote],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.add([_record()])
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["show", "x1"],
        ["events"],
        ["quotes"],
        ["summary"],
        ["claims"],
        ["show", "x1", "--json"],
        ["events", "--json"],
        ["quotes", "--json"],
    ],
)
def test_no_control_character_reaches_the_terminal(db: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert not UNSAFE.findall(result.output), result.output
    if "--json" in args:  # the data is intact, only escaped
        line = json.loads(result.output.splitlines()[0])
        assert line["title"] == f"Title{TITLE_SET}{C1_CSI}"


def test_markup_in_article_text_is_shown_literally(db: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", str(db)], env={"COLUMNS": "300"})
    assert "[bold]x[/bold]" in result.output


def test_clean_keeps_length_and_scrub_reaches_nested_strings() -> None:
    assert clean("a\x1b[2Jb\tc\nd") == "a\ufffd[2Jb\tc\nd"
    record = scrub(_record())
    assert len(record.text) == len(TEXT)
    speaker = record.quotes[0].speaker
    assert speaker is not None and not UNSAFE.findall(speaker.name or "")
    assert not UNSAFE.findall(record.events[0].source[0].text)
    assert json.loads(json_line({"t": C1_CSI + BIDI})) == {"t": C1_CSI + BIDI}
    assert "\x9b" not in json_line({"t": C1_CSI})
