"""The in-memory backend: a whole store in Python objects, for tests and short-lived work.

``open_store("memory:")`` gives a fresh, empty store; ``open_store("memory://NAME")`` the
process-wide store of that name (kept until :func:`forget`), so several commands in one
process can share it. It follows the same policy as the SQL stores (see :mod:`.sqlstore`)
and passes the same conformance suite: records are flattened with the shared
:func:`~.rows.table_rows` (so a record the SQL stores refuse is refused here too), a
batch is atomic, and copies, stories and claim links come from :mod:`eventwire.linking`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType

from ..linking import ClaimLink, SketchMatch, StoredClaim, choose_original, content_hash, link_record
from ..model import ArticleRecord, Failure
from . import memory_queries as mq
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
from .rows import table_rows
from .schema import LATEST

_named: dict[str, MemoryState] = {}
_named_lock = threading.Lock()


@dataclass(slots=True)
class MemoryState:
    """Everything a memory store holds; replaced as a whole when a batch commits."""

    articles: dict[str, mq.StoredArticle] = field(default_factory=dict)  # in storage order
    failures: dict[tuple[str, str, str], str | None] = field(default_factory=dict)  # key -> article id
    links: dict[tuple[str, str, str, str], ClaimLink] = field(default_factory=dict)
    next_rowid: int = 1
    lock: threading.RLock = field(default_factory=threading.RLock)  # shared by its copies

    def copy(self) -> MemoryState:
        return MemoryState(dict(self.articles), dict(self.failures), dict(self.links), self.next_rowid,
                           self.lock)


def open_memory(url: str = "memory:") -> MemoryStore:
    """A fresh store for ``memory:``; the shared store NAME for ``memory://NAME``."""
    name = url.partition(":")[2].removeprefix("//")
    if not name:
        return MemoryStore(url)
    with _named_lock:
        state = _named.setdefault(name, MemoryState())
    return MemoryStore(url, state)


def forget(name: str) -> None:
    """Drop the shared store ``memory://NAME``."""
    with _named_lock:
        _named.pop(name, None)


