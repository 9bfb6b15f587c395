"""Dependencies of the routes: the store of the serving thread."""

from __future__ import annotations

from fastapi import Request

from ..store import Store


def store(request: Request) -> Store:
    pool = request.app.state.stores
    result: Store = pool.get()
    return result
