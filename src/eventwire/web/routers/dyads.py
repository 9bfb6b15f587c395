"""``/api/dyads/{a}/{b}/timeline``: events between two actors (either way) per period."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from ...store import EventFilter, Store
from ..actors import actor_code
from ..cache import Aggregates
from ..deps import aggregates, store
from ..params import iso_date
from ..query import EventQuery, find_events
from ..timeline import timeline
from ..types import event_type

router = APIRouter(prefix="/api", tags=["dyads"])


@router.get("/dyads/{a}/{b}/timeline", summary="Dyad timeline: counts by type and QuadClass, mean Goldstein")
def dyad_timeline(
    a: str, b: str, db: Annotated[Store, Depends(store)], cache: Annotated[Aggregates, Depends(aggregates)],
    interval: Annotated[Literal["day", "week", "month"], Query()] = "month",
    since: Annotated[str | None, Query(description="On or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="On or before YYYY[-MM[-DD]].")] = None,
    type: Annotated[str | None, Query(description="PLOVER type.")] = None,
) -> JSONResponse:
    code_a, code_b = actor_code("a", a), actor_code("b", b)
    assert code_a is not None and code_b is not None
    where = EventFilter(actor=code_a, since=iso_date("since", since), until=iso_date("until", until),
                        type=event_type("type", type))
    key = ("timeline", code_a, code_b, interval, where.since, where.until, where.type)
    return JSONResponse(cache.get(db, key, lambda: timeline(
        find_events(db, EventQuery(where=where, partner=code_b), None), code_a, code_b, interval)))
