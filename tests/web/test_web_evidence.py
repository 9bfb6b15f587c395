"""Cutting the article text into highlight segments."""

from __future__ import annotations

from eventwire.model import ActorMention, ArticleRecord, Claim, Count, Event, Place, Span
from eventwire.web.evidence import marks, segments

TEXT = "Colombia accused Russia. The Russian Embassy rejected the “unfounded” claim. Two died in Arauca."


def _span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece), piece)


def build_record() -> ArticleRecord:
    col, emb = _span("Colombia"), _span("The Russian Embassy")
    colombia = ActorMention(col.start, col.end, col.text, name="Colombia", code="COL", kind="country")
    embassy = ActorMention(emb.start, emb.end, emb.text, name="Embassy of Russia", code="RUS", sector="GOV")
    arauca = _span("Arauca")
    place = Place(arauca.start, arauca.end, arauca.text, name="Arauca", lat=7.08, lon=-70.76, country="COL")
    s2 = _span("The Russian Embassy rejected the “unfounded” claim.")
    return ArticleRecord(
        id="t", text=TEXT, actors=[colombia, embassy], places=[place],
        events=[Event(id="t#e1", type="REJECT", trigger=_span("rejected"), sentence=s2, source=[embassy],
                      target=[colombia], quad_class=3, goldstein=-4.0)],
        claims=[Claim(id="t#c1", claimant=colombia, accused=[], proposition=_span("accused Russia"),
                      status="evidence_not_shown")],
        counts=[Count(*_tuple(_span("Two died")), category="dead", low=2, best=2, high=2)])


def _tuple(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


def test_segments_rebuild_the_text_and_keep_nested_highlights() -> None:
    text = "Colombia accused Russia."
    spans = [(0, 24, "quote", "q"), (0, 8, "actor", "a"), (9, 16, "trigger", "e")]
    segs = segments(text, spans)
    assert "".join(s.text for s in segs) == text
    first = segs[0]
    assert first.text == "Colombia" and first.keys == ("q", "a") and first.kinds == ("quote", "actor")
    assert next(s for s in segs if s.text == "accused").kinds == ("quote", "trigger")


def test_marks_cover_every_kind_with_a_card() -> None:
    record = build_record()
    spans, cards = marks(record)
    assert {k for _, _, k, _ in spans} >= {"actor", "trigger", "place", "claim", "count"}
    for start, end, _kind, key in spans:
        assert record.text[start:end] and key in cards
    reject = next(c for c in cards.values() if c["kind"] == "trigger" and "REJECT" in c["title"])
    assert any("Russian Embassy" in value for _, value in reject["rows"])


def test_spans_outside_the_text_are_left_out() -> None:
    assert segments("abc", []) == segments("abc", [])
    record = build_record()
    record.places[0].end = len(record.text) + 5
    spans, _ = marks(record)
    assert all(end <= len(record.text) for _, end, _, _ in spans)
