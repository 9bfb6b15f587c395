"""The ``gdelt-tsv`` format: the GDELT 2.0 event table, 61 tab-separated columns in GDELT's
order, without a header as GDELT ships it (``ExportOptions.header`` adds :data:`COLUMNS`).

One row per event, its first source actor as Actor1 and its first target as Actor2. The
mapping of every column, and what eventwire cannot fill, is documented in ``docs/export.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..model import ActorMention
from .codes import actor_type, cameo_actor_code, cameo_parts, date_added, day_of, fraction_date, numeric_id
from .gdelt_geo import Admin1Lookup, gazetteer_admin1, geo_fields
from .output import text_output
from .registry import ExportOptions
from .select import EventRow

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

# GDELT 2.0 event table columns, in order (GDELT Event Codebook V2.0)
COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)


def _actor(actors: list[ActorMention]) -> tuple[object, ...]:
    if not actors:
        return (None,) * len(_ACTOR)
    a = actors[0]
    return (cameo_actor_code(a), a.name.upper() if a.name else None, a.country, None, None, None,
            None, actor_type(a), None, None)


def _dates(row: EventRow) -> tuple[object, ...]:
    date = row.event.date
    exact = date is not None and date.granularity == "day"
    day = day_of(date.value if exact and date else None) or day_of(row.record.published)
    if day is None:
        return None, None, None, None
    return int(day.strftime("%Y%m%d")), int(day.strftime("%Y%m")), day.year, fraction_date(day)


def _sources(row: EventRow) -> int:
    """Independent sources of the article's story (a republished copy is not one more)."""
    return row.record.provenance.independent_sources or 1


def gdelt_row(row: EventRow, admin1: Admin1Lookup = gazetteer_admin1) -> tuple[object, ...]:
    """The 61 values of one event, in :data:`COLUMNS` order (``None`` for an empty cell)."""
    e, rec = row.event, row.record
    sources = _sources(row)
    values = (
        numeric_id(rec.id, e.id), *_dates(row), *_actor(e.source), *_actor(e.target),
        int(row.in_lead), *cameo_parts(e.cameo), e.quad_class, e.goldstein,
        sources, sources, sources, None,
        *(None,) * len(_GEO), *(None,) * len(_GEO), *geo_fields(e.place, admin1),
        date_added(rec.published), rec.url,
    )
    return values


def _cell(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def write(rows: Iterable[EventRow], out: Path, options: ExportOptions) -> int:
    written = 0
    with text_output(out, newline="") as handle:
        if options.header:
            handle.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(_cell(v) for v in gdelt_row(row)) + "\n")
            written += 1
    return written
