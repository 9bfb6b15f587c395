"""What a stage is, and the registry that finds stages by name.

A stage reads an :class:`Analysis` (the article, its :class:`~eventwire.nlp.ParsedDoc`
and the record built so far) and fills parts of ``analysis.record``. It declares

- ``name``: its registry name;
- ``requires``: the fields (see :mod:`.fields`: ``"doc"``, ``"events"``, ``"places"``, …)
  it reads, which earlier stages must fill;
- ``assigns``: the fields it fills, at field level: ``"places"`` and ``"events.place"``
  for a stage that also sets each event's place; ``"ext.NAME"`` for a plug-in's own output;
- ``cue_words``: lower-cased words that make a sentence worth a full dependency parse
  for this stage (see :mod:`eventwire.nlp.parse`);
- optionally ``ext_schema``: a JSON Schema fragment for the value it puts in
  ``record.ext[NAME]``, checked by :func:`eventwire.contract.validate`.

so that a pipeline can be checked before it runs, and a stage audited while it runs
(:mod:`.audit`: a write it did not declare, or a read of a field it does not require, is
an error). Built-in stages are registered through the same :func:`register` call a user's
plug-in would use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol, runtime_checkable

from ..errors import ConfigError
from ..model import Article, ArticleRecord
from ..nlp.document import ParsedDoc
from .fields import check_field, is_ext, parent


@dataclass(slots=True)
class Analysis:
    """The working state of one article while stages run: stages talk to each other only
    through the record's declared fields."""

    article: Article
    doc: ParsedDoc
    record: ArticleRecord


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
    """Raise :class:`ConfigError` unless every stage's requirements are filled before it,
    every field it names is known, a part of items (``events.place``) is assigned only after
    the items, and no two stages assign the same field."""
    available = {"doc"}
    owner: dict[str, str] = {}
    for stage in stages:
        for name in (*stage.requires, *stage.assigns):
            try:
                check_field(name)
            except ConfigError as exc:
                raise ConfigError(f"stage {stage.name!r}: {exc}") from None
        missing = set(stage.requires) - available
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns"
            )
        for name in stage.assigns:
            base = parent(name)
            if base is not None and base not in available and base not in stage.assigns:
                raise ConfigError(f"stage {stage.name!r} assigns {name!r} before any stage assigns {base!r}")
            if name in owner:
                raise ConfigError(f"stages {owner[name]!r} and {stage.name!r} both assign {name!r}")
            if is_ext(name) and name != f"ext.{stage.name}":
                raise ConfigError(f"stage {stage.name!r} may assign only its own ext field, ext.{stage.name}")
            owner[name] = stage.name
        available |= set(stage.assigns)
