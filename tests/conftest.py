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


# One reason for every test that needs the shared data, so that a plain clone says once,
# clearly, why the quality gate did not run (see also pytest_report_header below).
SHARED_ABSENT = (
    f"shared gold sets absent: {SHARED} (eval/, examples/) sits beside the project's checkout and is "
    "not part of a clone (README: 'Gold sets'); the quality gate did not run. "
    "Set EVENTWIRE_REQUIRE_GOLD=1 to make this an error (CI does)"
)


def _need_shared(path: Path) -> Path:
    if not path.exists():
        if os.environ.get("EVENTWIRE_REQUIRE_GOLD"):
            pytest.fail(f"{path} is required (EVENTWIRE_REQUIRE_GOLD is set) but missing")
        pytest.skip(SHARED_ABSENT)
    return path


def pytest_report_header() -> str:
    if SHARED_EVAL.exists():
        return f"gold sets: {SHARED_EVAL}"
    return f"gold sets: ABSENT - the tests that need them skip with one reason: {SHARED_ABSENT}"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article (from ../shared/examples); tests using it skip where it is absent."""
    return _need_shared(SHARED / "examples" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """Directory of the development gold sets; tests that need it skip where it is absent."""
    return _need_shared(SHARED_EVAL)
