"""Where articles are analysed: in this process (or a process pool), or on a Dask cluster.

Both runners take an iterable of works (article, fetch facts) and yield records lazily,
so a caller can store them as they come and report progress.

On a cluster the works go out in partitions of ``partition`` articles, at most
``in_flight`` partitions at a time (the input is read as the cluster consumes it). A
partition whose worker dies is run again on another worker by the scheduler, and a
partition whose task raised is retried ``retries`` times; one that still fails becomes a
``Failure(stage="cluster")`` per article in :attr:`DaskRunner.failed` (its articles are not
stored, so a re-run analyses them) and the run goes on. Records come back partition by
partition, in completion order.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..fetch.page import FetchMeta, stamp
from ..fetch.sources import Work
from ..model import Article, ArticleRecord, Failure
from ..pipeline import Pipeline, PipelineConfig
from .partitions import partition_name, write_partition
from .worker import analyse_partition, write_out


@dataclass(slots=True)
class LocalRunner:
    pipeline: Pipeline
    processes: int = 1
    failed: list[Failure] = field(default_factory=list)  # never filled: errors here are raised

    def analyse(self, works: Iterable[Work]) -> Iterator[ArticleRecord]:
        metas: dict[str, FetchMeta | None] = {}

        def articles() -> Iterator[Article]:
            for article, meta in works:
                metas[article.id] = meta
                yield article

        for record in self.pipeline.run(articles(), processes=self.processes):
            yield stamp(record, metas.pop(record.id, None))

    def write(self, works: Iterable[Work], out_dir: str, fmt: str = "jsonl",
              partition: int = 64) -> Iterator[list[str]]:
        """Write partition files under ``out_dir`` from this process; yields each one's ids."""
        for part in _partitions(works, partition):
            ids = [article.id for article, _ in part]
            name = partition_name(ids)
            if not (Path(out_dir) / f"{name}.{fmt}").exists():
                write_partition(list(self.analyse(part)), Path(out_dir), name, fmt)
            yield ids


@dataclass(slots=True)
class DaskRunner:
    client: Any  # distributed.Client
    config: PipelineConfig
    partition: int = 16
    in_flight: int = 0  # partitions submitted at once; 0: twice the cluster's worker threads
    retries: int = 2
    failed: list[Failure] = field(default_factory=list)  # articles of partitions that kept failing
    _ids: dict[str, list[str]] = field(default_factory=dict)  # task key -> its articles' ids

    def analyse(self, works: Iterable[Work]) -> Iterator[ArticleRecord]:
        for records in self._each(works, analyse_partition, self.config):
            yield from records

    def write(self, works: Iterable[Work], out_dir: str, fmt: str = "jsonl") -> Iterator[list[str]]:
        """Have the workers write the partitions under ``out_dir``; yields each partition's ids."""
        yield from self._each(works, write_out, self.config, out_dir, fmt=fmt)

    def _each(self, works: Iterable[Work], fn: Any, *args: Any, fmt: str | None = None) -> Iterator[Any]:
        distributed: Any = importlib.import_module("distributed")  # typed loosely: untyped API
        limit = self.in_flight or 2 * max(1, sum(self.client.nthreads().values()))
        pending = distributed.as_completed()
        parts = _partitions(works, self.partition)
        for part in parts:
            pending.add(self._submit(fn, part, args, fmt))
            if pending.count() >= limit:
                break
        for future in pending:
            nxt = next(parts, None)
            if nxt is not None:
                pending.add(self._submit(fn, nxt, args, fmt))
            ids = self._ids.pop(future.key, [])
            try:
                result = future.result()
            except Exception as exc:  # retried and still failing (or its workers kept dying)
                reason = f"cluster task failed after {self.retries} retries: {type(exc).__name__}: {exc}"
                self.failed.extend(Failure(stage="cluster", reason=reason, input=i) for i in ids)
                continue
            finally:
                future.release()
            yield result

    def _submit(self, fn: Any, part: list[Work], args: tuple[Any, ...], fmt: str | None) -> Any:
        ids = [article.id for article, _ in part]
        name = partition_name(ids)
        extra = (name, fmt) if fmt is not None else ()
        key = f"eventwire-{fn.__name__}-{name}"
        self._ids[key] = ids
        return self.client.submit(fn, part, *args, *extra, key=key, retries=self.retries, pure=False)


def _partitions(works: Iterable[Work], size: int) -> Iterator[list[Work]]:
    part: list[Work] = []
    for work in works:
        part.append(work)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part
