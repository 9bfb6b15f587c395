"""Trigger rows for frequent news wording: verbal 'fire back', sports and election
'capture', forces pushed or driven out of a place, harassment."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord

STAGES = ("actors", "events")


def events(analyse: Callable[..., ArticleRecord], text: str) -> list[tuple[str, str]]:
    record = analyse(text, stages=STAGES, published="2023-05-12")
    return [(e.type, e.trigger.text) for e in record.events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader fired back at his critics on Tuesday.",
        "The minister fired back at the union over the pension reform.",
    ],
)
def test_firing_back_at_critics_is_verbal(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert [t for t, _ in events(analyse, text)] == ["ACCUSE"]


def test_troops_firing_back_is_an_assault(analyse: Callable[..., ArticleRecord]) -> None:
    got = events(analyse, "Soldiers fired back at the gunmen who attacked the checkpoint.")
    assert ("ASSAULT", "fired") in got


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party is capturing wins in rural districts.",
        "The home side captured the title after a late goal.",
        "Her speech captured the mood of the country.",
    ],
)
def test_capturing_wins_titles_or_moods_is_no_event(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert events(analyse, text) == []


def test_capturing_a_town_is_still_an_assault(analyse: Callable[..., ArticleRecord]) -> None:
    assert ("ASSAULT", "captured") in events(analyse, "Rebels captured the town of Kamina on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "The army pushed the rebels out of the northern town after heavy fighting.",
        "Government troops drove the militants from their last stronghold on Friday.",
    ],
)
def test_forces_pushed_out_of_a_place(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert "ASSAULT" in [t for t, _ in events(analyse, text)]


def test_harassment_by_police_is_coercion(analyse: Callable[..., ArticleRecord]) -> None:
    got = events(analyse, "Police harassed journalists outside the court on Monday.")
    assert ("COERCE", "harassed") in got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebel fighters began leaving their last bastion under an evacuation deal.", "leaving"),
        ("The militants abandoned their positions near the dam on Sunday.", "abandoned"),
        ("The army evacuated the base overnight after the ceasefire.", "evacuated"),
    ],
)
def test_forces_leaving_a_place_retreat(analyse: Callable[..., ArticleRecord], text: str, word: str) -> None:
    assert ("RETREAT", word) in events(analyse, text)


def test_leaving_without_forces_or_places_is_no_retreat(analyse: Callable[..., ArticleRecord]) -> None:
    assert "RETREAT" not in [t for t, _ in events(analyse, "The minister left the country after the talks.")]


def test_forces_advancing_in_a_short_sentence(analyse: Callable[..., ArticleRecord]) -> None:
    assert ("ASSAULT", "advanced") in events(analyse, "The rebels advanced on the town.")


def test_raids_by_aircraft_are_air_strikes(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("Raids by government warplanes killed 12 people in the village.", stages=STAGES)
    raid = next(e for e in record.events if e.trigger.text == "Raids")
    assert raid.type == "ASSAULT" and raid.mode == ["aerial"]


def test_a_hyphenated_protest_noun_is_one_trigger(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Teachers staged a sit-in outside the education ministry after police arrested two union leaders."
    record = analyse(text, stages=STAGES)
    sit_in = next(e for e in record.events if e.type == "PROTEST")
    assert sit_in.trigger.text == "staged a sit-in"
    assert [a.text for a in sit_in.source] == ["Teachers"]


def test_a_hyphen_spelling_finds_the_closed_word(analyse: Callable[..., ArticleRecord]) -> None:
    got = events(analyse, "A shoot-out between police and gunmen left two dead in the capital.")
    assert ("ASSAULT", "shoot-out") in got


def test_filming_a_clash_is_no_support_verb(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Police detained a journalist who was filming a clash between protesters and police."
    got = events(analyse, text)
    assert ("COERCE", "detained") in got
    assert [w for _, w in got if "clash" in w] == ["clash"]


@pytest.mark.parametrize(
    "text",
    [
        "The party won the election after a fierce battle for votes in the capital.",
        "Nurses have fought for better wages for years.",
        "The home side beat their rivals 3-1 on Sunday.",
    ],
)
def test_contests_for_votes_wages_or_titles_are_no_assault(
    analyse: Callable[..., ArticleRecord], text: str
) -> None:
    assert "ASSAULT" not in [t for t, _ in events(analyse, text)]


@pytest.mark.parametrize(
    "text",
    ["Rebels fought government troops for control of the town.", "Police beat protesters with batons."],
)
def test_fighting_and_beating_people_stay_assaults(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert "ASSAULT" in [t for t, _ in events(analyse, text)]
