"""``POST /api/ingest``: analyse and store text, HTML or JSON Lines. Off unless the server
has a token, and then only with ``Authorization: Bearer TOKEN``."""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from ...ingest.loader import ingest
from ...pipeline import Pipeline, PipelineConfig
from ...store import Store
from ..deps import store
from ..security import require_token

router = APIRouter(prefix="/api", tags=["ingest"])

SUFFIX = {"text/plain": ".txt", "text/html": ".html", "application/x-ndjson": ".jsonl",
          "application/jsonl": ".jsonl", "application/json-lines": ".jsonl"}
_pipeline_lock = threading.Lock()


def _pipeline(request: Request) -> Pipeline:
    with _pipeline_lock:
        pipeline: Pipeline | None = getattr(request.app.state, "pipeline", None)
        if pipeline is None:
            pipeline = request.app.state.pipeline = Pipeline(PipelineConfig())
        return pipeline


@router.post("/ingest", summary="Analyse and store articles (needs the bearer token)",
             dependencies=[Depends(require_token)],
             openapi_extra={"requestBody": {"content": {t: {"schema": {"type": "string"}} for t in SUFFIX}}})
async def ingest_body(request: Request, db: Annotated[Store, Depends(store)]) -> JSONResponse:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    suffix = SUFFIX.get(media)
    if suffix is None:
        accepted = ", ".join(SUFFIX)
        raise HTTPException(415, f"content-type {media or '(none)'!r} cannot be ingested; send {accepted}")
    body = await request.body()
    from starlette.concurrency import run_in_threadpool

    report = await run_in_threadpool(_ingest, request, db, body, suffix)
    return JSONResponse(report)


def _ingest(request: Request, db: Store, body: bytes, suffix: str) -> dict[str, Any]:
    pipeline = _pipeline(request)
    with tempfile.TemporaryDirectory(prefix="eventwire-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(body)
        report = ingest(db, [path], pipeline)
    return {"read": report.read, "added": report.added, "skipped": report.skipped,
            "replaced": report.replaced, "conflicts": report.conflicts,
            "failures": [{"input": f.input, "reason": f.reason} for f in report.input_failures]}
