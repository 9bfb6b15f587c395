"""Store analysed articles and query them: SQLite behind a small :class:`Store` protocol.

>>> with open_store("news.db") as store:                  # doctest: +SKIP
...     result = store.add(records)                        # one transaction per batch
...     hits = store.events(EventFilter(actor="COL", type="ACCUSE"))

The default database is ``$EVENTWIRE_DB`` when set, else ``eventwire.db`` in the
current directory; nothing is written anywhere else.
"""

from __future__ import annotations

from pathlib import Path

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


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``path``; ``None`` → :func:`default_path`.

    Raises :class:`~eventwire.errors.StoreError` when the path is not a usable database.
    """
    return SQLiteStore(default_path() if path is None else path)


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
]
