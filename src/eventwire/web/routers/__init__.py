"""One router per resource; pages last (their paths are the plain ones)."""

from __future__ import annotations

from fastapi import APIRouter

from . import actors, articles, claims, dyads, events, ingest, overview, pages, quotes, search

ROUTERS: tuple[APIRouter, ...] = (
    articles.router, events.router, quotes.router, claims.router, actors.router, dyads.router,
    search.router, overview.router, ingest.router, pages.router,
)
