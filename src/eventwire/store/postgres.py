"""The PostgreSQL backend, through psycopg 3 (``pip install 'eventwire[postgres]'``).

``open_store("postgresql://user:pass@host/db")`` connects, checks that the database (its
current schema) is empty or an eventwire store, and applies the same migrations as
SQLite (:mod:`.schema`, rewritten for PostgreSQL). The statements are the shared SQL
text of :class:`~.sqlstore.SQLStore`, rewritten by :func:`~.sql.to_postgres`.

Several writers at once: every write transaction first takes one transaction-scoped
advisory lock (:data:`WRITE_LOCK`), so batches from several processes are applied one
after the other, each seeing what the others committed: no duplicate article, no lost
one, and no deadlock between writers. A transaction the server aborts anyway
(serialization failure, deadlock with a foreign client, lost connection on commit) is
retried a few times before the error reaches the user as a :class:`StoreError`.
Readers never wait: they read the last committed state (each statement in autocommit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from ..errors import StoreError
from .migrate import check_version, migrate, schema_version
from .rows import COLUMNS, IGNORE_DUPLICATES, Row
from .sql import POSTGRES, Params, to_postgres
from .sqlstore import SQLStore

WRITE_LOCK = 0x65770002  # advisory lock key every eventwire writer takes per transaction
RETRYABLE = (pg_errors.SerializationFailure, pg_errors.DeadlockDetected)


def redact(url: str) -> str:
    """The URL with its password hidden (for messages and ``Store.path``)."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


class PgDb:
    """Runs the shared SQL text on a psycopg connection. A lost or refused connection becomes
    a :class:`StoreError`; a transaction the server rolled back stays itself (it is retried)."""

    def __init__(self, conn: psycopg.Connection[Any], where: str) -> None:
        self.conn, self.where = conn, where

    def execute(self, sql: str, params: Params = ()) -> psycopg.Cursor[Any]:
        try:
            if params:
                return self.conn.execute(to_postgres(sql), params)
            return self.conn.execute(to_postgres(sql, False))
        except pg_errors.TransactionRollback:
            raise
        except psycopg.OperationalError as exc:
            raise StoreError(f"PostgreSQL: {str(exc).strip()}", where=self.where) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> object:
        try:
            with self.conn.cursor() as cur:
                cur.executemany(to_postgres(sql), rows)
        except pg_errors.TransactionRollback:
            raise
        except psycopg.OperationalError as exc:
            raise StoreError(f"PostgreSQL: {str(exc).strip()}", where=self.where) from exc
        return None


class PostgresStore(SQLStore):
    """Article store in a PostgreSQL database (the tables live in the connection's schema)."""

    def __init__(self, url: str, *, connect_timeout: int = 10) -> None:
        where = redact(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {str(exc).strip()}", where=where) from exc
        db = PgDb(self._conn, where)
        try:
            check_version(db, where, POSTGRES)
            migrate(db, POSTGRES)
        except psycopg.Error as exc:
            self._conn.close()
            raise StoreError(f"cannot use the database: {str(exc).strip()}", where=where) from exc
        except StoreError:
            self._conn.close()
            raise
        super().__init__(db, where, POSTGRES)

    def schema_version(self) -> int:
        return schema_version(self._db, POSTGRES)

    def _retryable(self, exc: BaseException) -> bool:
        return isinstance(exc, RETRYABLE)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        db = self._db
        db.execute("BEGIN")  # a lost connection raises StoreError (see PgDb)
        try:
            db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
            yield
            db.execute("COMMIT")
        except psycopg.OperationalError as exc:  # disk full, COPY failed, ...
            self._rollback()
            if isinstance(exc, RETRYABLE):
                raise
            raise StoreError(f"cannot write to the database: {str(exc).strip()}", where=self.path) from exc
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if not self._conn.closed and not self._conn.broken:
            self._conn.execute("ROLLBACK")

    def _insert_many(self, table: str, rows: list[Row]) -> None:
        """``COPY``: one round trip for all the rows of a table. Only ``failures`` may meet a
        stored row (they go through ``INSERT ... ON CONFLICT``); every other key starts with
        the new article's id."""
        if table in IGNORE_DUPLICATES:
            super()._insert_many(table, rows)
            return
        names = ", ".join(f'"{c}"' for c in COLUMNS[table])
        with self._conn.cursor() as cur, cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def _table_names(self) -> list[str]:
        rows = self._db.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        )
        return [r[0] for r in rows]

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self
