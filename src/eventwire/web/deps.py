"""Dependencies of the routes: the store of the serving thread."""

from __future__ import annotations

from fastapi import Request

from ..store import Store
from .cache import Aggregates


def store(request: Request) -> Store:
    pool = request.app.state.stores
    result: Store = pool.get()
    return result


def aggregates(request: Request) -> Aggregates:
    cache: Aggregates = request.app.state.aggregates
    return cache
