"""The seed article checklist of issue 4: each act is an event with the right actors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord, Event


@pytest.fixture(scope="module")
def seed(analyse: Callable[..., ArticleRecord], seed_text: str) -> ArticleRecord:
    return analyse(seed_text, stages=("actors", "events"), published="2022-01-21", article_id="seed")


def find(record: ArticleRecord, kind: str, trigger: str) -> Event:
    for ev in record.events:
        if ev.type == kind and trigger in ev.trigger.text:
            return ev
    pytest.fail(f"no {kind} event on {trigger!r}: {[(e.type, e.trigger.text) for e in record.events]}")


def codes(actors: list) -> set[str]:  # type: ignore[type-arg]
    return {a.code for a in actors if a.code}


def test_no_stage_failed(seed: ArticleRecord) -> None:
    assert seed.failures == []
    assert len({e.id for e in seed.events}) == len(seed.events)


def test_the_accusation_and_its_rejection(seed: ArticleRecord) -> None:
    acc = find(seed, "ACCUSE", "warned")
    assert codes(acc.source) == {"COL"} and codes(acc.target) == {"RUS"}
    assert acc.date is not None and acc.date.raw == "in the last two days" and acc.date.granularity == "range"
    rej = find(seed, "REJECT", "unfounded")
    assert codes(rej.source) == {"RUS"} and codes(rej.target) == {"COL"}
    assert rej.date is not None and (rej.date.raw, rej.date.value) == ("The day before", "2022-01-20")
    crossing = find(seed, "ACCUSE", "accusations")
    assert codes(crossing.source) == {"RUS", "COL"}


def test_non_recognition_of_the_maduro_government(seed: ArticleRecord) -> None:
    ev = find(seed, "REJECT", "recognize")
    assert codes(ev.source) == {"COL"} and codes(ev.target) == {"VEN"}
    assert ev.date is not None and ev.date.raw == "since Hugo Chávez came to power" and ev.date.value is None


def test_endorsement_of_guaido(seed: ArticleRecord) -> None:
    ev = find(seed, "SUPPORT", "endorses")
    assert any(a.name and "Guaidó" in a.name for a in ev.target)


def test_endorsement_is_by_colombia(seed: ArticleRecord) -> None:
    assert codes(find(seed, "SUPPORT", "endorses").source) == {"COL"}


def test_planned_contact_with_russias_representation(seed: ArticleRecord) -> None:
    ev = find(seed, "AGREE", "speak")
    assert {"COL", "RUS"} <= codes(ev.source) | codes(ev.target)
    assert ev.hypothetical and ev.reported
    assert ev.date is not None and (ev.date.raw, ev.date.value) == ("this Friday", "2022-01-21")


def test_the_aps_request(seed: ArticleRecord) -> None:
    ev = find(seed, "REQUEST", "asked")
    assert any(a.text == "AP" for a in ev.source) and codes(ev.target) == {"COL"}


def test_the_mobilisation_reported_by_the_minister(seed: ArticleRecord) -> None:
    ev = find(seed, "MOBILIZE", "mobilized")
    assert ev.reported and ev.reported_by
    assert any(a.code == "VEN" and a.sector == "MIL" for a in ev.source)
    reporter = next(e for e in seed.events if e.id == ev.reported_by)
    assert reporter.type == "ACCUSE" and codes(reporter.source) == {"COL"}


def test_the_clashes_with_their_dead(seed: ArticleRecord) -> None:
    ev = find(seed, "ASSAULT", "confrontation")
    assert "COL" in codes(ev.source) and len(ev.source) >= 2
    assert {a.sector for a in ev.source} == {"REB"}


def test_the_accusation_of_protecting_armed_groups_and_its_denial(seed: ArticleRecord) -> None:
    acc = next(e for e in seed.events if e.type == "ACCUSE" and "speech:" in (e.rule or ""))
    assert codes(acc.source) == {"COL"} and codes(acc.target) == {"VEN"}
    aid = next(e for e in seed.events if e.reported_by == acc.id)
    assert aid.type == "AID" and codes(aid.source) == {"VEN"}
    denial = find(seed, "REJECT", "denies")
    assert codes(denial.source) == {"VEN"} and codes(denial.target) == {"COL"}


def test_the_threat_to_deploy_troops(seed: ArticleRecord) -> None:
    threat = find(seed, "THREATEN", "warned")
    assert codes(threat.source) == {"RUS"}
    assert codes(threat.target) == {"CUB", "VEN"}  # where the troops would go, not the troops
    deploy = find(seed, "MOBILIZE", "deploy")
    assert deploy.hypothetical and deploy.reported_by == threat.id
    assert codes(deploy.target) == {"CUB", "VEN"}


def test_the_maduro_putin_call(seed: ArticleRecord) -> None:
    ev = find(seed, "CONSULT", "call")
    assert ev.mode == ["phone"]
    assert codes(ev.source) == {"VEN", "RUS"} and not ev.target


def test_the_2019_troop_dispatch(seed: ArticleRecord) -> None:
    ev = find(seed, "MOBILIZE", "sent")
    assert codes(ev.source) == {"RUS"} and codes(ev.target) == {"VEN"}
    assert ev.date is not None and (ev.date.value, ev.date.granularity) == ("2019-04", "month")
