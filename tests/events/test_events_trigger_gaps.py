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
