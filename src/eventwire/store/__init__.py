"""Store analysed articles and query them, behind a small :class:`Store` protocol.

>>> with open_store("news.db") as store:                  # doctest: +SKIP
...     result = store.add(records)                        # one transaction per batch
...     hits = store.events(EventFilter(actor="COL", type="ACCUSE"))

Backends register by URL scheme (:func:`register_backend`): an SQLite file (a plain path
or ``sqlite:PATH``), ``memory:`` (in-process) and ``postgresql://user:pass@host/db``.
The store persists and queries; copies, stories and claim links are decided by
:mod:`eventwire.linking`. The default database is ``$EVENTWIRE_DB`` when set, else
``eventwire.db`` in the current directory; nothing is written anywhere else.
"""

from __future__ import annotations

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
from .registry import BackendFactory, backends, open_store, register_backend
from .sqlite import DB_ENV, DEFAULT_NAME, SQLiteStore, default_path

__all__ = [
    "DB_ENV",
    "DEFAULT_NAME",
    "ActorPair",
    "AddResult",
    "ArticleRef",
    "ArticleStats",
    "BackendFactory",
    "ClaimHit",
    "EventFilter",
    "EventHit",
    "QuoteFilter",
    "QuoteHit",
    "SQLiteStore",
    "Store",
    "backends",
    "default_path",
    "open_store",
    "register_backend",
]
