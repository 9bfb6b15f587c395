"""Event and event-type scorers on hand-made gold/prediction pairs (scores computed by hand)."""

from __future__ import annotations

import pytest

from eventwire.evaluation.event_types import gold_type, in_scope
from eventwire.evaluation.event_types import score as score_types
from eventwire.evaluation.events import actor_matches, primary_event
from eventwire.evaluation.events import score as score_events
from eventwire.model import ActorMention, ArticleRecord, Event, Span


def ev(
    n: int,
    typ: str,
    conf: float,
    src: list[ActorMention] | None = None,
    tgt: list[ActorMention] | None = None,
) -> Event:
    return Event(
        id=f"r#e{n}",
        type=typ,
        trigger=Span(0, 1, "x"),
        sentence=Span(0, 1, "x"),
        confidence=conf,
        source=src or [],
        target=tgt or [],
    )


def actor(start: int, end: int, text: str, code: str | None = None) -> ActorMention:
    return ActorMention(start=start, end=end, text=text, name=text, code=code, country=code)


def rec(*events: Event) -> ArticleRecord:
    return ArticleRecord(id="r", text="x", events=list(events))


def gold_event(
    typ: str, source: list[dict[str, object]], target: list[dict[str, object]], reciprocal: bool = False
) -> dict[str, object]:
    return {"events": [{"type": typ, "source": source, "target": target, "reciprocal": reciprocal}]}


def test_primary_event_ties_go_to_the_first() -> None:
    a, b, c = ev(1, "AGREE", 0.5), ev(2, "ACCUSE", 0.9), ev(3, "REJECT", 0.9)
    assert primary_event(rec(a, b, c)) is b
    assert primary_event(rec()) is None


def test_type_accuracy_precision_and_per_type() -> None:
    gold = [gold_event("AGREE", [], []), gold_event("ACCUSE", [], []), gold_event("AGREE", [], [])]
    pred = [
        rec(ev(1, "AGREE", 0.4), ev(2, "CONSULT", 0.4)),  # tie → first: AGREE, right
        rec(ev(1, "REJECT", 0.9), ev(2, "ACCUSE", 0.5)),  # primary wrong, any-match right
        rec(),  # nothing predicted: wrong
    ]
    report = score_events(gold, pred)
    assert report["n"] == 3
    assert report["type_accuracy"] == pytest.approx(1 / 3)
    assert report["any_type_accuracy"] == pytest.approx(2 / 3)
    assert report["precision"] == pytest.approx(2 / 4)
    assert report["per_type"]["AGREE"] == {"n": 2, "accuracy": 0.5, "predicted": {"AGREE": 1, "NONE": 1}}
    assert report["per_type"]["ACCUSE"] == {"n": 1, "accuracy": 0.0, "predicted": {"REJECT": 1}}


def test_actor_matching_by_span_text_or_code() -> None:
    with_span = {"text": "Israel", "code": "ISR", "start": 0, "end": 6}
    assert actor_matches(with_span, actor(3, 10, "ael and"))
    assert not actor_matches(with_span, actor(6, 10, "Iran", "ISR"))  # has a span: no code fallback
    no_span = {"text": "North Korea", "code": "PRK", "sector": ""}
    assert actor_matches(no_span, actor(40, 51, "north korea"))
    assert actor_matches(no_span, actor(40, 47, "Pyongyang", "PRK"))
    assert not actor_matches(no_span, actor(40, 45, "Seoul", "KOR"))


def test_source_target_f1_on_best_event_of_gold_type() -> None:
    gold = [
        gold_event(
            "ACCUSE",
            [{"text": "Iran", "code": "IRN", "start": 0, "end": 4}],
            [{"text": "Israel", "code": "ISR", "start": 13, "end": 19}],
        )
    ]
    weak = ev(1, "ACCUSE", 0.9, [actor(30, 35, "Syria")], [])
    strong = ev(2, "ACCUSE", 0.1, [actor(0, 4, "Iran")], [actor(13, 19, "Israel"), actor(25, 28, "USA")])
    report = score_events(gold, [rec(weak, strong)])
    assert report["source_f1"] == pytest.approx(1.0)
    # target: tp 1, predicted 2, gold 1 → P 0.5, R 1 → F1 2/3
    assert report["target_f1"] == pytest.approx(2 / 3)


def test_no_event_of_gold_type_counts_gold_actors_as_missed() -> None:
    gold = [gold_event("ASSAULT", [{"text": "rebels", "code": "SDN", "start": 0, "end": 6}], [])]
    report = score_events(gold, [rec(ev(1, "PROTEST", 1.0, [actor(0, 6, "rebels")]))])
    assert report["source_f1"] == 0.0
    assert report["target_f1"] == 0.0  # nothing gold, nothing predicted for the scored event


def test_reciprocal_events_pool_both_roles() -> None:
    gold = [
        gold_event(
            "AGREE",
            [
                {"text": "Israel", "code": "ISR", "start": 0, "end": 6},
                {"text": "Palestinians", "code": "PSE", "start": 15, "end": 27},
            ],
            [],
            reciprocal=True,
        )
    ]
    pred = rec(ev(1, "AGREE", 1.0, [actor(0, 6, "Israel")], [actor(15, 27, "Palestinians")]))
    report = score_events(gold, [pred])
    assert report["source_f1"] == pytest.approx(1.0)
    assert report["target_f1"] == pytest.approx(1.0)


def test_case_mapping_and_out_of_scope_classes() -> None:
    assert gold_type("ARMED_CLASH") == "ASSAULT"
    assert gold_type("DIPLO") == "CONSULT"
    assert gold_type("NON_VIOL_TERRIT_TRANSFER") == "RETREAT"
    assert gold_type("NATURAL_DISASTER") is None
    kept = in_scope([{"id": 1, "text": "a", "label": "ORG_CRIME"}, {"id": 2, "text": "b", "label": "ARREST"}])
    assert [r["id"] for r in kept] == [2]


def test_event_type_accuracy_no_prediction_is_wrong() -> None:
    gold = [{"label": "ARREST"}, {"label": "PEACE_PROTEST"}, {"label": "OTHER"}, {"label": "AIR_STRIKE"}]
    pred = [
        rec(ev(1, "COERCE", 0.2)),
        rec(),
        rec(ev(1, "AGREE", 1.0)),
        rec(ev(1, "PROTEST", 0.5), ev(2, "ASSAULT", 0.5)),
    ]
    report = score_types(gold, pred)
    assert report["n"] == 3  # OTHER is left out
    assert report["accuracy"] == pytest.approx(1 / 3)
    assert report["per_type"]["PROTEST"]["predicted"] == {"NONE": 1}
    assert report["per_type"]["ASSAULT"] == {"n": 1, "accuracy": 0.0, "predicted": {"PROTEST": 1}}
