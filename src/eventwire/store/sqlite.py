"""The SQLite backend of :class:`~eventwire.store.base.Store`.

One file, WAL journal, foreign keys on, migrations applied on open. :meth:`SQLiteStore.add`
writes a whole batch in one transaction: it either lands completely or not at all.

Idempotency and re-ingestion (the policy):

- an article whose id is stored with the same text (same normalised content hash) is
  skipped: ingesting the same input again changes no row. One exception: when a stage
  failed on the stored analysis and the new record has no failure, the new one replaces
  it (a fixed or transient stage error is retried by ingesting again);
- an article whose id is stored with *different* text is not stored twice: by default the
  first version is kept, the id is reported in ``AddResult.conflicts`` and a ``store``
  failure is recorded; with ``replace=True`` the stored article and all its rows are
  replaced by the new record in the same transaction (also used to re-analyse articles).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from ..errors import StoreError
from ..model import ArticleRecord, Failure
from . import queries
from .base import (
    ActorPair,
    AddResult,
    ArticleStats,
    ClaimHit,
    EventFilter,
    EventHit,
    QuoteFilter,
    QuoteHit,
)
from .decode import build
from .dedup import content_hash, sketch
from .disputes import link_claims
from .rows import insert_record
from .schema import check_version, migrate, user_version
from .stories import SOURCES_SQL, find_original, publishers, refresh_group

DB_ENV = "EVENTWIRE_DB"
DEFAULT_NAME = "eventwire.db"


def default_path() -> Path:
    """``$EVENTWIRE_DB`` when set, else ``eventwire.db`` in the current directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_NAME)


def _record(record_json: str, copy_of: str | None, sources: int | None) -> ArticleRecord:
    record = build(ArticleRecord, json.loads(record_json))
    record.provenance.republished_from = copy_of
    record.provenance.independent_sources = sources
    return record


