"""Opening the database for a read command: never create one by mistake.

``ingest`` and ``run`` create the database they are given; every command that only reads
(``events``, ``quotes``, ``show``, ``summary``, ``claims``, ``disputes``) refuses a path
with no database behind it, so that a mistyped ``--db`` fails loudly instead of reporting
an empty store.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..store import Store, default_path, open_store
from .safe import clean


def sqlite_file(db: str | Path | None) -> Path | None:
    """The SQLite file ``db`` names (the default one for ``None``); None for other backends."""
    target = default_path() if db is None else db
    if isinstance(target, Path):
        return target
    scheme, sep, rest = target.partition("://")
    if not sep:
        return Path(target)
    return Path(rest) if scheme.lower() == "sqlite" else None


def open_existing(db: str | None) -> Store:
    """Open the store at ``db`` for reading; exit with "no such database" when it is absent."""
    path = sqlite_file(db)
    if path is not None and not path.exists():
        shown = clean(str(path))
        raise click.ClickException(
            f"no such database: {shown} (create it with `eventwire ingest FILES --db {shown}`"
            " or `eventwire run`)"
        )
    return open_store(db)
