"""The store summary behind ``eventwire run`` / ``eventwire summary`` and its rendering."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console

from eventwire.model import ArticleRecord, Failure, Span, Speaker
from eventwire.report import render, summarise, trim, unquote

from .conftest import OpenBackend

Make = Callable[..., ArticleRecord]


def test_summary_of_a_store(open_backend: OpenBackend, make_record: Make) -> None:
    a1 = make_record("a1")
    a2 = make_record("a2", extra=" Different second half of the text. " * 30, source="La Patilla",
                     published="2021-04-02")
    q = a2.quotes[0]
    assert q.speaker is not None
    q.speaker = Speaker(q.speaker.start, q.speaker.end, q.speaker.text, name="Maria Zakharova",
                        role="spokeswoman", affiliation="Russian Foreign Ministry", actor_code="RUSGOV")
    with open_backend() as store:
        store.add([a1, a2], [Failure(stage="ingest", reason="empty file", input="empty.txt")])
        s = summarise(store, quotes=3)
    assert s.articles.count == 2 and s.articles.first_published == "2021-03-26"
    assert s.events == 6 and dict(s.event_types) == {"ACCUSE": 2, "ASSAULT": 2, "REJECT": 2}
    assert [(p.source, p.target, p.events, p.conflict) for p in s.actor_pairs] == [
        ("COL", "RUS", 2, 2), ("RUS", "COL", 2, 2)]
    # the named speaker with a role comes first; one quote per speaker
    assert s.notable_quotes[0].speaker == "Maria Zakharova"
    assert s.notable_quotes[0].role == "spokeswoman"
    speakers = [n.speaker for n in s.notable_quotes]
    assert len(speakers) == len(set(speakers)) == 3
    assert s.claims == 2 and s.claim_statuses == [("denied", 2)]
    assert s.top_claims[0].claimant == "COL" and s.top_claims[0].accused == ["RUS"]
    assert s.top_claims[0].responses == 2  # its own denial, and the one reported with it in a2
    assert s.failures == 3
    assert [(k.stage, k.inputs) for k in s.failure_kinds] == [("events", 2), ("ingest", 1)]
    assert s.failure_kinds[0].example == "a1"

    console = Console(record=True, width=400)
    console.print(render.summary(s))
    out = console.export_text()
    assert (s.articles.originals, s.articles.copies) == (2, 0)
    expected_bits = ("Articles 2   originals 2   republished copies 0", "ACCUSE", "COL → RUS",
                     "Maria Zakharova", "denied", "empty.txt")
    for expected in expected_bits:
        assert expected in out


def test_show_renders_evidence_and_literal_brackets(make_record: Make) -> None:
    record = make_record("a1")
    first = record.events[0]
    first.sentence = Span(first.sentence.start, first.sentence.end, "Colombia [bold]COL[/bold]")
    console = Console(record=True, width=400)
    console.print(render.article(record))
    out = console.export_text()
    assert "Colombia [bold]COL[/bold]" in out  # article text is never read as Rich markup
    assert "The Russian Embassy rejected the “unfounded” accusations." in out  # an event's sentence
    assert "Arauca" in out and "7.085, -70.759" in out
    assert render.evidence(record.text, record.places[0].start, record.places[0].end).startswith("Clashes")
    events_table = Console(record=True, width=160)
    events_table.print(render.events([]))
    assert "Events (0)" in events_table.export_text()


def test_unquote_and_trim() -> None:
    assert unquote('“We deny it,”') == "We deny it"
    assert unquote('"Nothing was agreed."') == "Nothing was agreed."
    assert trim("short  text\n here") == "short text here"
    long = "word " * 100
    cut = trim(long, 40)
    assert cut.endswith("…") and len(cut) <= 41
