"""Quote, place, event-location and story scorers on hand-made pairs (scores computed by hand)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import InputError
from eventwire.evaluation.event_location import score as score_location
from eventwire.evaluation.geo import MAX_ERROR_KM, country_iso3, haversine_km
from eventwire.evaluation.gold import read_gold
from eventwire.evaluation.places import score as score_places
from eventwire.evaluation.quotes import score as score_quotes
from eventwire.evaluation.spans import half_shorter, match
from eventwire.evaluation.stories import cluster_scores
from eventwire.model import ArticleRecord, Event, Place, Quote, Span, Speaker


def test_half_of_the_shorter_span() -> None:
    assert half_shorter([(0, 10)], [(5, 100)])  # 5 shared, shorter is 10
    assert not half_shorter([(0, 10)], [(6, 100)])  # 4 shared
    assert half_shorter([(0, 4), (10, 14)], [(2, 12)])  # discontinuous: 2 + 2 of 8
    assert not half_shorter([(0, 4)], [(4, 8)])


def test_match_is_one_to_one_best_first() -> None:
    pairs = match([(0, 10), (20, 30)], [(5, 25)], lambda g, p: max(0, min(g[1], p[1]) - max(g[0], p[0])))
    assert pairs == [(0, 0)]  # ties: the earlier gold wins


def quote(
    kind: str, start: int, end: int, speaker: Speaker | None = None, parts: list[Span] | None = None
) -> Quote:
    return Quote(id="a#q1", kind=kind, content=Span(start, end, "x"), speaker=speaker, parts=parts or [])


def attribution(
    kind: str, content: list[list[int]], source: list[list[int]], source_text: str
) -> dict[str, object]:
    return {"kind": kind, "content": content, "source": source, "source_text": source_text}


def test_quotes_scored_by_kind_with_speakers() -> None:
    gold = [
        {
            "attributions": [
                attribution("direct", [[0, 20], [40, 60]], [[25, 30]], "Smith"),
                attribution("direct", [[100, 120]], [[130, 140]], "the minister"),
                attribution("indirect", [[200, 260]], [], ""),
                attribution("indirect", [[300, 320]], [[280, 290]], "the Post"),
            ]
        }
    ]
    pred = [
        ArticleRecord(
            id="a",
            text="",
            quotes=[
                # split quote: its parts overlap both gold pieces; speaker span overlaps
                quote("direct", 0, 60, Speaker(24, 29, "Smith"), parts=[Span(2, 20, "x"), Span(40, 58, "x")]),
                # overlaps 10 of 20: half of the shorter; speaker found by name only
                quote("direct", 110, 150, Speaker(None, None, None, name="The Minister")),
                quote("direct", 500, 520),  # spurious
                quote("indirect", 230, 240),  # 10 of 10: matched; gold has no source, none predicted: right
                quote("indirect", 300, 320, Speaker(0, 5, "Trump", name="Donald Trump")),  # wrong speaker
            ],
        )
    ]
    r = score_quotes(gold, pred)
    assert r["direct_precision"] == pytest.approx(2 / 3)
    assert r["direct_recall"] == pytest.approx(1.0)
    assert r["direct_f1"] == pytest.approx(0.8)
    assert r["direct_speaker_accuracy"] == pytest.approx(1.0)
    assert r["indirect_precision"] == r["indirect_recall"] == pytest.approx(1.0)
    assert r["indirect_speaker_accuracy"] == pytest.approx(0.5)


def test_quotes_no_prediction() -> None:
    gold = [{"attributions": [attribution("direct", [[0, 5]], [], "")]}]
    r = score_quotes(gold, [ArticleRecord(id="a", text="")])
    assert r["direct_precision"] == r["direct_recall"] == r["direct_f1"] == 0.0
    assert r["direct_speaker_accuracy"] == 0.0


def test_places_overlap_distance_and_country() -> None:
    gold = [
        {
            "places": [
                {"start": 0, "end": 10, "lat": 31.31, "lon": -92.45, "country": "United States"},
                {"start": 20, "end": 30, "lat": 48.85, "lon": 2.35, "country": "France"},
                {"start": 40, "end": 45},  # no coordinates, no country
                {"start": 60, "end": 70, "lat": 0.0, "lon": 0.0, "country": "Czech Republic"},
            ]
        }
    ]
    pred = [
        ArticleRecord(
            id="a",
            text="",
            places=[
                Place(0, 10, "x", lat=31.31, lon=-92.45, country="USA"),
                Place(22, 28, "x", lat=33.66, lon=-95.55, country="USA"),  # Paris, Texas
                Place(40, 45, "x"),
                Place(60, 70, "x", country="CZE"),  # no coordinates: maximal error
                Place(80, 90, "x"),  # spurious
            ],
        )
    ]
    r = score_places(gold, pred)
    assert r["precision"] == pytest.approx(4 / 5)
    assert r["recall"] == pytest.approx(1.0)
    assert r["acc161"] == pytest.approx(1 / 3)
    assert r["median_km"] == pytest.approx(haversine_km(48.85, 2.35, 33.66, -95.55))
    assert r["country_accuracy"] == pytest.approx(2 / 3)
    assert r["n_with_coordinates"] == 3


def test_geo_helpers() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert pytest.approx(20015, abs=5) == MAX_ERROR_KM
    assert country_iso3("Palestinian Territory") == "PSE"
    assert country_iso3("Czech Republic") == "CZE"
    assert country_iso3("DE") == "DEU"
    assert country_iso3("COL") == "COL"
    assert country_iso3("Atlantis") is None
    assert country_iso3(None) is None


def located(start: int, end: int, place: tuple[int, int] | None) -> Event:
    return Event(
        id="s#e1",
        type="ASSAULT",
        trigger=Span(start, end, "x"),
        sentence=Span(0, 99, "x"),
        place=Place(place[0], place[1], "x") if place else None,
    )


def test_event_location_with_and_without_gold_place() -> None:
    gold: list[dict[str, Any]] = [
        {"event": {"start": 10, "end": 16}, "locations": [{"start": 30, "end": 38}]},
        {"event": {"start": 10, "end": 16}, "locations": []},
        {"event": {"start": 10, "end": 16}, "locations": []},
        {"event": {"start": 10, "end": 16}, "locations": [{"start": 30, "end": 38}]},
        {"event": {"start": 10, "end": 16}, "locations": [{"start": 30, "end": 38}]},
    ]
    pred = [
        ArticleRecord(id="1", text="", events=[located(0, 5, (50, 55)), located(10, 16, (30, 38))]),
        ArticleRecord(id="2", text=""),  # nothing predicted, gold has no place: right
        ArticleRecord(id="3", text="", events=[located(10, 16, (30, 38))]),  # spurious place
        ArticleRecord(id="4", text="", events=[located(60, 65, (31, 34))]),  # not on the verb
        ArticleRecord(id="5", text=""),
    ]
    r = score_location(gold, pred)
    assert r["accuracy"] == pytest.approx(2 / 5)
    assert r["accuracy_nearest"] == pytest.approx(3 / 5)  # record 4 counts through the nearest event
    assert r["event_found"] == pytest.approx(2 / 5)
    assert r["accuracy_with_location"] == pytest.approx(1 / 3)
    assert r["accuracy_without_location"] == pytest.approx(1 / 2)


def test_cluster_scores_by_hand() -> None:
    gold = ["a", "a", "a", "b", "b"]
    pred = [1, 1, 2, 2, 2]
    r = cluster_scores(gold, pred)
    # gold pairs 3 + 1 = 4; predicted pairs 1 + 3 = 4; shared pairs (0,1) and (3,4) = 2
    assert r["pairwise_precision"] == pytest.approx(0.5)
    assert r["pairwise_recall"] == pytest.approx(0.5)
    # B-cubed precision: docs 0,1: 2/2; doc 2: 1/3; docs 3,4: 2/3 → (2 + 1/3 + 4/3) / 5
    assert r["bcubed_precision"] == pytest.approx((2 + 1 / 3 + 4 / 3) / 5)
    # recall: docs 0,1: 2/3; doc 2: 1/3; docs 3,4: 2/2 → (4/3 + 1/3 + 2) / 5
    assert r["bcubed_recall"] == pytest.approx((4 / 3 + 1 / 3 + 2) / 5)
    perfect = cluster_scores(gold, ["x", "x", "x", "y", "y"])
    assert perfect["pairwise_f1"] == perfect["bcubed_f1"] == 1.0
    with pytest.raises(ValueError):
        cluster_scores(["a"], [])


def test_read_gold_keeps_unicode_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    text = "first\u2028second\x85third"
    path.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert [r["text"] for r in read_gold(path)] == [text]
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:2"):
        read_gold(path)
