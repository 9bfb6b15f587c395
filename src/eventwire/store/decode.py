"""Rebuild record data classes from their JSON form, fast.

The same mapping as :func:`eventwire.model.record_from_dict`, for any data class of the
model (an :class:`~eventwire.model.Event`, a :class:`~eventwire.model.Quote`, ...), with the
type hints of each class resolved once instead of on every object: queries return
thousands of them.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, TypeVar

T = TypeVar("T")


_FIELDS: dict[type[Any], tuple[tuple[str, Any], ...]] = {}


def _fields(cls: type[Any]) -> tuple[tuple[str, Any], ...]:
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls)
        found = _FIELDS[cls] = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))
    return found


def build(cls: type[T], data: dict[str, Any]) -> T:
    """``cls`` rebuilt from ``to_dict`` output (unknown keys are ignored)."""
    kwargs = {name: _convert(hint, data[name]) for name, hint in _fields(cls) if name in data}
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            if arg is not type(None):
                return _convert(arg, value)
    if origin is list:
        (arg,) = typing.get_args(hint)
        return [_convert(arg, v) for v in value]
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return build(hint, value)
    return value
