"""Store commands through the real CLI: ingest, run, events, quotes, show, summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from eventwire.cli import cli
from eventwire.model import ActorMention, ArticleRecord, Event, Place, Quote, Span, Speaker
from eventwire.store import open_store

TEXT = "Venezuela accused Colombia of hosting armed groups. “We deny it,” said Minister Diego Molano."


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece), piece)


def _actor(piece: str, code: str, sector: str, kind: str = "country") -> ActorMention:
    s = _span(piece)
    return ActorMention(s.start, s.end, s.text, name=piece, code=code, country=code, sector=sector, kind=kind)


def _record() -> ArticleRecord:
    ven, col = _actor("Venezuela", "VEN", "GOV"), _actor("Colombia", "COL", "GOV")
    sentence = _span("Venezuela accused Colombia of hosting armed groups.")
    place = Place(col.start, col.end, col.text, name="Colombia", lat=4.0, lon=-72.0, country="COL")
    event = Event(id="v1#e1", type="ACCUSE", trigger=_span("accused"), sentence=sentence, cameo="112",
                  quad_class=3, goldstein=-2.0, source=[ven], target=[col], place=place, confidence=0.9)
    molano = _span("Minister Diego Molano")
    quote = Quote(id="v1#q1", kind="direct", content=_span("We deny it,"), cue=_span("said"),
                  speaker=Speaker(molano.start, molano.end, molano.text, name="Diego Molano",
                                  role="Defense Minister", actor_code="COLGOV"))
    return ArticleRecord(id="v1", text=TEXT, title="Accusation", published="2021-03-20", source="Wire",
                         actors=[ven, col], events=[event], quotes=[quote], places=[place])


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "400"})  # wide: no wrapped cells


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "q.db"
    with open_store(path) as store:
        store.add([_record()])
    return path


def _lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_ingest_records_bad_inputs_and_is_idempotent(tmp_path: Path) -> None:
    (tmp_path / "news.jsonl").write_text(
        '{"id": "n1", "text": "Troops crossed the river on Monday.", "source": "Wire"}\n'
        '{"id": "n2", "text": \n'
        '{"id": "n3", "text": "Protesters marched in Tbilisi.", "source": "Monitor"}\n',
        encoding="utf-8",
    )
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "[bold]odd.txt").write_text("", encoding="utf-8")  # empty, and a markup-like name
    path = tmp_path / "t.db"
    args = ["ingest", "--db", str(path), "--stages", "provenance", str(tmp_path / "news.jsonl"),
            str(tmp_path / "blob.txt"), str(tmp_path / "[bold]odd.txt")]
    first = invoke(*args, "--json")
    assert first.exit_code == 1, first.output
    counts = _lines(first.stdout)[-1]
    assert "news.jsonl:2" in first.stderr  # failures are reported on stderr with --json too
    assert counts["added"] == 2 and counts["input_failures"] == 3 and counts["skipped"] == 0
    assert "[bold]odd.txt" in first.stderr  # file names are printed literally
    with open_store(path) as store:
        before = store.table_counts()
        assert before["articles"] == 2 and before["failures"] == 3
        inputs = sorted(f.input or "" for f in store.failures())
        assert inputs[0].startswith(str(tmp_path / "[bold]odd.txt"))
        assert inputs[1].startswith(str(tmp_path / "blob.txt"))
        assert inputs[2] == f"{tmp_path / 'news.jsonl'}:2"
    second = invoke(*args)
    assert second.exit_code == 1
    assert "news.jsonl:2" in second.stderr and "skipped: 2" in second.stderr
    with open_store(path) as store:
        assert store.table_counts() == before

    good = invoke("ingest", "--db", str(path), "--stages", "provenance", str(tmp_path / "news.jsonl"),
                  "--json")
    assert good.exit_code == 1  # line 2 of the file is still malformed
    (tmp_path / "ok.jsonl").write_text('{"id": "n4", "text": "Leaders spoke by phone."}\n', encoding="utf-8")
    ok = invoke("ingest", "--db", str(path), "--stages", "provenance", str(tmp_path / "ok.jsonl"))
    assert ok.exit_code == 0, ok.output


def test_run_ingests_the_samples_and_prints_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "run.db"
    result = invoke("run", "--db", str(path), "--stages", "provenance")
    assert result.exit_code == 0, result.output
    assert "eventwire summary" in result.stdout and "Publishers" in result.stdout
    with open_store(path) as store:
        before = store.table_counts()
        assert before["articles"] >= 20
    again = invoke("run", "--db", str(path), "--stages", "provenance", "--json")
    assert again.exit_code == 0
    lines = _lines(again.stdout)
    assert lines[0]["added"] == 0 and lines[0]["skipped"] == before["articles"]
    assert lines[-1]["articles"]["count"] == before["articles"]  # type: ignore[index]
    with open_store(path) as store:
        assert store.table_counts() == before


def test_events_quotes_show_summary(db: Path) -> None:
    events = invoke("events", "--db", str(db), "--actor", "VEN", "--type", "accuse", "--json")
    assert events.exit_code == 0, events.output
    [row] = _lines(events.stdout)
    assert row["article_id"] == "v1" and row["event"]["id"] == "v1#e1"  # type: ignore[index]
    assert _lines(invoke("events", "--db", str(db), "--source", "COL", "--json").stdout) == []
    near = _lines(invoke("events", "--db", str(db), "--near", "4.1,-72.1", "--km", "30", "--json").stdout)
    assert len(near) == 1 and 0 < float(near[0]["distance_km"]) < 30  # type: ignore[arg-type]
    table = invoke("events", "--db", str(db), "--country", "col", "--since", "2021-03")
    assert table.exit_code == 0 and "ACCUSE" in table.stdout and "VEN" in table.stdout

    quotes = invoke("quotes", "--db", str(db), "--speaker", "molano", "--json")
    [q] = _lines(quotes.stdout)
    assert q["quote"]["speaker"]["role"] == "Defense Minister"  # type: ignore[index]
    assert "Diego Molano" in invoke("quotes", "--db", str(db), "--actor", "COL").stdout
    assert _lines(invoke("quotes", "--db", str(db), "--kind", "indirect", "--json").stdout) == []

    shown = invoke("show", "v1", "--db", str(db))
    assert shown.exit_code == 0 and "Accusation" in shown.stdout and "Molano" in shown.stdout
    [record] = _lines(invoke("show", "v1", "--db", str(db), "--json").stdout)
    assert record["text"] == TEXT
    summary = invoke("summary", "--db", str(db))
    assert summary.exit_code == 0 and "VEN → COL" in summary.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--near", "north"], "LAT,LON"),
        (["events", "--near", "91,0"], "latitude"),
        (["events", "--km", "5"], "--km needs --near"),
        (["events", "--since", "last week"], "ISO date"),
        (["events", "--limit", "0"], "--limit"),
        (["events", "--type", "ATTACK"], "not a PLOVER category"),
        (["quotes", "--kind", "rumour"], "--kind"),
        (["show", "nope"], "no article with id 'nope'"),
    ],
)
def test_bad_arguments_fail_clearly(db: Path, args: list[str], message: str) -> None:
    result = invoke(*args, "--db", str(db))
    assert result.exit_code != 0
    assert message in result.output


def test_a_db_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello\n" * 200, encoding="utf-8")
    result = invoke("events", "--db", str(junk))
    assert result.exit_code == 1
    assert "not an eventwire SQLite database" in result.output


def test_ingest_reads_stdin(tmp_path: Path) -> None:
    path = tmp_path / "in.db"
    result = CliRunner().invoke(
        cli, ["ingest", "--db", str(path), "--stages", "provenance", "-"],
        input='{"id": "s1", "text": "Ministers met in Geneva on Friday.", "source": "Wire"}\n',
    )
    assert result.exit_code == 0, result.output
    with open_store(path) as store:
        record = store.get("s1")
        assert record is not None and record.text == "Ministers met in Geneva on Friday."
        assert record.provenance.source == "Wire"


def test_ingest_stores_the_good_articles_beside_a_million_character_word(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "l.txt").write_text("a" * 1_048_576)
    for n in range(3):
        (news / f"good{n}.txt").write_text(f"Troops of country {n} crossed the river on Monday.\n")
    result = invoke("ingest", str(news), "--db", str(tmp_path / "n.db"), "--stages", "actors", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["added"] == 4
    with open_store(tmp_path / "n.db") as store:
        long = next(r for r in store.iter_records() if r.text.startswith("aaaa"))
    assert [n.kind for n in long.notes] == ["long_token"] and not long.failures
