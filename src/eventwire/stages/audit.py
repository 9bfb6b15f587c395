"""Hold a stage to its declared contract while it runs on a real article.

:func:`audit` runs one stage on an :class:`~eventwire.stages.base.Analysis` with every
record field it neither requires nor assigns replaced by a guard that refuses to be read or
changed, and compares the record before and after at field level. It returns the breaches:
a read of a field the stage does not require, and a write to a field (or a part of items,
``events.place``) it does not assign. The test suite audits every built-in stage on real
articles; a plug-in author can audit theirs the same way.

>>> problems = audit(stage, analysis)     # doctest: +SKIP
>>> assert not problems, problems
"""

from __future__ import annotations

from typing import Any, NoReturn

from ..model import to_dict
from .base import Analysis, Stage
from .fields import EXT, RECORD_FIELDS, top


class UndeclaredRead(AttributeError):
    """A stage touched a record field it did not declare."""


class _GuardedList(list[Any]):
    """Stands in for a list field the stage may not read."""

    def __init__(self, field: str) -> None:
        super().__init__()
        self._field = field

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise UndeclaredRead(f"read of record.{self._field}")

    __iter__ = __len__ = __getitem__ = __bool__ = __contains__ = _refuse
    append = extend = insert = remove = pop = sort = index = count = _refuse
    __setitem__ = __delitem__ = __iadd__ = _refuse


class _GuardedObject:
    """Stands in for an object field (provenance, ext) the stage may not read."""

    def __init__(self, field: str) -> None:
        object.__setattr__(self, "_field", field)

    def __getattr__(self, name: str) -> NoReturn:
        raise UndeclaredRead(f"read of record.{object.__getattribute__(self, '_field')}.{name}")

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise UndeclaredRead(f"write to record.{object.__getattribute__(self, '_field')}.{name}")

    def __getitem__(self, key: Any) -> NoReturn:
        raise UndeclaredRead(f"read of record.{object.__getattribute__(self, '_field')}[{key!r}]")


def _declared_tops(stage: Stage) -> set[str]:
    return {top(name) for name in (*stage.requires, *stage.assigns)}


def _changes(before: Any, after: Any, path: str) -> set[str]:
    """Field paths that differ: ``events`` for added/removed events, ``events.place`` for a
    part changed on existing items."""
    if isinstance(before, dict) and isinstance(after, dict):
        out: set[str] = set()
        for key in set(before) | set(after):
            if before.get(key) != after.get(key):
                out |= _changes(before.get(key), after.get(key), f"{path}.{key}" if path else key)
        return out
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after) and path:
        out = set()
        for b, a in zip(before, after, strict=True):
            out |= _changes(b, a, path)
        return out
    return {path}


def _allowed(change: str, assigns: tuple[str, ...]) -> bool:
    """Whether a changed path falls under one of the assigned fields."""
    if change.startswith(f"{EXT}."):
        name = ".".join(change.split(".")[:2])
        return name in assigns
    head, _, rest = change.partition(".")
    if head in assigns:
        return True
    part = rest.partition(".")[0]
    return bool(part) and f"{head}.{part}" in assigns


def audit(stage: Stage, analysis: Analysis) -> list[str]:
    """Run ``stage`` on ``analysis`` under guard; the contract breaches found, if any."""
    record = analysis.record
    before = to_dict(record)
    declared = _declared_tops(stage)
    saved: dict[str, Any] = {}
    for field in sorted(RECORD_FIELDS | {EXT}):
        if field in declared:
            continue
        saved[field] = getattr(record, field)
        guard = _GuardedList(field) if isinstance(saved[field], list) else _GuardedObject(field)
        setattr(record, field, guard)
    problems: list[str] = []
    try:
        stage(analysis)
    except UndeclaredRead as exc:
        problems.append(f"stage {stage.name!r}: {exc}, which it does not require")
    finally:
        for field, value in saved.items():
            setattr(record, field, value)
    after = to_dict(record)
    for change in sorted(_changes(before, after, "")):
        if not _allowed(change, stage.assigns):
            problems.append(f"stage {stage.name!r} wrote {change}, which it does not assign")
    return problems
