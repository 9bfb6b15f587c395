"""``/api/search?q=``: full-text search over the stored article texts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store import Store
from .. import sqlread
from ..deps import store
from ..params import Format, Limit, Offset, Page, paged_from

router = APIRouter(prefix="/api", tags=["search"])


@router.get("/search", summary="Articles whose text contains q, with a snippet")
def search(
    db: Annotated[Store, Depends(store)],
    q: Annotated[str, Query(min_length=2, max_length=200, description="Text to find (case-insensitive).")],
    limit: Limit = 20, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    return paged_from(sqlread.search(db, q, page.limit + 1, page.offset), page, format, q=q)
