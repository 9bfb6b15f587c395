"""Fixtures for the places tests: the real gazetteer index and the real parser."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from eventwire.model import ActorMention, Article, ArticleRecord
from eventwire.nlp import ParsedDoc
from eventwire.places.gazetteer import Gazetteer, default_gazetteer
from eventwire.places.stage import PlaceStage
from eventwire.stages.base import Analysis


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The index in the cache directory (built on first use, ~10 s)."""
    return default_gazetteer()


@pytest.fixture(scope="session")
def place_stage(gazetteer: Gazetteer) -> PlaceStage:
    return PlaceStage()


@pytest.fixture(scope="session")
def places_of(parse: Callable[[str], ParsedDoc], place_stage: PlaceStage) -> Callable[..., Any]:
    """``places_of(text, actors=(), url=None, source=None)`` → (record, doc) after the places
    stage alone."""

    def run(text: str, actors: Sequence[ActorMention] = (), url: str | None = None,
            source: str | None = None) -> Any:
        doc = parse(text)
        record = ArticleRecord(id="t", text=text, actors=list(actors))
        article = Article(id="t", text=text, url=url, source=source)
        analysis = Analysis(article=article, doc=doc, record=record)
        place_stage(analysis)
        return record, doc

    return run
