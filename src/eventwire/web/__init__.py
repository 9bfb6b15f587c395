"""The web app and REST API over the store (optional extra ``web``: FastAPI, uvicorn, Jinja2).

>>> app = create_app(Settings(db="news.db"))            # doctest: +SKIP

Routes: pages at ``/``, ``/articles/{id}``, ``/events``, ``/dyads/{a}/{b}``, ``/network``,
``/claims``, ``/map``; the API under ``/api/`` (schema at ``/openapi.json``, docs at ``/docs``).
"""

from __future__ import annotations

from .app import create_app
from .settings import TOKEN_ENV, Settings

__all__ = ["TOKEN_ENV", "Settings", "create_app"]
