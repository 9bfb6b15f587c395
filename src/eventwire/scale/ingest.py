"""Store what a runner analysed: idempotently, in batches, marking fetched items as seen.

Articles already stored with the same text are skipped before analysis; ``store.add``
skips any that slipped through (a re-run after a crash adds nothing twice). A fetched item
is marked in the seen-items state only once its record is stored (or found stored), so a
crash in between makes the next run fetch it again rather than lose it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import StoreError
from ..fetch.sources import Work
from ..fetch.state import SeenState
from ..model import ArticleRecord, Failure
from ..store import AddResult, Store

BATCH = 64


class Runner(Protocol):
    failed: list[Failure]  # articles the runner could not analyse (filled as it goes)

    def analyse(self, works: Iterable[Work]) -> Iterator[ArticleRecord]: ...

    def write(self, works: Iterable[Work], out_dir: str, fmt: str = ...) -> Iterator[list[str]]: ...


@dataclass(slots=True)
class RunReport:
    read: int = 0
    added: int = 0
    skipped: int = 0  # already stored with the same text (or partition already written)
    replaced: int = 0
    copies: int = 0
    written: int = 0  # articles in partition files (--out), written now or found already written
    conflicts: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)  # inputs that could not be read or fetched
    stage_failures: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures and not self.conflicts

    def merge(self, result: AddResult) -> None:
        self.added += len(result.added)
        self.skipped += len(result.skipped)
        self.replaced += len(result.replaced)
        self.copies += len(result.copies)
        self.conflicts.extend(result.conflicts)


class _Seen:
    """The URLs and body hash of each fetched work, to mark once it is stored."""

    def __init__(self, state: SeenState | None) -> None:
        self.state = state
        self.keys: dict[str, tuple[list[str], str | None]] = {}

    def note(self, work: Work) -> None:
        article, meta = work
        if self.state is not None and meta is not None:
            urls = [u for u in (article.origin, meta.final_url) if u]
            self.keys[article.id] = (urls, meta.body_hash)

    def mark(self, article_id: str) -> None:
        found = self.keys.pop(article_id, None)
        if self.state is not None and found is not None:
            self.state.mark(found[0], found[1], article_id)


def ingest_works(store: Store, items: Iterable[Work | Failure], runner: Runner, *, replace: bool = False,
                 state: SeenState | None = None, batch: int = BATCH,
                 progress: Callable[[RunReport], None] | None = None) -> RunReport:
    """Analyse the new works of ``items`` with ``runner`` and store them in ``store``."""
    report = RunReport()
    seen = _Seen(state)
    failures: list[Failure] = []

    def works() -> Iterator[Work]:
        for item in items:
            if isinstance(item, Failure):
                report.failures.append(item)
                failures.append(item)
                continue
            report.read += 1
            seen.note(item)
            if not replace and store.has(item[0].id, item[0].text, complete=True):
                report.skipped += 1
                seen.mark(item[0].id)
                continue
            yield item

    records: list[ArticleRecord] = []
    for record in runner.analyse(works()):
        report.stage_failures += len(record.failures)
        records.append(record)
        if len(records) >= batch:
            _add(store, records, failures, replace, report, seen)
            records, failures[:] = [], []
            if progress is not None:
                progress(report)
    failures.extend(runner.failed)
    report.failures.extend(runner.failed)
    _add(store, records, failures, replace, report, seen)
    if progress is not None:
        progress(report)
    return report


def _add(store: Store, records: list[ArticleRecord], failures: list[Failure], replace: bool,
         report: RunReport, seen: _Seen) -> None:
    """One transaction per batch; if a malformed record fails the batch, store one by one."""
    try:
        result = store.add(records, failures, replace=replace)
    except StoreError:
        raise
    except Exception:  # a record the store cannot write: find it
        store.add([], failures)
        for record in records:
            try:
                _merge(report, store.add([record], replace=replace), seen)
            except StoreError:
                raise
            except Exception as exc:
                reason = f"cannot store the record: {type(exc).__name__}: {exc}"
                failure = Failure(stage="store", reason=reason, input=record.id)
                report.failures.append(failure)
                store.add([], [failure])
        return
    _merge(report, result, seen)


def _merge(report: RunReport, result: AddResult, seen: _Seen) -> None:
    report.merge(result)
    for article_id in (*result.added, *result.skipped, *result.replaced, *result.conflicts):
        seen.mark(article_id)


def write_works(items: Iterable[Work | Failure], runner: Runner, out_dir: str, *, fmt: str = "jsonl",
                state: SeenState | None = None,
                progress: Callable[[RunReport], None] | None = None) -> RunReport:
    """Have ``runner`` write partition files of ``items`` under ``out_dir``."""
    report = RunReport()
    seen = _Seen(state)

    def works() -> Iterator[Work]:
        for item in items:
            if isinstance(item, Failure):
                report.failures.append(item)
                continue
            report.read += 1
            seen.note(item)
            yield item

    for ids in runner.write(works(), out_dir, fmt):
        report.written += len(ids)
        for article_id in ids:
            seen.mark(article_id)
        if progress is not None:
            progress(report)
    report.failures.extend(runner.failed)
    return report
