"""The SQLite backend: one file, WAL journal, foreign keys on, migrations applied on open.

Writers take turns through SQLite's write lock (``BEGIN IMMEDIATE``, waiting up to
``timeout`` seconds); readers never wait (WAL). The shared SQL behaviour is
:class:`~.sqlstore.SQLStore`'s.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .migrate import check_version, migrate, schema_version
from .read_indexes import TEXT_INDEX
from .sql import SQLITE
from .sqlstore import SQLStore

DB_ENV = "EVENTWIRE_DB"
DEFAULT_NAME = "eventwire.db"


def default_path() -> Path:
    """``$EVENTWIRE_DB`` when set, else ``eventwire.db`` in the current directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_NAME)


# Reads of a large store touch many pages (an article row's first page for its date, index
# pages): a bigger page cache and a memory map of the file (shared by every connection
# through the OS page cache) spare most of the read system calls.
READ_PRAGMAS = ("PRAGMA cache_size = -16384", "PRAGMA mmap_size = 1073741824")  # 16 MiB, 1 GiB


def _connect(p: Path, timeout: float) -> sqlite3.Connection:
    if p.is_dir():
        raise StoreError("is a directory, not a database file; give a file path", where=str(p))
    if not p.parent.exists():
        raise StoreError(f"directory {str(p.parent)!r} does not exist", where=str(p))
    try:
        # The connection may be used from a pipeline's feeder thread (see eventwire.ingest.loader);
        # the store's lock serialises every use of it.
        conn = sqlite3.connect(p, isolation_level=None, timeout=timeout, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the database: {exc}", where=str(p)) from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        check_version(conn, str(p))
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise StoreError(f"cannot switch the database to WAL mode (got {mode})", where=str(p))
        migrate(conn)
        for pragma in READ_PRAGMAS:
            conn.execute(pragma)
    except sqlite3.OperationalError as exc:  # read-only file or folder, locked, disk full
        conn.close()
        raise StoreError(f"cannot use the database: {exc}", where=str(p)) from exc
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(
            f"not an eventwire SQLite database ({exc}); choose another --db path", where=str(p)
        ) from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _reader(p: Path, timeout: float) -> sqlite3.Connection:
    """A second connection to the (already opened and migrated) file that can only read."""
    conn = sqlite3.connect(p, isolation_level=None, timeout=timeout, check_same_thread=False)
    for pragma in ("PRAGMA query_only = ON", *READ_PRAGMAS):
        conn.execute(pragma)
    return conn


class SQLiteStore(SQLStore):
    """Article store in one SQLite file."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        """Open the file at ``path``; ``timeout``: seconds to wait for another writer."""
        p = Path(path)
        self._conn = _connect(p, timeout)
        self._timeout = timeout
        self._reader: sqlite3.Connection | None = None
        self._reader_lock = threading.Lock()
        super().__init__(self._conn, str(p), SQLITE)

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """This store's read-only (``query_only``) connection, opened on first use and kept until
        :meth:`close`: in WAL mode its reads neither wait for nor block a writer, and each
        statement (in autocommit) sees everything committed before it. One user at a time."""
        with self._reader_lock:
            if self._reader is None:
                self._reader = _reader(Path(self.path), self._timeout)
            yield self._reader

    def schema_version(self) -> int:
        return schema_version(self._conn)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to the database: {exc}", where=self.path) from exc
        try:
            yield
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:  # locked, disk full, read-only, ...
            conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to the database: {exc}", where=self.path) from exc
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _table_names(self) -> list[str]:
        rows = self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        # the text index and its shadow tables are an index, not data (see .read_indexes)
        return [r[0] for r in rows if r[0] != TEXT_INDEX and not r[0].startswith(TEXT_INDEX + "_")]

    def close(self) -> None:
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self
