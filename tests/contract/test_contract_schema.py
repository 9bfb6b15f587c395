"""The JSON Schema stays in sync with the data model, and validate() catches bad records."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from eventwire import model
from eventwire.contract import load_schema, validate
from eventwire.model import (
    ActorMention,
    ArticleRecord,
    Boilerplate,
    Claim,
    Count,
    Event,
    EventDate,
    Failure,
    Note,
    Place,
    Provenance,
    Quote,
    Response,
    Span,
    Speaker,
    to_dict,
)

MODEL_CLASSES = [
    ActorMention,
    Boilerplate,
    Claim,
    Count,
    Event,
    EventDate,
    Failure,
    Note,
    Place,
    Provenance,
    Quote,
    Response,
    Span,
    Speaker,
]


def test_schema_is_valid_and_versioned() -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and model.SCHEMA_VERSION in schema["$id"]
    assert schema["version"] == model.SCHEMA_VERSION
    assert schema["properties"]["schema_version"]["const"] == model.SCHEMA_VERSION
    assert schema["properties"]["plover_version"]["const"] == model.PLOVER_VERSION


def _fields(cls: type[Any]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", [ArticleRecord, *MODEL_CLASSES], ids=lambda c: c.__name__)
def test_schema_documents_every_model_field(cls: type[Any]) -> None:
    """Adding a field to model.py fails here until the schema documents it."""
    schema = load_schema()
    part = schema if cls is ArticleRecord else schema["$defs"][cls.__name__]
    assert list(part["properties"]) == _fields(cls)
    assert part["required"] == _fields(cls)
    assert part["additionalProperties"] is False
    for name, prop in part["properties"].items():
        assert len(prop.get("description", "")) >= 10, f"{cls.__name__}.{name} needs a description"


def test_every_def_is_a_model_class() -> None:
    assert sorted(load_schema()["$defs"]) == sorted(c.__name__ for c in MODEL_CLASSES)


TEXT = (
    "Colombia accused Russia on Friday of interference near the border with Venezuela, "
    "without showing evidence. “The accusations are unfounded,” the Russian Embassy said. "
    "Clashes in Arauca left more than 20 people dead.\nSource: Gestion"
)


def _span(s: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return Span(start, start + len(s), s)


def _actor(s: str, code: str, sector: str | None, kind: str) -> ActorMention:
    sp = _span(s)
    return ActorMention(sp.start, sp.end, sp.text, name=s, code=code, country=code, sector=sector, kind=kind)


def full_record() -> ArticleRecord:
    """A record with every kind of object filled, spans cut from TEXT."""
    col = _actor("Colombia", "COL", "GOV", "country")
    rus = _actor("Russia", "RUS", "GOV", "country")
    emb = _actor("Russian Embassy", "RUS", "GOV", "organisation")
    fri = _span("on Friday")
    date = EventDate("on Friday", "2021-03-26", "day", fri.start, fri.end)
    ar = _span("Arauca")
    arauca = Place(
        ar.start,
        ar.end,
        ar.text,
        "Arauca",
        7.08,
        -70.76,
        "COL",
        "Arauca",
        3689717,
        "ADM1",
        262174,
        confidence=0.9,
    )
    dead = _span("more than 20 people dead")
    count = Count(dead.start, dead.end, dead.text, "dead", 21, 21, None, "more than", "t#e2", arauca)
    accuse = Event(
        "t#e1",
        "ACCUSE",
        _span("accused"),
        _span(TEXT[: TEXT.index("evidence.") + 9]),
        context=["diplomatic"],
        cameo="112",
        quad_class=3,
        goldstein=-2.0,
        source=[col],
        target=[rus],
        date=date,
        confidence=0.8,
        rule="verb:accuse",
    )
    clash = Event(
        "t#e2",
        "ASSAULT",
        _span("Clashes"),
        _span("Clashes in Arauca left more than 20 people dead."),
        place=arauca,
        counts=[count],
        confidence=0.7,
    )
    quote = Quote(
        "t#q1",
        "direct",
        _span("The accusations are unfounded"),
        _span("said"),
        Speaker(emb.start, emb.end, emb.text, "Russian Embassy", type="organisation", actor_code="RUSGOV"),
        confidence=0.9,
    )
    claim = Claim(
        "t#c1",
        col,
        [rus],
        _span("interference near the border with Venezuela"),
        "evidence_not_shown",
        hedges=[_span("without showing evidence")],
        event_ids=["t#e1"],
        date=date,
        responses=[Response("denial", emb, _span("The accusations are unfounded"))],
    )
    src = _span("Gestion")
    return ArticleRecord(
        id="t",
        text=TEXT,
        title="T",
        published="2021-03-27",
        url="https://example.org",
        source="Ex",
        actors=[col, rus, emb],
        events=[accuse, clash],
        quotes=[quote],
        places=[arauca],
        claims=[claim],
        counts=[count],
        provenance=Provenance("Ex", "Gestion", src, [], "0" * 40),
        failures=[Failure("places", "ValueError: x", "t")],
    )


def test_full_record_validates() -> None:
    assert validate(to_dict(full_record())) == []


def test_empty_record_validates() -> None:
    assert validate(to_dict(ArticleRecord(id="x", text="Nothing happened."))) == []


def _corrupt(path: list[str | int], value: Any) -> list[str]:
    rec = copy.deepcopy(to_dict(full_record()))
    obj = rec
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value
    return validate(rec)


def test_span_mismatch_is_reported() -> None:
    problems = _corrupt(["actors", 1, "start"], 0)
    assert any(p.startswith("/actors/1:") and "'Russia'" in p for p in problems)
    problems = _corrupt(["events", 0, "trigger", "text"], "blamed")
    assert any(p.startswith("/events/0/trigger:") for p in problems)
    problems = _corrupt(["claims", 0, "responses", 0, "responder", "end"], 10_000)
    assert any("outside the text" in p for p in problems)
    problems = _corrupt(["quotes", 0, "cue", "start"], 10_000)
    assert any(p.startswith("/quotes/0/cue:") and "is after end" in p for p in problems)
    problems = _corrupt(["events", 0, "date", "raw"], "on Monday")
    assert any(p.startswith("/events/0/date:") for p in problems)


def test_schema_violations_are_reported() -> None:
    assert any("/events/0/type" in p for p in _corrupt(["events", 0, "type"], "ATTACK"))
    assert any("/quotes/0/kind" in p for p in _corrupt(["quotes", 0, "kind"], "paraphrase"))
    assert any("/events/0/cameo" in p for p in _corrupt(["events", 0, "cameo"], 112))
    assert any("/schema_version" in p for p in _corrupt(["schema_version"], "0.1"))
    rec = to_dict(full_record())
    del rec["provenance"]
    assert any("'provenance' is a required property" in p for p in validate(rec))
    rec = to_dict(full_record())
    rec["actors"][0]["extra_field"] = 1
    assert any("Additional properties" in p for p in validate(rec))
