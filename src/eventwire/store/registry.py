"""Store backends by URL scheme, registered like stages: :func:`register_backend`.

``open_store`` picks the backend from the target's scheme: ``SCHEME://...`` or ``SCHEME:...``
for a registered scheme; anything else is an SQLite file path. Built in: ``sqlite`` (a
file), ``memory`` (in-process, see :mod:`.memory`) and ``postgresql``/``postgres``
(PostgreSQL through psycopg 3, the ``postgres`` extra).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..errors import StoreError
from .base import Store
from .sqlite import DB_ENV, SQLiteStore, default_path

BackendFactory = Callable[[str], Store]

_backends: dict[str, BackendFactory] = {}


def register_backend(scheme: str, factory: BackendFactory) -> None:
    """Make ``open_store("SCHEME://...")`` call ``factory`` with the whole URL."""
    _backends[scheme.lower()] = factory


def backends() -> list[str]:
    """The registered schemes, sorted."""
    return sorted(_backends)


def open_store(path: str | Path | None = None) -> Store:
    """Open (creating and migrating as needed) the store at ``path``; ``None`` → ``$EVENTWIRE_DB``
    (a path or a URL) when set, else :func:`default_path`.

    Raises :class:`~eventwire.errors.StoreError` when the target is not a usable store.
    """
    target = (os.environ.get(DB_ENV) or default_path()) if path is None else path
    if isinstance(target, Path):
        return SQLiteStore(target)
    scheme, sep, rest = target.partition(":")
    factory = _backends.get(scheme.lower()) if sep else None
    if factory is not None:
        return factory(target)
    if rest.startswith("//"):
        raise StoreError(f"no store backend for {scheme}:// (available: {', '.join(backends())})",
                         where=target)
    return SQLiteStore(target)


def _sqlite(url: str) -> Store:
    rest = url.partition(":")[2]
    return SQLiteStore(rest[2:] if rest.startswith("//") else rest)


def _memory(url: str) -> Store:
    from .memory import open_memory

    return open_memory(url)


def _postgres(url: str) -> Store:
    try:
        from .postgres import PostgresStore
    except ImportError as exc:  # psycopg is an optional extra
        raise StoreError(f"PostgreSQL needs psycopg 3: pip install 'eventwire[postgres]' ({exc})",
                         where=url) from exc
    return PostgresStore(url)


register_backend("sqlite", _sqlite)
register_backend("memory", _memory)
register_backend("postgresql", _postgres)
register_backend("postgres", _postgres)
