"""Store analysed articles and query them: SQLite behind a small :class:`Store` protocol.

>>> with open_store("news.db") as store:                  # doctest: +SKIP
...     result = store.add(records)                        # one transaction per batch
...     hits = store.events(EventFilter(actor="COL", type="ACCUSE"))

The default database is ``$EVENTWIRE_DB`` when set, else ``eventwire.db`` in the
current directory; nothing is written anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import StoreError
from .base import (
    ActorPair,
    AddResult,
    ArticleRef,
    ArticleStats,
    ClaimHit,
    EventFilter,
    EventHit,
    QuoteFilter,
    QuoteHit,
    Store,
)
from .sqlite import DB_ENV, DEFAULT_NAME, SQLiteStore, default_path

BackendFactory = Callable[[str], Store]

_backends: dict[str, BackendFactory] = {}


def register_backend(scheme: str, factory: BackendFactory) -> None:
    """Make ``open_store("SCHEME://...")`` use ``factory`` (e.g. a PostgreSQL backend)."""
    _backends[scheme.lower()] = factory


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``path``; ``None`` → :func:`default_path`.

    A plain path (or ``sqlite:///path``) is an SQLite file; ``SCHEME://...`` goes to the
    backend registered for that scheme. Raises :class:`~eventwire.errors.StoreError` when
    the path is not a usable database.
    """
    target = default_path() if path is None else path
    scheme, sep, rest = str(target).partition("://")
    if not sep or isinstance(target, Path):
        return SQLiteStore(target)
    if scheme.lower() == "sqlite":
        return SQLiteStore(rest)
    factory = _backends.get(scheme.lower())
    if factory is None:
        known = ", ".join(["sqlite", *sorted(_backends)])
        raise StoreError(f"no store backend for {scheme}:// (available: {known})", where=str(target))
    return factory(str(target))


__all__ = [
    "DB_ENV",
    "DEFAULT_NAME",
    "ActorPair",
    "AddResult",
    "ArticleRef",
    "ArticleStats",
    "ClaimHit",
    "EventFilter",
    "EventHit",
    "QuoteFilter",
    "QuoteHit",
    "SQLiteStore",
    "Store",
    "default_path",
    "open_store",
    "register_backend",
]
