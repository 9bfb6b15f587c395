"""The ``plover-jsonl`` format: one event per line in the PLOVER 0.8 / POLECAT field layout.

The top-level fields follow POLECAT's columns in snake case (``event_id``, ``event_date``,
``event_type``, ``event_mode``, ``contexts``, ``quad_code``, ``actor_name``,
``actor_country``, ``actor_sector``, ``actor_wikidata``, ``recipient_*``, ``placename``,
``latitude``, ``longitude``, ``geonames_id``, ``story_id``, ``publication_date``,
``headline``, ``version``); ``actors`` and ``recipients`` list every actor of each side;
``evidence`` holds eventwire's character spans into the article (trigger, sentence, each
actor's mention, the date words, the place name). Every line states the codebook version
(``version: "PLOVER 0.8"``) and eventwire's record schema version.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..model import ActorMention, Place
from .codes import cameo_actor_code
from .output import text_output
from .registry import ExportOptions
from .select import EventRow

FORMAT_VERSION = "1"  # of this line layout


def _span(start: int | None, end: int | None, text: str | None) -> dict[str, Any] | None:
    return None if start is None or end is None else {"start": start, "end": end, "text": text}


def actor(a: ActorMention) -> dict[str, Any]:
    return {
        "name": a.name, "name_raw": a.text, "code": cameo_actor_code(a), "country": a.country,
        "sector": a.sector, "wikidata": a.wikidata, "title": a.role, "affiliation": a.affiliation,
        "type": a.kind, "span": _span(a.start, a.end, a.text),
    }


def _primary(prefix: str, actors: list[ActorMention]) -> dict[str, Any]:
    first = actor(actors[0]) if actors else {}
    keys = ("name", "name_raw", "code", "country", "sector", "wikidata", "title")
    return {f"{prefix}_{k}": first.get(k) for k in keys}


def _location(place: Place | None) -> dict[str, Any]:
    p = place
    return {
        "placename": p.name if p else None, "raw_placename": p.text if p else None,
        "province": p.admin1 if p else None, "country": p.country if p else None,
        "latitude": p.lat if p else None, "longitude": p.lon if p else None,
        "geonames_id": p.geonames_id if p else None, "feature_type": p.feature_code if p else None,
        "location_kind": p.kind if p else None,
    }


def _evidence(row: EventRow) -> dict[str, Any]:
    e = row.event
    return {
        "trigger": _span(e.trigger.start, e.trigger.end, e.trigger.text),
        "sentence": _span(e.sentence.start, e.sentence.end, e.sentence.text),
        "actors": [_span(a.start, a.end, a.text) for a in e.source],
        "recipients": [_span(a.start, a.end, a.text) for a in e.target],
        "date": _span(e.date.start, e.date.end, e.date.raw) if e.date else None,
        "location": _span(e.place.start, e.place.end, e.place.text) if e.place else None,
    }


def line(row: EventRow) -> dict[str, Any]:
    """The JSON object of one event."""
    e, rec = row.event, row.record
    return {
        "event_id": e.id, "story_id": rec.id,
        "event_date": row.day, "event_date_raw": e.date.raw if e.date else None,
        "event_date_granularity": e.date.granularity if e.date else None,
        "event_type": e.type, "event_mode": list(e.mode), "contexts": list(e.context),
        "quad_code": e.quad_class, "cameo_code": e.cameo, "goldstein": e.goldstein,
        **_primary("actor", e.source), **_primary("recipient", e.target),
        "actors": [actor(a) for a in e.source], "recipients": [actor(a) for a in e.target],
        **_location(e.place),
        "negated": e.negated, "hypothetical": e.hypothetical, "reported": e.reported,
        "reported_by": e.reported_by, "confidence": e.confidence, "rule": e.rule,
        "event_text": e.sentence.text, "evidence": _evidence(row),
        "publication_date": rec.published, "headline": rec.title, "url": rec.url,
        "source": rec.provenance.source or rec.source,
        "independent_sources": rec.provenance.independent_sources,
        "republished_from": rec.provenance.republished_from,
        "version": f"PLOVER {rec.plover_version}", "schema_version": rec.schema_version,
        "format_version": FORMAT_VERSION,
    }


def write(rows: Iterable[EventRow], out: Path, options: ExportOptions) -> int:
    written = 0
    with text_output(out) as handle:
        for row in rows:
            handle.write(json.dumps(line(row), ensure_ascii=False) + "\n")
            written += 1
    return written
