"""The HTML pages: ``/``, ``/articles/{id}``, ``/events``, ``/dyads/{a}/{b}``, ``/network``,
``/claims``, ``/map``, ``/search``. Thin: each renders what the API routes compute."""

from __future__ import annotations

from typing import Annotated, Any, get_args
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ...store import Store
from .. import sqlread
from ..actors import actor_code
from ..cache import Aggregates
from ..deps import aggregates, store
from ..errors import BadParameter
from ..evidence import KINDS, marks, segments
from ..ledger import threads
from ..params import MAX_KM
from ..query import day_of, event_row, find_events
from ..templating import page
from .claims import Status
from .events import event_query
from .overview import summary_data

router = APIRouter(include_in_schema=False)
EVENT_FIELDS = (("actor", "Actor"), ("partner", "Partner"), ("type", "Type"), ("since", "Since"),
                ("until", "Until"), ("country", "Country"), ("near", "Near LAT,LON"), ("km", "Km"),
                ("q", "Sentence has"))
PAGE = 50


def _not_found(request: Request, message: str) -> HTMLResponse:
    response = page(request, "error.html", "Not found", message=message)
    response.status_code = 404
    return response


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, db: Annotated[Store, Depends(store)],
              cache: Annotated[Aggregates, Depends(aggregates)]) -> HTMLResponse:
    s = cache.get(db, "summary", lambda: summary_data(db))
    listed = sqlread.articles(db, 21)
    return page(request, "dashboard.html", "Dashboard", data={"events_by_month": s["events_by_month"]},
                s=s, articles=listed[:20], more_articles=len(listed) > 20)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str, db: Annotated[Store, Depends(store)]) -> HTMLResponse:
    record = db.get(article_id)
    if record is None:
        return _not_found(request, f"No article with id {article_id!r}.")
    spans, cards = marks(record)
    return page(request, "article.html", record.title or record.id, data={"cards": cards},
                record=record, segments=segments(record.text, spans), kinds=KINDS)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, db: Annotated[Store, Depends(store)]) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if v and k != "offset"}
    raw_offset = request.query_params.get("offset", "0")
    offset = int(raw_offset) if raw_offset.isdigit() else 0
    rows: list[dict[str, Any]] = []
    error = None
    more = False
    try:
        get = params.get
        quad = get("quad_class", "")
        query = event_query(actor=get("actor"), partner=get("partner"), type=get("type"), since=get("since"),
                            until=get("until"), country=get("country"), q=get("q"), near=get("near"),
                            km=_km(get("km")), negated=_flag(get("negated")),
                            hypothetical=_flag(get("hypothetical")),
                            quad_class=int(quad) if quad in ("1", "2", "3", "4") else None)
        hits = find_events(db, query, PAGE + 1, offset)
        more = len(hits) > PAGE
        for hit in hits[:PAGE]:
            row = event_row(hit)
            row["day"] = day_of(hit)
            row["source"] = ", ".join(m.actor_code or m.name for m in hit.event.source)
            row["target"] = ", ".join(m.actor_code or m.name for m in hit.event.target)
            rows.append(row)
    except BadParameter as exc:
        error = str(exc)
    return page(request, "events.html", "Events", rows=rows, params=params, fields=EVENT_FIELDS,
                query=urlencode(params), error=error, prev=max(0, offset - PAGE) if offset else None,
                next=offset + PAGE if more else None)


def _flag(value: str | None) -> bool | None:
    return {"true": True, "false": False}.get(value or "")


def _km(value: str | None) -> float:
    if not value:
        return 50.0
    try:
        km = float(value)
    except ValueError:
        raise BadParameter("km", f"expected a number of kilometres, got {value!r}") from None
    if not 0 < km <= MAX_KM:
        raise BadParameter("km", f"must be above 0 and at most {MAX_KM:g}, got {value!r}")
    return km


@router.get("/dyads", response_class=HTMLResponse, response_model=None)
def dyad_pick(request: Request) -> HTMLResponse | RedirectResponse:
    a, b = request.query_params.get("a", "").strip(), request.query_params.get("b", "").strip()
    if not a or not b:
        return page(request, "error.html", "Dyad timeline", message="Give two actors, e.g. /dyads/COL/RUS.")
    interval = request.query_params.get("interval", "month")
    return RedirectResponse(f"/dyads/{a}/{b}?" + urlencode({"interval": interval}), status_code=303)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, a: str, b: str, interval: str = "month") -> HTMLResponse:
    try:
        code_a, code_b = actor_code("a", a), actor_code("b", b)
    except BadParameter as exc:
        return page(request, "error.html", "Dyad timeline", message=str(exc))
    interval = interval if interval in ("day", "week", "month") else "month"
    return page(request, "dyad.html", f"{code_a}–{code_b}", a=code_a, b=code_b, interval=interval,
                data={"a": code_a, "b": code_b, "interval": interval})


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, db: Annotated[Store, Depends(store)], actor: str | None = None,
           status: str | None = None) -> HTMLResponse:
    statuses = list(get_args(Status))
    error = None
    found: list[dict[str, Any]] = []
    try:
        code = actor_code("actor", actor)
        if status and status not in statuses:
            raise BadParameter("status", f"unknown status {status!r}; the statuses are {', '.join(statuses)}")
        found = threads(db.claims(actor=code, status=status or None, limit=1000))
    except BadParameter as exc:
        error = str(exc)
    return page(request, "claims.html", "Claims", threads=found, statuses=statuses, actor=actor,
                status=status, error=error)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    return page(request, "network.html", "Network")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    return page(request, "map.html", "Map")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db: Annotated[Store, Depends(store)], q: str = "") -> HTMLResponse:
    q = q.strip()[:200]
    if len(q) < 2:
        return page(request, "search.html", "Search", q=q, hits=[], error="Type at least two characters.")
    return page(request, "search.html", "Search", q=q, hits=sqlread.search(db, q, 50), error=None)

