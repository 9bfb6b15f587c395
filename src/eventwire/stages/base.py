"""What a stage is, and the registry that finds stages by name.

A stage reads an :class:`Analysis` (the article, its :class:`~eventwire.nlp.ParsedDoc`
and the record built so far) and fills parts of ``analysis.record``. It declares

- ``name``: its registry name;
- ``requires``: record fields (or ``"doc"``) that must be filled before it runs;
- ``assigns``: record fields it fills;
- ``cue_words``: lower-cased words that make a sentence worth a full dependency parse
  for this stage (see :mod:`eventwire.nlp.parse`).

so that a pipeline can be checked before it runs. Built-in stages are registered through
the same :func:`register` call a user's plug-in would use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from ..errors import ConfigError
from ..model import Article, ArticleRecord
from ..nlp.document import ParsedDoc

FIELDS = frozenset(
    {"doc", "actors", "events", "quotes", "places", "claims", "counts", "provenance"}
)


@dataclass(slots=True)
class Analysis:
    """The working state of one article while stages run."""

    article: Article
    doc: ParsedDoc
    record: ArticleRecord
    # Side information one stage leaves for later ones (e.g. coreference chains), keyed by
    # "<stage>.<what>". Not part of the output contract.
    notes: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]
    cue_words: frozenset[str]

    def __call__(self, analysis: Analysis) -> None: ...


StageFactory = Callable[..., Stage]

_registry: dict[str, StageFactory | str] = {}


def register(name: str, factory: StageFactory | str) -> None:
    """Register a stage factory under ``name``. ``factory`` is a callable taking keyword
    options and returning a :class:`Stage`, or a ``"module:attribute"`` path imported on
    first use (so registering costs nothing at import time)."""
    _registry[name] = factory


def registered() -> list[str]:
    return sorted(_registry)


def create(name: str, **options: Any) -> Stage:
    """Build the stage registered as ``name`` with ``options``."""
    try:
        factory = _registry[name]
    except KeyError:
        raise ConfigError(
            f"unknown stage {name!r}; registered stages: {', '.join(registered())}"
        ) from None
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        try:
            factory = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"stage {name!r} cannot be imported from {module}:{attr}: {exc}") from exc
        _registry[name] = factory
    assert callable(factory)
    stage = factory(**options)
    for attr in ("name", "requires", "assigns", "cue_words"):
        if not hasattr(stage, attr):
            raise ConfigError(f"stage {name!r} has no {attr!r} attribute")
    return stage


def check_order(stages: list[Stage]) -> None:
    """Raise :class:`ConfigError` unless every stage's requirements are filled before it."""
    available = {"doc"}
    for stage in stages:
        unknown = (set(stage.requires) | set(stage.assigns)) - FIELDS
        if unknown:
            raise ConfigError(f"stage {stage.name!r} names unknown fields: {sorted(unknown)}")
        missing = set(stage.requires) - available
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns"
            )
        available |= set(stage.assigns)
