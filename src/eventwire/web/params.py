"""Query parameters shared by the API routes: dates, points, pages, JSON or JSON Lines."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.responses import JSONResponse, StreamingResponse

from ..store.geo import parse_point
from .errors import BadParameter

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MAX_KM = 20_000.0  # half the Earth's circumference: every point is nearer

Limit = Annotated[int, Query(ge=1, le=1000, description="Items per page (1-1000).")]
Offset = Annotated[int, Query(ge=0, description="Items to skip (stable order).")]
Format = Annotated[Literal["json", "jsonl"],
                   Query(description="json (one page object) or jsonl (one item a line).")]
Km = Annotated[float, Query(gt=0, le=MAX_KM, description="Radius for near, in kilometres.")]


def iso_date(name: str, value: str | None) -> str | None:
    """``value`` checked as an ISO date YYYY[-MM[-DD]] (a real calendar date)."""
    if value is None or value == "":
        return None
    m = _DATE.fullmatch(value)
    if m is None:
        raise BadParameter(name, f"expected an ISO date YYYY[-MM[-DD]], got {value!r}")
    year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
    try:
        date(year, month, day)
    except ValueError as exc:
        raise BadParameter(name, f"{value!r} is not a calendar date ({exc})") from None
    return value


def point(name: str, value: str | None) -> tuple[float, float] | None:
    """``LAT,LON`` checked and parsed."""
    if value is None or value == "":
        return None
    try:
        return parse_point(value)
    except ValueError as exc:
        raise BadParameter(name, str(exc)) from None


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    offset: int

    @property
    def need(self) -> int:
        """Items to fetch in stable order to fill this page and see whether more follow."""
        return self.offset + self.limit + 1


def paged(items: list[Any], page: Page, fmt: str, **extra: Any) -> JSONResponse | StreamingResponse:
    """One page of ``items`` (already in stable order, from the start) as JSON or JSON Lines."""
    return paged_from(items[page.offset:], page, fmt, **extra)


def paged_from(items: list[Any], page: Page, fmt: str, **extra: Any) -> JSONResponse | StreamingResponse:
    """One page from ``items`` read from the page's offset on (``page.limit + 1`` of them tell
    whether more follow), as JSON or JSON Lines."""
    window = items[:page.limit]
    more = len(items) > page.limit
    if fmt == "jsonl":
        return jsonl(window)
    body = {"items": window, "limit": page.limit, "offset": page.offset,
            "next_offset": page.offset + page.limit if more else None, **extra}
    return JSONResponse(body)


def _lines(items: Iterable[Any]) -> Iterator[bytes]:
    for item in items:
        yield (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")


def jsonl(items: Iterable[Any]) -> StreamingResponse:
    return StreamingResponse(_lines(items), media_type="application/x-ndjson")
