"""``/api/quotes``: quotes with their speakers."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ...model import to_dict
from ...store import QuoteFilter, Store
from ..actors import actor_code
from ..deps import store
from ..params import Format, Limit, Offset, Page, paged

router = APIRouter(prefix="/api", tags=["quotes"])


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(
    db: Annotated[Store, Depends(store)],
    speaker: Annotated[str | None, Query(max_length=100, description="Part of the speaker's name.")] = None,
    actor: Annotated[str | None, Query(max_length=100, description="Speaker's actor code or name.")] = None,
    kind: Annotated[Literal["direct", "indirect"] | None, Query()] = None,
    article: Annotated[str | None, Query(max_length=200)] = None,
    originals: bool = False,
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    hits = db.quotes(QuoteFilter(speaker=speaker or None, actor=actor_code("actor", actor), kind=kind,
                                 article=article or None, originals=originals, limit=page.need))
    rows = [{"article_id": h.article.id, "published": h.article.published, "title": h.article.title,
             "source_name": h.article.source, "quote": to_dict(h.quote)} for h in hits]
    return paged(rows, page, format)
