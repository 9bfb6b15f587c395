"""The record fields a stage may name in ``requires`` and ``assigns``.

A field is a top-level part of :class:`~eventwire.model.ArticleRecord` (``"events"``), a
part of each item of one (``"events.place"``: the place set on every event;
``"events.counts"``), the parse (``"doc"``), or a plug-in's own output under ``ext``
(``"ext.my_stage"``, stored in ``record.ext["my_stage"]``). A stage that assigns a part of
another stage's items (``events.place``) must run after the stage that assigns the items.

>>> check_field("events.place")
>>> parent("events.place")
'events'
"""

from __future__ import annotations

from ..errors import ConfigError

#: top-level record fields a stage can fill or read
RECORD_FIELDS = frozenset({"actors", "events", "quotes", "places", "claims", "counts", "provenance"})
#: parts of items that a later stage fills in (``field.part``)
ITEM_FIELDS = frozenset({"events.place", "events.counts"})
PSEUDO_FIELDS = frozenset({"doc"})
EXT = "ext"


def is_ext(name: str) -> bool:
    head, dot, rest = name.partition(".")
    return head == EXT and dot == "." and rest.isidentifier()


def check_field(name: str) -> None:
    """Raise :class:`ConfigError` unless ``name`` is a known field."""
    if name in RECORD_FIELDS or name in ITEM_FIELDS or name in PSEUDO_FIELDS or is_ext(name):
        return
    known = sorted(RECORD_FIELDS | ITEM_FIELDS | PSEUDO_FIELDS)
    raise ConfigError(f"unknown record field {name!r}; known: {', '.join(known)}, or ext.NAME for a plug-in")


def parent(name: str) -> str | None:
    """The field whose items ``name`` is a part of (``events`` for ``events.place``)."""
    if name in ITEM_FIELDS:
        return name.partition(".")[0]
    return None


def top(name: str) -> str:
    """The top-level record attribute that holds ``name`` (``ext`` for ``ext.NAME``)."""
    return name.partition(".")[0]
