"""``/api/events``: events matching every given filter, in stable order."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import EventFilter, Store
from ..actors import actor_code
from ..deps import store
from ..errors import BadParameter
from ..params import Format, Km, Limit, Offset, Page, iso_date, paged_from, point
from ..query import EventQuery, event_row, find_events
from ..types import event_type

router = APIRouter(prefix="/api", tags=["events"])

Actor = Annotated[str | None, Query(max_length=100, description="Actor code (COL, COLGOV) or name (Russia).")]


def event_query(
    actor: Actor = None, source: Actor = None, target: Actor = None,
    partner: Annotated[str | None, Query(max_length=100,
                                         description="With actor: only events between the two.")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, e.g. ACCUSE.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4.")] = None,
    since: Annotated[str | None, Query(description="On or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="On or before YYYY[-MM[-DD]].")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{3}$", description="Place ISO alpha-3.")] = None,
    near: Annotated[str | None, Query(description="LAT,LON of a point.")] = None,
    km: Km = 50.0,
    q: Annotated[str | None, Query(max_length=200, description="Text in the evidence sentence.")] = None,
    negated: Annotated[bool | None, Query(description="Negated (true) or not.")] = None,
    hypothetical: Annotated[bool | None, Query(description="Hypothetical (true) or not.")] = None,
    article: Annotated[str | None, Query(max_length=200)] = None,
    originals: Annotated[bool, Query(description="Leave out republished copies.")] = False,
) -> EventQuery:
    """The filters of an events query, checked (dates, point, type, actors)."""
    if partner and not actor:
        raise BadParameter("partner", "needs actor (the other side of the dyad)")
    where = EventFilter(
        actor=actor_code("actor", actor), source=actor_code("source", source),
        target=actor_code("target", target), type=event_type("type", type),
        since=iso_date("since", since), until=iso_date("until", until),
        country=country.upper() if country else None, near=point("near", near), km=km,
        article=article or None, originals=originals)
    return EventQuery(where=where, partner=actor_code("partner", partner), quad_class=quad_class,
                      negated=negated, hypothetical=hypothetical, text=q or None)


@router.get("/events", summary="Events matching every given filter")
def list_events(
    db: Annotated[Store, Depends(store)], query: Annotated[EventQuery, Depends(event_query)],
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    hits = find_events(db, query, page.limit + 1, page.offset)
    return paged_from([event_row(h) for h in hits], page, format)
