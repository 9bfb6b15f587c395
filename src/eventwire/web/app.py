"""The web app: :func:`create_app` builds a FastAPI application over a store.

Pages are server-rendered (Jinja2, autoescaped) and load their data and their only
scripts from this package: nothing comes from another origin.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from anyio import to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from . import errors
from .cache import Aggregates
from .docs import install_docs
from .routers import ROUTERS
from .security import Guard
from .settings import Settings
from .stores import StorePool


def create_app(settings: Settings | None = None) -> FastAPI:
    """The application serving ``settings.db`` (read-only unless ``settings.token`` is set)."""
    settings = settings or Settings.from_env()
    pool = StorePool(settings.db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # the routes are plain functions: they run in this many threads, each with its store
        to_thread.current_default_thread_limiter().total_tokens = settings.threads
        yield
        pool.close()

    app = FastAPI(title="eventwire", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Event data with its evidence: articles, events, quotes, claims, actors.")
    app.state.settings = settings
    app.state.stores = pool
    app.state.aggregates = Aggregates()
    errors.install(app)
    app.add_middleware(Guard, max_body=settings.max_body)
    static = resources.files("eventwire.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    install_docs(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventwire")
    except PackageNotFoundError:
        return "0"
