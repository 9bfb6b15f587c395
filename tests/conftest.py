"""Shared fixtures: the real spaCy model, loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article, ArticleRecord
from eventwire.nlp import ParsedDoc, Parser, load_nlp
from eventwire.pipeline import Pipeline, PipelineConfig

SHARED = Path(__file__).resolve().parents[2] / "shared"
SHARED_EVAL = SHARED / "eval"

# Caches (the places gazetteer index) stay inside the checkout during tests.
os.environ.setdefault("EVENTWIRE_CACHE", str(Path(__file__).resolve().parents[1] / ".eventwire" / "cache"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="session")
def parse(nlp: Any) -> Callable[[str], ParsedDoc]:
    """Parse a text with every sentence fully parsed."""
    parser = Parser(nlp, mode="full")
    return parser.parse


@pytest.fixture(scope="session")
def analyse(nlp: Any) -> Callable[..., ArticleRecord]:
    """``analyse(text, stages=("actors",), published=None)`` → ArticleRecord, real pipeline."""
    cache: dict[tuple[str, ...], Pipeline] = {}

    def run(text: str, stages: Sequence[str] = ("actors",), published: str | None = None,
            article_id: str = "test") -> ArticleRecord:
        key = tuple(stages)
        if key not in cache:
            cache[key] = Pipeline(PipelineConfig(stages=key, parse="full"), nlp=nlp)
        return cache[key].analyse(Article(id=article_id, text=text, published=published))

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (from ../shared/examples); tests using it skip where it is absent."""
    path = SHARED / "examples" / "seed-article.txt"
    if not path.exists():
        pytest.skip("../shared/examples/seed-article.txt is not present on this machine")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """Directory of the development gold sets; tests that need it skip where it is absent."""
    if not SHARED_EVAL.exists():
        if os.environ.get("EVENTWIRE_REQUIRE_GOLD"):
            pytest.fail("../shared/eval is required (EVENTWIRE_REQUIRE_GOLD is set) but missing")
        pytest.skip("../shared/eval is not present on this machine")
    return SHARED_EVAL