class SQLiteStore:
    """Article store in one SQLite file."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        """Open the file at ``path``; ``timeout``: seconds to wait for another writer."""
        p = Path(path)
        self.path = str(p)
        self._lock = threading.RLock()
        if p.is_dir():
            raise StoreError("is a directory, not a database file; give a file path", where=self.path)
        if not p.parent.exists():
            raise StoreError(f"directory {str(p.parent)!r} does not exist", where=self.path)
        try:
            # The connection may be used from a pipeline's feeder thread (see loader); the
            # lock serialises every use of it.
            self._conn = sqlite3.connect(p, isolation_level=None, timeout=timeout, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database: {exc}", where=self.path) from exc
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            check_version(self._conn, self.path)
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                raise StoreError(f"cannot switch the database to WAL mode (got {mode})", where=self.path)
            migrate(self._conn)
        except sqlite3.OperationalError as exc:  # read-only file or folder, locked, disk full
            self._conn.close()
            raise StoreError(f"cannot use the database: {exc}", where=self.path) from exc
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"not an eventwire SQLite database ({exc}); choose another --db path", where=self.path
            ) from exc
        except StoreError:
            self._conn.close()
            raise

    # --- schema -------------------------------------------------------------------------

    def schema_version(self) -> int:
        return user_version(self._conn)

    # --- writing ------------------------------------------------------------------------

    def add(
        self, records: Iterable[ArticleRecord], failures: Iterable[Failure] = (), *, replace: bool = False
    ) -> AddResult:
        """Store a batch of records and failures in one transaction (see the module notes).

        Each stored record gets ``provenance.content_hash`` (when missing), ``republished_from``
        and ``independent_sources`` set in place, as they stand when it is stored (later
        copies can change them: :meth:`get` returns the current values).
        """
        result = AddResult()
        records, failures = list(records), list(failures)
        conn = self._conn
        with self._lock:
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot write to the database: {exc}", where=self.path) from exc
            try:
                for record in records:
                    self._add_one(record, replace, result)
                for failure in failures:
                    result.failures += self._add_failure(failure)
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:  # locked, disk full, read-only, ...
                conn.execute("ROLLBACK")
                raise StoreError(f"cannot write to the database: {exc}", where=self.path) from exc
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return result

    def _add_one(self, record: ArticleRecord, replace: bool, result: AddResult) -> None:
        conn = self._conn
        digest = content_hash(record.text)
        row = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (record.id,)).fetchone()
        retry = False
        if row is not None and row[0] == digest and not replace:
            # same text: skip, unless the stored analysis had stage failures and this one has none
            retry = not record.failures and self._failed(record.id)
            if not retry:
                result.skipped.append(record.id)
                return
        if row is not None:
            if not replace and not retry:
                result.conflicts.append(record.id)
                result.failures += self._add_failure(Failure(
                    stage="store",
                    reason="an article with this id is already stored with different text; kept the"
                    " stored one (use --replace to replace it)",
                    input=record.id,
                ))
                return
            conn.execute("DELETE FROM articles WHERE id = ?", (record.id,))
            result.replaced.append(record.id)
        else:
            result.added.append(record.id)
        shingles = sketch(record.text)
        prov = record.provenance
        if prov.content_hash is None:
            prov.content_hash = digest
        original = find_original(conn, prov.content_hash, shingles)
        if original == record.id:  # replacing the first copy of its own story
            original = None
        # republished_from and independent_sources are kept current in the database and
        # set on records when they are read back (see .stories)
        prov.republished_from = prov.independent_sources = None
        insert_record(conn, record, digest, prov.content_hash, original or record.id)
        conn.executemany(
            "INSERT OR IGNORE INTO shingles (hash, article_id) VALUES (?, ?)",
            [(h, record.id) for h in shingles],
        )
        if original is not None:
            result.copies[record.id] = original
            refresh_group(conn, original)
            row = conn.execute("SELECT copy_of FROM articles WHERE id = ?", (record.id,)).fetchone()
            prov.republished_from = row[0]
        prov.independent_sources = publishers(conn, original or record.id)
        link_claims(conn, record, original or record.id)

    def _add_failure(self, failure: Failure) -> int:
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO failures (stage, reason, input) VALUES (?, ?, ?)",
            (failure.stage, failure.reason, failure.input or ""),
        )
        return cur.rowcount

    # --- reading ------------------------------------------------------------------------

    def has(self, article_id: str, text: str | None = None, *, complete: bool = False) -> bool:
        """Whether ``article_id`` is stored (with this text, when ``text`` is given; with no
        stage failure in its analysis, when ``complete``)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT content_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None or (text is not None and row[0] != content_hash(text)):
                return False
            return not (complete and self._failed(article_id))

    def _failed(self, article_id: str) -> bool:
        """Whether a stage failed on the stored analysis of ``article_id``."""
        row = self._conn.execute(
            "SELECT 1 FROM failures WHERE article_id = ? AND stage != 'store' LIMIT 1", (article_id,)
        ).fetchone()
        return row is not None

    def get(self, article_id: str) -> ArticleRecord | None:
        with self._lock:
            row = self._conn.execute(
                f"SELECT a.record_json, a.copy_of, {SOURCES_SQL} FROM articles a WHERE a.id = ?",
                (article_id,),
            ).fetchone()
        return None if row is None else _record(*row)

    def iter_records(self) -> Iterator[ArticleRecord]:
        for row in self._conn.execute(
            f"SELECT a.record_json, a.copy_of, {SOURCES_SQL} FROM articles a ORDER BY a.rowid"
        ):
            yield _record(*row)

    def events(self, where: EventFilter | None = None) -> list[EventHit]:
        return queries.events(self._conn, where or EventFilter())

    def quotes(self, where: QuoteFilter | None = None) -> list[QuoteHit]:
        return queries.quotes(self._conn, where or QuoteFilter())

    def claims(
        self,
        *,
        actor: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        between: tuple[str, str] | None = None,
        article: str | None = None,
        originals: bool = False,
    ) -> list[ClaimHit]:
        """Claims by date; ``actor`` as claimant or accused; ``between`` = (A, B): claims of A
        about B and of B about A (a dispute thread); ``originals``: leave out republished
        copies. Each hit carries the responses found in other stored articles
        (``ClaimHit.elsewhere``)."""
        return queries.claims(self._conn, actor=actor, status=status, limit=limit, between=between,
                              article=article, originals=originals)

    def failures(self, limit: int | None = None) -> list[Failure]:
        sql = "SELECT stage, reason, input FROM failures ORDER BY id"
        rows = self._conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        return [Failure(stage=s, reason=r, input=i or None) for s, r, i in rows]

    def failure_kinds(self, limit: int = 10) -> list[tuple[str, str, int, str]]:
        """(stage, reason, how many inputs, one of them), most frequent first."""
        return queries.failure_kinds(self._conn, limit)

    def article_stats(self) -> ArticleStats:
        return queries.article_stats(self._conn)

    def event_types(self, *, originals: bool = False) -> list[tuple[str, int]]:
        """(PLOVER type, events), most first; ``originals``: leave out republished copies."""
        return queries.event_types(self._conn, originals)

    def actor_pairs(self, limit: int = 10, *, originals: bool = False) -> list[ActorPair]:
        """Source code → target code pairs by number of events (see :class:`ActorPair`)."""
        return queries.actor_pairs(self._conn, limit, originals)

    def claim_statuses(self) -> list[tuple[str, int]]:
        return queries.claim_statuses(self._conn)

    def table_counts(self) -> dict[str, int]:
        names = [r[0] for r in self._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )]
        return {n: int(self._conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
