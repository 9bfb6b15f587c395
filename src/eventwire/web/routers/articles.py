"""``/api/articles``: the stored articles, and one with its full record."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse, StreamingResponse

from ...model import to_dict
from ...store import Store
from .. import sqlread
from ..deps import store
from ..params import Format, Limit, Offset, Page, paged_from

router = APIRouter(prefix="/api", tags=["articles"])


@router.get("/articles", summary="List stored articles")
def list_articles(
    db: Annotated[Store, Depends(store)],
    q: Annotated[str | None, Query(max_length=200, description="Only articles containing this text.")] = None,
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    return paged_from(sqlread.articles(db, page.limit + 1, q or None, page.offset), page, format)


def article_json(db: Store, article_id: str) -> dict[str, Any]:
    record = db.get(article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    elsewhere = {h.claim.id: to_dict(h.elsewhere) for h in db.claims(article=article_id)}
    body: dict[str, Any] = to_dict(record)
    body["claims_elsewhere"] = elsewhere
    return body


@router.get("/articles/{article_id}", summary="One article with its full record")
def get_article(article_id: str, db: Annotated[Store, Depends(store)]) -> JSONResponse:
    return JSONResponse(article_json(db, article_id))


@router.get("/export", summary="Every stored record, streamed (as `eventwire extract --format`)")
def export(
    db: Annotated[Store, Depends(store)],
    format: Annotated[Literal["jsonl", "json"], Query(description="jsonl or json (an array).")] = "jsonl",
) -> StreamingResponse:
    import json

    def lines() -> Any:
        first = True
        if format == "json":
            yield b"["
        for record in db.iter_records():
            text = json.dumps(to_dict(record), ensure_ascii=False)
            if format == "json":
                yield (("" if first else ",\n") + text).encode()
            else:
                yield (text + "\n").encode()
            first = False
        if format == "json":
            yield b"]\n"

    media = "application/json" if format == "json" else "application/x-ndjson"
    return StreamingResponse(lines(), media_type=media,
                             headers={"content-disposition": f'attachment; filename="eventwire.{format}"'})
