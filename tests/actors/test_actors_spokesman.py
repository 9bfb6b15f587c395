"""A spokesman introduced by a long "for the ... of the ..." phrase and named after the
comma ("a spokesman for the Northern Command of the Indian Army, Senior Colonel X") is
that person, and speaks for the body named in the phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention

from .conftest import FindActors


@pytest.fixture(scope="module")
def actors(actors_on: Callable[[str | None], FindActors]) -> FindActors:
    return actors_on("2023-05-01")


def test_spokesman_named_after_a_long_phrase(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors('"The patrol was routine," said a spokesman for the Northern Command of the Indian Army, '
                   "Senior Colonel Rajesh Kumar.")
    spokesman = next(m for m in found if m.text == "spokesman")
    person = next(m for m in found if m.text.endswith("Rajesh Kumar"))
    assert spokesman.entity == person.entity
    assert person.code == "IND" and person.sector == "MIL"


def test_spokesman_for_an_unknown_command_of_a_known_force(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Peru and Chile held talks in Lima on Monday. A spokesman for the Eastern Naval "
                   "Command of the Chilean Navy said the exercise would go ahead.")
    spokesman = next(m for m in found if m.text == "spokesman")
    assert spokesman.code == "CHL"
