"""``/api/actors`` and ``/api/network``: actors with their event counts and top partners,
and the actor network (dyads as weighted edges with their mean Goldstein score)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from ...store import EventFilter, Store
from ..cache import Aggregates
from ..deps import aggregates, store
from ..network import MAX_EVENTS, actor_table, network
from ..params import Format, Limit, Offset, Page, iso_date, paged
from ..types import event_type

router = APIRouter(prefix="/api", tags=["actors"])


@router.get("/actors", summary="Actors (codes) with event counts and top partners")
def list_actors(
    db: Annotated[Store, Depends(store)], cache: Annotated[Aggregates, Depends(aggregates)],
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    return paged(cache.get(db, "actors", lambda: actor_table(db.actor_pairs(limit=100_000))), page, format)


@router.get("/network", summary="Actor network: dyads as edges with counts and mean Goldstein")
def get_network(
    db: Annotated[Store, Depends(store)], cache: Annotated[Aggregates, Depends(aggregates)],
    since: Annotated[str | None, Query(description="On or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="On or before YYYY[-MM[-DD]].")] = None,
    type: Annotated[str | None, Query(description="PLOVER type.")] = None,
    min_events: Annotated[int, Query(ge=1, le=1000, description="Leave out thinner edges.")] = 1,
) -> JSONResponse:
    where = EventFilter(since=iso_date("since", since), until=iso_date("until", until),
                        type=event_type("type", type), limit=MAX_EVENTS)
    key = ("network", where.since, where.until, where.type, min_events)
    return JSONResponse(cache.get(db, key, lambda: network(db.events(where), min_events)))
