"""``/api/claims`` and ``/api/disputes/{a}/{b}``: accusations, their evidence status and the
answers to them, grouped into dispute threads."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from ...store import Store
from ..actors import actor_code
from ..deps import store
from ..ledger import claim_row, threads
from ..params import Format, Limit, Offset, Page, paged

router = APIRouter(prefix="/api", tags=["claims"])

Status = Literal["asserted", "evidence_not_shown", "evidence_cited", "disputed", "denied", "confirmed"]


@router.get("/claims", summary="Claims (accusations) with their evidence status")
def list_claims(
    db: Annotated[Store, Depends(store)],
    actor: Annotated[str | None, Query(max_length=100, description="Claimant or accused.")] = None,
    status: Annotated[Status | None, Query()] = None,
    article: Annotated[str | None, Query(max_length=200)] = None,
    originals: bool = False,
    limit: Limit = 100, offset: Offset = 0, format: Format = "json",
) -> Any:
    page = Page(limit, offset)
    hits = db.claims(actor=actor_code("actor", actor), status=status, article=article or None,
                     originals=originals, limit=page.need)
    return paged([claim_row(h) for h in hits], page, format)


@router.get("/disputes/{a}/{b}", summary="Dispute threads between two actors")
def disputes(a: str, b: str, db: Annotated[Store, Depends(store)]) -> JSONResponse:
    code_a, code_b = actor_code("a", a), actor_code("b", b)
    assert code_a is not None and code_b is not None
    hits = db.claims(between=(code_a, code_b))
    return JSONResponse({"a": code_a, "b": code_b, "threads": threads(hits, only=(code_a, code_b))})
