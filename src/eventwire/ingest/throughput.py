"""How long storing takes next to analysing: store time vs pipeline time on one corpus.

>>> result = store_throughput("corpus.jsonl", ["bench.db", "postgresql://..."], limit=200)  # doctest: +SKIP

The corpus is analysed once (the pipeline's wall time, model loading excluded); each
target store then receives deep copies of the same records in batches of
:data:`~.loader.BATCH` through :meth:`Store.add`, exactly as ``eventwire
ingest`` stores them, and its wall time is measured (opening and migrating excluded).
The targets should be empty: a store that already holds the articles skips them.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, ArticleRecord
from ..pipeline import Pipeline, PipelineConfig
from ..store import open_store
from .reader import read_inputs


@dataclass(slots=True)
class StoreTiming:
    target: str
    articles: int  # newly stored
    seconds: float
    share_of_pipeline: float  # store seconds / pipeline seconds

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class ThroughputResult:
    articles: int
    pipeline_seconds: float
    stores: list[StoreTiming] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for row, timing in zip(out["stores"], self.stores, strict=True):
            row["per_second"] = round(timing.per_second, 2)
        return out


def analyse(
    corpus: str | Path, limit: int, stages: Sequence[str] | None = None
) -> tuple[list[ArticleRecord], float]:
    """The first ``limit`` articles of ``corpus`` analysed, and the pipeline's wall time."""
    found = (x for x in read_inputs([corpus]) if isinstance(x, Article))
    articles = list(itertools.islice(found, limit))
    config = PipelineConfig()
    if stages:
        config.stages = tuple(stages)
    pipeline = Pipeline(config)
    pipeline.run(articles[:1])  # loads the model: not part of the timing
    start = time.perf_counter()
    records = list(pipeline.run(articles))
    return records, time.perf_counter() - start


def time_store(records: Sequence[ArticleRecord], target: str, pipeline_seconds: float,
               batch: int = 64) -> StoreTiming:
    """Store copies of ``records`` into ``target`` batch by batch; the wall time it took."""
    copies = [copy.deepcopy(r) for r in records]
    with open_store(target) as store:
        added = 0
        start = time.perf_counter()
        for i in range(0, len(copies), batch):
            added += len(store.add(copies[i : i + batch]).added)
        seconds = time.perf_counter() - start
        where = store.path
    return StoreTiming(target=where, articles=added, seconds=round(seconds, 3),
                       share_of_pipeline=round(seconds / pipeline_seconds, 4) if pipeline_seconds else 0.0)


def store_throughput(corpus: str | Path, targets: Sequence[str], *, limit: int = 200,
                     stages: Sequence[str] | None = None) -> ThroughputResult:
    records, pipeline_seconds = analyse(corpus, limit, stages)
    result = ThroughputResult(articles=len(records), pipeline_seconds=round(pipeline_seconds, 3))
    for target in targets:
        result.stores.append(time_store(records, target, pipeline_seconds))
    return result
