"""Possessors and owners: "Taiwan's Ministry of National Defence ... It said" is the
ministry, the ministry is Taiwan's, and "the US State Department said" is a seat of power
acting, not a place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention

from .conftest import FindActors


@pytest.fixture(scope="module")
def actors(actors_on: Callable[[str | None], FindActors]) -> FindActors:
    return actors_on("2024-10-15")


def _one(found: list[ActorMention], text: str) -> ActorMention:
    hits = [m for m in found if m.text == text]
    assert hits, [m.text for m in found]
    return hits[0]


def test_it_in_next_sentence_is_the_owned_body(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Kenya's National Police Service said it had arrested 40 people. "
                   "It said the protest was illegal.")
    office = next(m for m in found if m.text.startswith("National Police Service"))
    later = _one(found, "It")
    assert later.entity == office.entity


def test_owned_body_takes_the_owner_country(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Chile's National Institute of Human Rights said it had filed a complaint.")
    body = next(m for m in found if m.text.startswith("National Institute of Human Rights"))
    assert body.code == "CHL" and body.reason is None


def test_seat_after_a_country_name_acts(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The US State Department said it was seriously concerned about the vote.")
    seat = _one(found, "State Department")
    assert seat.kind == "metonym" and seat.code == "USA"


def test_seat_after_a_preposition_stays_a_place(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Officials gathered in the Kremlin on Monday.")
    assert _one(found, "Kremlin").kind == "location"
