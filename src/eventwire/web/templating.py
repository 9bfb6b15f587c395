"""Jinja2 templates of the pages (autoescaped: every stored string is rendered as text)."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

_templates = Jinja2Templates(directory=str(resources.files("eventwire.web") / "templates"))
assert _templates.env.autoescape, "templates must autoescape"

NAV = (("/", "Dashboard"), ("/events", "Events"), ("/claims", "Claims"), ("/network", "Network"),
       ("/map", "Map"), ("/docs", "API"))


def page(request: Request, name: str, title: str, data: Any = None, **context: Any) -> HTMLResponse:
    """Render ``name``; ``data`` goes to the page's script as JSON in a non-executable
    ``<script type="application/json">`` block (escaped by Jinja's ``tojson``)."""
    return _templates.TemplateResponse(
        request, name, {"title": title, "nav": NAV, "data": data, **context})