class MemoryStore:
    """An article store held in memory (see the module notes)."""

    def __init__(self, path: str = "memory:", state: MemoryState | None = None) -> None:
        self.path = path
        self._state = state if state is not None else MemoryState()
        self._lock = self._state.lock
        self._work = self._state  # the state a batch being added writes to

    # --- writing ------------------------------------------------------------------------

    def add(
        self, records: Iterable[ArticleRecord], failures: Iterable[Failure] = (), *, replace: bool = False
    ) -> AddResult:
        """Store a batch atomically: on any error nothing of it is kept."""
        result = AddResult()
        records, failures = list(records), list(failures)
        with self._lock:
            self._work = self._state.copy()
            try:
                for record in records:
                    self._add_one(record, replace, result)
                for failure in failures:
                    result.failures += self._add_failure(failure.stage, failure.reason, failure.input or "")
                self._commit(self._work)
            finally:
                self._work = self._state
        return result

    def _commit(self, work: MemoryState) -> None:
        state = self._state  # shared by every store opened on the same name: update in place
        state.articles, state.failures, state.links = work.articles, work.failures, work.links
        state.next_rowid = work.next_rowid

    def _add_one(self, record: ArticleRecord, replace: bool, result: AddResult) -> None:
        work = self._work
        digest = content_hash(record.text)
        stored = work.articles.get(record.id)
        retry = False
        if stored is not None and stored.content_hash == digest and not replace:
            retry = not record.failures and self._failed(record.id)
            if not retry:
                result.skipped.append(record.id)
                return
        if stored is not None:
            if not replace and not retry:
                result.conflicts.append(record.id)
                result.failures += self._add_failure("store", CONFLICT_REASON, record.id)
                return
            self._delete(record.id)
            # the conflict an earlier ingest recorded for this id is settled by the replacement
            self._work.failures.pop(("store", CONFLICT_REASON, record.id), None)
            result.replaced.append(record.id)
        else:
            result.added.append(record.id)
        links = link_record(record, self, digest=digest)
        prov = record.provenance
        prov.republished_from = prov.independent_sources = None
        rows = table_rows(record, links)  # fails on a malformed record, before anything is kept
        work.articles[record.id] = mq.StoredArticle.create(record, links, work.next_rowid, rows)
        work.next_rowid += 1
        for article_id, stage, reason, input_ in rows["failures"]:
            work.failures.setdefault((stage, reason, input_), article_id)
        for link in links.claim_links:
            key = (link.article_id, link.claim_id, link.other_article_id, link.other_claim_id)
            work.links.setdefault(key, link)
        if links.joined:
            result.copies[record.id] = links.story_id
            prov.republished_from = self._refresh_story(links.story_id, record.id)
        prov.independent_sources = mq.sources(work.articles.values(), links.story_id)

    def _delete(self, article_id: str) -> None:
        work = self._work
        del work.articles[article_id]
        work.failures = {k: a for k, a in work.failures.items() if a != article_id}
        work.links = {k: v for k, v in work.links.items() if article_id not in (k[0], k[2])}

    def _refresh_story(self, story_id: str, article_id: str) -> str | None:
        articles = self._work.articles
        members = [a for a in articles.values() if a.story_id == story_id]
        original = choose_original([(m.id, m.published) for m in members])
        for m in members:
            articles[m.id] = m.with_copy_of(None if m.id == original else original)
        return None if original == article_id else original

    def _add_failure(self, stage: str, reason: str, input_: str) -> int:
        key = (stage, reason, input_)
        if key in self._work.failures:
            return 0
        self._work.failures[key] = None
        return 1

    def _failed(self, article_id: str) -> bool:
        return any(a == article_id and k[0] != "store" for k, a in self._work.failures.items())

    # --- the look-ups linking asks for ---------------------------------------------------

    def story_with_hash(self, story_hash: str) -> str | None:
        return next((a.story_id for a in self._work.articles.values() if a.story_hash == story_hash), None)

    def sketch_matches(self, sketch: Sequence[int], need: int, limit: int) -> list[SketchMatch]:
        wanted = set(sketch)
        shared = [(len(wanted.intersection(a.sketch)), a) for a in self._work.articles.values()]
        found = sorted(((n, a) for n, a in shared if n >= need), key=lambda p: (-p[0], p[1].id))[:limit]
        return [SketchMatch(article_id=a.id, story_id=a.story_id, sketch=sorted(a.sketch)) for _, a in found]

    def claims_between(
        self, a: str, b: str, *, story_id: str, article_id: str, limit: int
    ) -> list[StoredClaim]:
        return mq.claims_between(self._work.articles.values(), a, b, story_id, article_id, limit)

    # --- reading ------------------------------------------------------------------------

    def has(self, article_id: str, text: str | None = None, *, complete: bool = False) -> bool:
        with self._lock:
            stored = self._state.articles.get(article_id)
            if stored is None or (text is not None and stored.content_hash != content_hash(text)):
                return False
            return not (complete and self._failed(article_id))

    def get(self, article_id: str) -> ArticleRecord | None:
        with self._lock:
            stored = self._state.articles.get(article_id)
            return None if stored is None else mq.record(stored, self._state.articles.values())

    def iter_records(self) -> Iterator[ArticleRecord]:
        with self._lock:
            articles = list(self._state.articles.values())
        for stored in articles:
            yield mq.record(stored, articles)

    def events(self, where: EventFilter | None = None) -> list[EventHit]:
        with self._lock:
            return mq.events(list(self._state.articles.values()), where or EventFilter())

    def quotes(self, where: QuoteFilter | None = None) -> list[QuoteHit]:
        with self._lock:
            return mq.quotes(list(self._state.articles.values()), where or QuoteFilter())

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
        with self._lock:
            links = [(k, v.kind) for k, v in self._state.links.items()]
            return mq.claims(dict(self._state.articles), links, actor=actor, status=status, limit=limit,
                             between=between, article=article, originals=originals)

    def failures(self, limit: int | None = None) -> list[Failure]:
        with self._lock:
            keys = list(self._state.failures)
        picked = keys[:limit] if limit else keys
        return [Failure(stage=s, reason=r, input=i or None) for s, r, i in picked]

    def failure_kinds(self, limit: int = 10) -> list[tuple[str, str, int, str]]:
        with self._lock:
            return mq.failure_kinds(list(self._state.failures), limit)

    def article_stats(self) -> ArticleStats:
        with self._lock:
            return mq.article_stats(list(self._state.articles.values()))

    def event_types(self, *, originals: bool = False) -> list[tuple[str, int]]:
        with self._lock:
            return mq.event_types(list(self._state.articles.values()), originals)

    def actor_pairs(self, limit: int = 10, *, originals: bool = False) -> list[ActorPair]:
        with self._lock:
            return mq.actor_pairs(list(self._state.articles.values()), limit, originals)

    def claim_statuses(self) -> list[tuple[str, int]]:
        with self._lock:
            return mq.claim_statuses(list(self._state.articles.values()))

    def table_counts(self) -> dict[str, int]:
        """Row counts under the SQL stores' table names."""
        with self._lock:
            state = self._state
            counts = {"articles": len(state.articles), "failures": len(state.failures),
                      "claim_links": len(state.links), "schema_migrations": LATEST,
                      "shingles": sum(len(a.sketch) for a in state.articles.values())}
            for table in ("actors", "events", "event_actors", "quotes", "places", "counts", "claims",
                          "claim_responses"):
                counts[table] = sum(len(a.rows[table]) for a in state.articles.values())
        return dict(sorted(counts.items()))

    def close(self) -> None:
        """Nothing to release (a named store keeps its contents until :func:`forget`)."""

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
