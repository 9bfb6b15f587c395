"""``/api/summary`` (the dashboard's figures), ``/api/map`` (events with coordinates) and
``/api/basemap`` (country outlines for the map, shipped with the package)."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from ...store import Store
from .. import sqlread
from ..cache import Aggregates
from ..deps import aggregates, store
from ..geo import BASEMAP_SOURCE, country_points, country_shapes
from ..query import EventQuery, event_row, find_events
from .events import event_query

router = APIRouter(prefix="/api", tags=["overview"])
MAP_EVENTS = 5_000


@router.get("/summary", summary="Totals, events by type and month, top dyads, latest notable claims")
def summary(db: Annotated[Store, Depends(store)],
            cache: Annotated[Aggregates, Depends(aggregates)]) -> JSONResponse:
    return JSONResponse(cache.get(db, "summary", lambda: summary_data(db)))


def summary_data(db: Store) -> dict[str, Any]:
    stats = db.article_stats()
    return {
        "articles": stats.count, "originals": stats.originals, "copies": stats.copies,
        "first_published": stats.first_published, "last_published": stats.last_published,
        "publishers": [{"source": s, "articles": n} for s, n in stats.publishers[:10]],
        "tables": db.table_counts(),
        "event_types": [{"type": t, "events": n} for t, n in db.event_types()],
        "events_by_month": sqlread.events_by_month(db),
        "top_dyads": [dataclasses.asdict(p) for p in db.actor_pairs(limit=10)],
        "claim_statuses": [{"status": s, "claims": n} for s, n in db.claim_statuses()],
        "latest_claims": sqlread.latest_claims(db, 8),
    }


@router.get("/map", summary="Events placed at coordinates (same filters as /api/events)")
def map_points(
    db: Annotated[Store, Depends(store)], query: Annotated[EventQuery, Depends(event_query)],
    limit: Annotated[int, Query(ge=1, le=MAP_EVENTS)] = MAP_EVENTS,
) -> JSONResponse:
    points: list[dict[str, Any]] = []
    for hit in find_events(db, query, None):
        place = hit.event.place
        if place is None or place.lat is None or place.lon is None:
            continue
        row = event_row(hit, shape=lambda e: {"id": e.id, "type": e.type, "trigger": e.trigger.text,
                                              "quad_class": e.quad_class, "sentence": e.sentence.text})
        points.append({**row, "lat": place.lat, "lon": place.lon, "place": place.name,
                       "country": place.country})
        if len(points) >= limit:
            break
    return JSONResponse({"points": points, "countries": country_points()})


@router.get("/basemap", summary="Country outlines for the map (Natural Earth 1:110m, shipped with eventwire)")
def basemap() -> JSONResponse:
    """The same for every store and every request, so browsers may keep it for a day."""
    return JSONResponse({"source": BASEMAP_SOURCE, "countries": country_shapes()},
                        headers={"Cache-Control": "public, max-age=86400"})
