"""Cluster benchmark: the pipeline in this process against 1..N local Dask workers.

>>> result = run_scale_bench("corpus.jsonl", limit=50, workers=(1, 2))    # doctest: +SKIP

Every side analyses the same articles with the same configuration, after a warm-up that
builds the pipeline (model load excluded from the timings, as in ``eventwire bench``):

- ``local``: ``Pipeline.run(articles, processes=1)`` in this process;
- ``dask-N``: a fresh local cluster of N single-threaded workers, each with its pipeline
  already built (one warm-up task per worker), then ``DaskRunner.analyse`` over
  partitions of ``partition`` articles; wall time includes scheduling, serialisation of
  articles and records both ways and the client's collection of records.

CPU seconds are those of the analysing processes (``getrusage``: this process for
``local``; the workers plus the client for a cluster). ``overhead`` is the per-article
wall time of ``dask-1`` over that of ``local``, minus one: the cluster's cost per article.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..bench import count_words, read_corpus
from ..model import Article
from ..pipeline import Pipeline, PipelineConfig


@dataclass(slots=True)
class ScaleSide:
    name: str
    workers: int
    seconds: float
    cpu_seconds: float
    articles_per_s: float
    ms_per_article: float


@dataclass(slots=True)
class ScaleResult:
    corpus: str
    articles: int
    words: int
    partition: int
    load_avg: tuple[float, float, float]  # the machine's 1/5/15-minute load when it started
    cores: int
    sides: list[ScaleSide] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def side(self, name: str) -> ScaleSide:
        return next(s for s in self.sides if s.name == name)

    @property
    def overhead(self) -> float | None:
        names = {s.name for s in self.sides}
        if not {"local", "dask-1"} <= names:
            return None
        return self.side("dask-1").ms_per_article / self.side("local").ms_per_article - 1.0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _side(name: str, workers: int, n: int, seconds: float, cpu: float) -> ScaleSide:
    return ScaleSide(name, workers, round(seconds, 3), round(cpu, 3), round(n / seconds, 3),
                     round(1000 * seconds / n, 1))


def _warm(config: PipelineConfig, article: Article) -> None:
    from .worker import worker_pipeline

    worker_pipeline(config).analyse(article)


def _local(articles: list[Article], config: PipelineConfig) -> ScaleSide:
    pipeline = Pipeline(config)
    pipeline.analyse(articles[0])  # warm-up: model and tables loaded
    cpu0, t0 = _cpu(), time.perf_counter()
    n = sum(1 for _ in pipeline.run(articles))
    return _side("local", 0, n, time.perf_counter() - t0, _cpu() - cpu0)


def _cluster(articles: list[Article], config: PipelineConfig, workers: int, partition: int) -> ScaleSide:
    from .cluster import connect
    from .runner import DaskRunner

    with connect(f"local:{workers}") as client:
        client.run(_warm, config, articles[0])  # every worker builds its pipeline first
        before = client.run(_cpu)
        runner = DaskRunner(client, config, partition=partition)
        cpu0, t0 = _cpu(), time.perf_counter()
        n = sum(1 for _ in runner.analyse((a, None) for a in articles))
        seconds = time.perf_counter() - t0
        after = client.run(_cpu)
        cpu = sum(after[w] - before[w] for w in after) + _cpu() - cpu0
    return _side(f"dask-{workers}", workers, n, seconds, cpu)


def run_scale_bench(corpus: str, *, limit: int = 50, workers: Sequence[int] = (1, 2), partition: int = 8,
                    config: PipelineConfig | None = None) -> ScaleResult:
    config = config or PipelineConfig()
    articles = read_corpus(corpus, limit)
    result = ScaleResult(corpus=str(corpus), articles=len(articles), words=count_words(articles),
                         partition=partition, load_avg=os.getloadavg(), cores=os.cpu_count() or 1)
    result.sides.append(_local(articles, config))
    for n in workers:
        result.sides.append(_cluster(articles, config, n, partition))
    return result
