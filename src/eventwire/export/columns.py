"""The flat event table shared by the ``csv`` and ``parquet`` formats: one row per event.

Each :class:`Column` has a name, a type (``str``, ``int``, ``float``, ``bool`` or ``list``
of strings) and the function that reads it from an :class:`~.select.EventRow`. The first
source and target actors fill the ``source_*`` / ``target_*`` columns; ``source_codes`` and
``target_codes`` list every actor of the side (CAMEO actor codes, "" for an uncoded actor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ..model import ActorMention
from .codes import cameo_actor_code
from .select import EventRow

Kind = Literal["str", "int", "float", "bool", "list"]


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    get: Callable[[EventRow], Any]


def _month(row: EventRow) -> str | None:
    day = row.day
    return day[:7] if day and len(day) >= 7 and day[4] == "-" else None


def _actor_columns(side: Literal["source", "target"]) -> list[Column]:
    def first(row: EventRow) -> ActorMention | None:
        actors = getattr(row.event, side)
        return actors[0] if actors else None

    def field(attr: str) -> Callable[[EventRow], Any]:
        return lambda row: getattr(a, attr) if (a := first(row)) is not None else None

    return [
        Column(f"{side}_code", "str", lambda row: cameo_actor_code(a) if (a := first(row)) else None),
        Column(f"{side}_name", "str", field("name")),
        Column(f"{side}_country", "str", field("country")),
        Column(f"{side}_sector", "str", field("sector")),
        Column(f"{side}_wikidata", "str", field("wikidata")),
        Column(f"{side}_text", "str", field("text")),
        Column(f"{side}_codes", "list",
               lambda row: [cameo_actor_code(a) or "" for a in getattr(row.event, side)]),
        Column(f"{side}_names", "list", lambda row: [a.name for a in getattr(row.event, side)]),
    ]


def _place(attr: str) -> Callable[[EventRow], Any]:
    return lambda row: getattr(p, attr) if (p := row.event.place) is not None else None


def _date(attr: str) -> Callable[[EventRow], Any]:
    return lambda row: getattr(d, attr) if (d := row.event.date) is not None else None


COLUMNS: tuple[Column, ...] = (
    Column("article_id", "str", lambda r: r.record.id),
    Column("event_id", "str", lambda r: r.event.id),
    Column("type", "str", lambda r: r.event.type),
    Column("mode", "list", lambda r: list(r.event.mode)),
    Column("context", "list", lambda r: list(r.event.context)),
    Column("cameo", "str", lambda r: r.event.cameo),
    Column("quad_class", "int", lambda r: r.event.quad_class),
    Column("goldstein", "float", lambda r: r.event.goldstein),
    Column("date", "str", lambda r: r.day),
    Column("month", "str", _month),
    Column("date_raw", "str", _date("raw")),
    Column("date_granularity", "str", _date("granularity")),
    Column("date_basis", "str", _date("basis")),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("place_name", "str", _place("name")),
    Column("place_text", "str", _place("text")),
    Column("place_kind", "str", _place("kind")),
    Column("place_country", "str", _place("country")),
    Column("place_admin1", "str", _place("admin1")),
    Column("place_lat", "float", _place("lat")),
    Column("place_lon", "float", _place("lon")),
    Column("place_geonames_id", "int", _place("geonames_id")),
    Column("place_feature_code", "str", _place("feature_code")),
    Column("negated", "bool", lambda r: r.event.negated),
    Column("hypothetical", "bool", lambda r: r.event.hypothetical),
    Column("reported", "bool", lambda r: r.event.reported),
    Column("reported_by", "str", lambda r: r.event.reported_by),
    Column("confidence", "float", lambda r: r.event.confidence),
    Column("rule", "str", lambda r: r.event.rule),
    Column("trigger_text", "str", lambda r: r.event.trigger.text),
    Column("trigger_start", "int", lambda r: r.event.trigger.start),
    Column("trigger_end", "int", lambda r: r.event.trigger.end),
    Column("sentence", "str", lambda r: r.event.sentence.text),
    Column("sentence_start", "int", lambda r: r.event.sentence.start),
    Column("sentence_end", "int", lambda r: r.event.sentence.end),
    Column("published", "str", lambda r: r.record.published),
    Column("title", "str", lambda r: r.record.title),
    Column("url", "str", lambda r: r.record.url),
    Column("publisher", "str", lambda r: r.record.provenance.source or r.record.source),
    Column("independent_sources", "int", lambda r: r.record.provenance.independent_sources),
    Column("republished_from", "str", lambda r: r.record.provenance.republished_from),
    Column("plover_version", "str", lambda r: r.record.plover_version),
)

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)


def flat_row(row: EventRow) -> dict[str, Any]:
    """The values of every column for one event (lists stay lists)."""
    return {c.name: c.get(row) for c in COLUMNS}
