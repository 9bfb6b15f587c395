"""Interactive API docs at ``/docs`` drawn from ``/openapi.json`` by the package's own script
(no CDN; the CSP forbids inline script, which Swagger UI's stock page needs)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from .templating import page


def install_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html", "API")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        return RedirectResponse("/static/favicon.svg", status_code=301)
