"""PLOVER event types, checked against the events stage's documented table."""

from __future__ import annotations

from functools import lru_cache

from ..errors import ConfigError
from ..resources import data_path, read_tsv
from .errors import BadParameter


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    try:
        return frozenset(row["type"] for row in read_tsv(data_path("events/plover.tsv")))
    except (ConfigError, KeyError):
        return frozenset()


def event_type(parameter: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    known = plover_types()
    if known and value.upper() not in known:
        choices = ", ".join(sorted(known))
        raise BadParameter(parameter, f"{value!r} is not a PLOVER category; one of: {choices}")
    return value.upper()
