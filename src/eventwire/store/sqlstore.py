"""What the SQL backends share: the write path, the reads and the linking look-ups.

:class:`SQLStore` runs the shared SQL text (:mod:`.sql`) through a :class:`~.sql.Db`; a
backend (:mod:`.sqlite`, :mod:`.postgres`) opens the connection and provides the write
transaction, in which writers take turns. :meth:`SQLStore.add` writes a whole batch in
one transaction: it either lands completely or not at all.

Idempotency and re-ingestion (the policy, the same for every backend):

- an article whose id is stored with the same text (same normalised content hash) is
  skipped: ingesting the same input again changes no row. One exception: when a stage
  failed on the stored analysis and the new record has no failure, the new one replaces
  it (a fixed or transient stage error is retried by ingesting again);
- an article whose id is stored with *different* text is not stored twice: by default the
  first version is kept, the id is reported in ``AddResult.conflicts`` and a ``store``
  failure is recorded; with ``replace=True`` the stored article and all its rows are
  replaced by the new record in the same transaction (also used to re-analyse articles).

Copies, stories and claim links are decided by :func:`eventwire.linking.link_record`;
the store answers its look-ups (:class:`~eventwire.linking.Candidates`) and keeps the result.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any

from ..linking import SketchMatch, StoredClaim, choose_original, content_hash, link_record
from ..model import ArticleRecord, Failure
from . import candidates, queries
from .base import (
    CONFLICT_REASON,
    ActorPair,
    AddResult,
    ArticleStats,
    ClaimHit,
    EventFilter,
    EventHit,
    QuoteFilter,
    QuoteHit,
)
from .rows import DEFERRABLE, LOOKED_UP, Row, insert_record, insert_sql
from .sql import Db

RETRIES = 4  # attempts at a write transaction the server aborted (see _retryable)
PAGE = 256  # records read per query by iter_records
class SQLStore:
    """An article store over SQL tables; subclasses open the connection."""

    path: str
    dialect: str

    def __init__(self, db: Db, path: str, dialect: str) -> None:
        self._db, self.path, self.dialect = db, path, dialect
        self._lock = threading.RLock()  # one statement at a time on the shared connection
        self._pending: dict[str, list[Row]] = {}  # rows to insert in bulk (see rows.DEFERRABLE)

    def _transaction(self) -> AbstractContextManager[None]:
        """A write transaction that waits for other writers (backend-specific)."""
        raise NotImplementedError

    def _table_names(self) -> list[str]:
        raise NotImplementedError

    # --- writing ------------------------------------------------------------------------

    def add(
        self, records: Iterable[ArticleRecord], failures: Iterable[Failure] = (), *, replace: bool = False
    ) -> AddResult:
        """Store a batch of records and failures in one transaction (see the module notes).

        Each stored record gets ``provenance.content_hash`` (when missing), ``republished_from``
        and ``independent_sources`` set in place, as they stand when it is stored (later
        copies can change them: :meth:`get` returns the current values).
        """
        records, failures = list(records), list(failures)
        for attempt in range(1, RETRIES + 1):
            result = AddResult()
            self._pending = {}
            try:
                with self._lock, self._transaction():
                    for record in records:
                        self._add_one(record, replace, result)
                    for failure in failures:
                        result.failures += self._add_failure(failure)
                    self._flush(DEFERRABLE)
                return result
            except Exception as exc:  # a transaction the server aborted is tried again
                if attempt == RETRIES or not self._retryable(exc):
                    raise
                time.sleep(0.05 * attempt)
        raise AssertionError("unreachable")

    def _retryable(self, exc: BaseException) -> bool:
        """Whether the failed transaction may succeed when run again (backend-specific)."""
        return False

    def _add_one(self, record: ArticleRecord, replace: bool, result: AddResult) -> None:
        db = self._db
        digest = content_hash(record.text)
        row = db.execute("SELECT content_hash FROM articles WHERE id = ?", (record.id,)).fetchone()
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
                result.failures += self._add_failure(Failure(stage="store", reason=CONFLICT_REASON,
                                                             input=record.id))
                return
            self._flush(DEFERRABLE)  # rows of an article stored earlier in this batch go in first
            db.execute("DELETE FROM articles WHERE id = ?", (record.id,))
            # the conflict an earlier ingest recorded for this id is settled by the replacement
            db.execute("DELETE FROM failures WHERE stage = 'store' AND reason = ? AND input = ?",
                       (CONFLICT_REASON, record.id))
            result.replaced.append(record.id)
        else:
            result.added.append(record.id)
        links = link_record(record, self, digest=digest)
        prov = record.provenance
        # republished_from and independent_sources are kept current in the database and
        # set on records when they are read back
        prov.republished_from = prov.independent_sources = None
        insert_record(db, record, links, self._pending)
        self._flush(LOOKED_UP)
        if links.joined:
            result.copies[record.id] = links.story_id
            prov.republished_from = self._refresh_story(links.story_id, record.id)
        sql = "SELECT COUNT(DISTINCT COALESCE(LOWER(TRIM(publisher)), 'article:' || id)) FROM articles"
        sources = db.execute(sql + " WHERE story_id = ?", (links.story_id,)).fetchone()[0]
        prov.independent_sources = int(sources)

    def _flush(self, tables: Sequence[str]) -> None:
        """Insert the rows put aside for ``tables``, table by table, parents first."""
        for table in tables:
            rows = self._pending.pop(table, None)
            if rows:
                self._insert_many(table, rows)

    def _insert_many(self, table: str, rows: list[Row]) -> None:
        """Insert many rows of one table (a backend may have a faster way)."""
        self._db.executemany(insert_sql(table), rows)

    def _refresh_story(self, story_id: str, article_id: str) -> str | None:
        """Point every copy of the story at its original; return what ``article_id`` copies."""
        members = self._db.execute(
            "SELECT id, published FROM articles WHERE story_id = ? ORDER BY rowid", (story_id,)
        ).fetchall()
        original = choose_original([(m[0], m[1]) for m in members])
        self._db.execute(
            "UPDATE articles SET copy_of = CASE WHEN id = ? THEN NULL ELSE ? END WHERE story_id = ?",
            (original, original, story_id),
        )
        return None if original == article_id else original

    def _add_failure(self, failure: Failure) -> int:
        cur = self._db.execute(
            "INSERT OR IGNORE INTO failures (stage, reason, input) VALUES (?, ?, ?)",
            (failure.stage, failure.reason, failure.input or ""),
        )
        return max(0, cur.rowcount)

    # --- the look-ups linking asks for (eventwire.linking.Candidates) --------------------

    def story_with_hash(self, story_hash: str) -> str | None:
        return candidates.story_with_hash(self._db, story_hash)

    def sketch_matches(self, sketch: Sequence[int], need: int, limit: int) -> list[SketchMatch]:
        return candidates.sketch_matches(self._db, sketch, need, limit)

    def claims_between(
        self, a: str, b: str, *, story_id: str, article_id: str, limit: int
    ) -> list[StoredClaim]:
        return candidates.claims_between(self._db, a, b, story_id, article_id, limit)

    # --- reading ------------------------------------------------------------------------

    def has(self, article_id: str, text: str | None = None, *, complete: bool = False) -> bool:
        """Whether ``article_id`` is stored (with this text, when ``text`` is given; with no
        stage failure in its analysis, when ``complete``)."""
        with self._lock:
            row = self._db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None or (text is not None and row[0] != content_hash(text)):
                return False
            return not (complete and self._failed(article_id))

    def _failed(self, article_id: str) -> bool:
        """Whether a stage failed on the stored analysis of ``article_id``."""
        row = self._db.execute(
            "SELECT 1 FROM failures WHERE article_id = ? AND stage != 'store' LIMIT 1", (article_id,)
        ).fetchone()
        return row is not None

    def get(self, article_id: str) -> ArticleRecord | None:
        with self._lock:
            row = self._db.execute(queries.RECORD + " WHERE a.id = ?", (article_id,)).fetchone()
        return None if row is None else queries.record(*row[1:])

    def iter_records(self) -> Iterator[ArticleRecord]:
        """Every stored record in storage order, read a page at a time (constant memory)."""
        last: Any = -1
        while True:
            with self._lock:
                rows = self._db.execute(
                    queries.RECORD + " WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?", (last, PAGE)
                ).fetchall()
            for row in rows:
                yield queries.record(*row[1:])
            if len(rows) < PAGE:
                return
            last = rows[-1][0]

    def events(self, where: EventFilter | None = None) -> list[EventHit]:
        with self._lock:
            return queries.events(self._db, where or EventFilter())

    def quotes(self, where: QuoteFilter | None = None) -> list[QuoteHit]:
        with self._lock:
            return queries.quotes(self._db, where or QuoteFilter())

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
        with self._lock:
            return queries.claims(self._db, actor=actor, status=status, limit=limit, between=between,
                                  article=article, originals=originals)

    def failures(self, limit: int | None = None) -> list[Failure]:
        sql = "SELECT stage, reason, input FROM failures ORDER BY id"
        with self._lock:
            rows = self._db.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ()).fetchall()
        return [Failure(stage=s, reason=r, input=i or None) for s, r, i in rows]

    def failure_kinds(self, limit: int = 10) -> list[tuple[str, str, int, str]]:
        """(stage, reason, how many inputs, one of them), most frequent first."""
        with self._lock:
            return queries.failure_kinds(self._db, limit)

    def article_stats(self) -> ArticleStats:
        with self._lock:
            return queries.article_stats(self._db)

    def event_types(self, *, originals: bool = False) -> list[tuple[str, int]]:
        """(PLOVER type, events), most first; ``originals``: leave out republished copies."""
        with self._lock:
            return queries.event_types(self._db, originals)

    def actor_pairs(self, limit: int = 10, *, originals: bool = False) -> list[ActorPair]:
        """Source code → target code pairs by number of events (see :class:`ActorPair`)."""
        with self._lock:
            return queries.actor_pairs(self._db, limit, originals)

    def claim_statuses(self) -> list[tuple[str, int]]:
        with self._lock:
            return queries.claim_statuses(self._db)

    def table_counts(self) -> dict[str, int]:
        with self._lock:
            return {n: int(self._db.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0])
                    for n in self._table_names()}

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
