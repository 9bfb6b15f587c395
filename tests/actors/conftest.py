"""Fixtures for the actors tests: the real actors stage over the real parser."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.actors.stage import ActorStage
from eventwire.model import ActorMention
from eventwire.nlp import ParsedDoc

FindActors = Callable[..., list[ActorMention]]


@pytest.fixture(scope="session")
def actors_on(parse: Callable[[str], ParsedDoc]) -> Callable[[str | None], FindActors]:
    """``actors_on(day)`` → ``find(text, published=day)``: the actors stage's mentions in
    ``text``, for an article published on ``day`` unless another date (or None) is given."""
    stage = ActorStage()

    def on(day: str | None) -> FindActors:
        def find(text: str, published: str | None = day) -> list[ActorMention]:
            return stage.find(parse(text), published)

        return find

    return on
