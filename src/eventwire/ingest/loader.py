"""Ingest inputs into a store: read → analyse → store in batches, failures recorded.

Articles already stored with the same text are skipped before analysis, so running the
same ingest again costs a read and a hash per article, not a parse. Articles whose stored
analysis had a stage failure are analysed again (the store keeps the better record).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import StoreError
from ..model import Article, ArticleRecord, Failure
from ..pipeline import Pipeline
from ..store import AddResult, Store
from .reader import read_inputs

BATCH = 16  # at most this many records per transaction ...
FLUSH_SECONDS = 2.0  # ... and a transaction at least this often: a crash loses what is in flight


@dataclass(slots=True)
class IngestReport:
    read: int = 0  # articles read from the inputs
    added: int = 0
    skipped: int = 0  # already stored with the same text
    replaced: int = 0
    conflicts: list[str] = field(default_factory=list)  # ids stored with other text (kept)
    copies: int = 0  # new articles recognised as copies of stored ones
    input_failures: list[Failure] = field(default_factory=list)  # unreadable inputs
    stage_failures: list[Failure] = field(default_factory=list)  # stage errors on stored articles

    @property
    def ok(self) -> bool:
        """Every input was read and stored (stage failures are recorded, not fatal)."""
        return not self.input_failures and not self.conflicts

    def merge(self, result: AddResult) -> None:
        self.added += len(result.added)
        self.skipped += len(result.skipped)
        self.replaced += len(result.replaced)
        self.conflicts.extend(result.conflicts)
        self.copies += len(result.copies)


def ingest(
    store: Store,
    paths: Sequence[str | Path],
    pipeline: Pipeline,
    *,
    processes: int = 1,
    replace: bool = False,
    batch: int = BATCH,
    stdin: TextIO | None = None,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read ``paths`` (files, directories, ``-``), analyse the new articles, store them.
    ``progress`` is called with the running report after each stored batch."""
    return ingest_items(store, read_inputs(paths, stdin=stdin), pipeline,
                        processes=processes, replace=replace, batch=batch, progress=progress)


def ingest_items(
    store: Store,
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    *,
    processes: int = 1,
    replace: bool = False,
    batch: int = BATCH,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    pending: list[Failure] = []

    def articles() -> Iterator[Article]:
        for item in items:
            if isinstance(item, Failure):
                report.input_failures.append(item)
                pending.append(item)
                continue
            report.read += 1
            if not replace and store.has(item.id, item.text, complete=True):
                report.skipped += 1
                continue
            yield item

    records: list[ArticleRecord] = []
    flushed = time.monotonic()
    for record in pipeline.run(articles(), processes=processes):
        report.stage_failures.extend(record.failures)
        records.append(record)
        if len(records) >= batch or time.monotonic() - flushed >= FLUSH_SECONDS:
            _add(store, records, pending, replace, report)
            records, pending[:] = [], []
            flushed = time.monotonic()
            if progress is not None:
                progress(report)
    _add(store, records, pending, replace, report)
    if progress is not None:
        progress(report)
    return report


def _add(store: Store, records: list[ArticleRecord], failures: list[Failure], replace: bool,
         report: IngestReport) -> None:
    """Store one batch in one transaction. If a malformed record makes the batch fail, store
    the records one by one instead and record the ones that cannot be stored as failures."""
    try:
        report.merge(store.add(records, failures, replace=replace))
        return
    except StoreError:  # the database itself failed: nothing more can be stored
        raise
    except Exception:  # a record the store cannot write (a stage's malformed output)
        pass
    report.merge(store.add([], failures))
    for record in records:
        try:
            report.merge(store.add([record], replace=replace))
        except StoreError:
            raise
        except Exception as exc:
            failure = Failure(stage="store", reason=f"cannot store the record: {type(exc).__name__}: {exc}",
                              input=record.id)
            report.input_failures.append(failure)
            report.merge(store.add([], [failure]))
