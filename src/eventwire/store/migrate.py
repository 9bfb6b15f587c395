"""Bring a database up to the latest schema (:data:`.schema.MIGRATIONS`), in either dialect.

Each pending migration runs in its own transaction, once: a second process opening the
same database at the same time waits (SQLite's write lock, a PostgreSQL advisory lock),
then finds the step done and skips it.
"""

from __future__ import annotations

from ..errors import StoreError
from .schema import LATEST, MIGRATIONS, NOW_POSTGRES, NOW_SQLITE
from .sql import POSTGRES, SQLITE, Db

MIGRATION_LOCK = 0x65770001  # PostgreSQL advisory lock key held while migrating


def schema_version(conn: Db, dialect: str = SQLITE) -> int:
    """The latest migration applied (0 for a new database)."""
    if dialect == SQLITE:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    exists = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").fetchone()
    return int(row[0])


def check_version(conn: Db, where: str, dialect: str = SQLITE) -> None:
    """Refuse, before changing anything, a database that is not an eventwire store (or too new)."""
    current = schema_version(conn, dialect)
    if current > LATEST:
        raise StoreError(
            f"database schema version {current} is newer than this eventwire supports ({LATEST});"
            " upgrade eventwire",
            where=where,
        )
    if dialect == SQLITE:
        tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    else:
        tables = conn.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()[0]
    if current == 0 and tables:
        raise StoreError(f"the database is {dialect} but not an eventwire store", where=where)


def migrate(conn: Db, dialect: str = SQLITE) -> None:
    """Apply the pending migrations, each once and in its own transaction."""
    now = NOW_SQLITE if dialect == SQLITE else NOW_POSTGRES
    for migration in MIGRATIONS:
        if migration.version <= schema_version(conn, dialect):
            continue
        conn.execute("BEGIN IMMEDIATE" if dialect == SQLITE else "BEGIN")
        try:
            if dialect == POSTGRES:
                conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                f" name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT ({now}))"
            )
            if schema_version(conn, dialect) >= migration.version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            migration.step(conn, dialect)
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                (migration.version, migration.name),
            )
            if dialect == SQLITE:
                conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
