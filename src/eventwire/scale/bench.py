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
``local``; the workers plus the client, which also runs the local scheduler, for a
cluster); ``analysis_cpu_seconds`` is the part spent inside the analysis (the workers'
task threads), so ``overhead_cpu_ms_per_article`` is the cluster's own CPU cost per
article, a figure that a busy machine disturbs far less than wall time. It splits into
a standing cost (``idle_cpu_per_s``: event loops and heartbeats, measured on the idle
cluster, paid per second whatever the work) and a per-article cost (scheduling,
serialisation: ``serialise_ms_per_article`` times the pickling alone). ``overhead`` is
the per-article wall time of ``dask-1`` over that of ``local``, minus one.
"""

from __future__ import annotations

import os
import pickle
import resource
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..bench import count_words, read_corpus
from ..model import Article
from ..pipeline import Pipeline, PipelineConfig

IDLE_S = 3.0  # seconds the warm, idle cluster is watched to measure its standing CPU cost


@dataclass(slots=True)
class ScaleSide:
    name: str
    workers: int
    seconds: float
    cpu_seconds: float  # every analysing process: this one, or the workers plus the client
    articles_per_s: float
    ms_per_article: float
    cpu_ms_per_article: float
    analysis_cpu_seconds: float  # CPU inside the analysis itself (the workers' task threads)
    overhead_cpu_ms_per_article: float  # the rest: scheduling, serialisation, the client's share
    idle_cpu_per_s: float = 0.0  # CPU seconds per second the cluster's processes use when idle


@dataclass(slots=True)
class ScaleResult:
    corpus: str
    articles: int
    words: int
    partition: int
    load_avg: tuple[float, float, float]  # the machine's 1/5/15-minute load when it started
    cores: int
    sides: list[ScaleSide] = field(default_factory=list)
    serialise_ms_per_article: float = 0.0  # pickle out and back of an article and its record

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


def _side(name: str, workers: int, n: int, seconds: float, cpu: float, analysis_cpu: float) -> ScaleSide:
    return ScaleSide(name, workers, round(seconds, 3), round(cpu, 3), round(n / seconds, 3),
                     round(1000 * seconds / n, 1), round(1000 * cpu / n, 1), round(analysis_cpu, 3),
                     round(1000 * (cpu - analysis_cpu) / n, 1))


def _warm(config: PipelineConfig, article: Article) -> None:
    from .worker import worker_pipeline

    worker_pipeline(config).analyse(article)


def _local(articles: list[Article], config: PipelineConfig) -> tuple[ScaleSide, float]:
    """The in-process side, and the CPU ms per article of pickling its inputs and records
    out and back (what a cluster adds to move them)."""
    pipeline = Pipeline(config)
    pipeline.analyse(articles[0])  # warm-up: model and tables loaded
    cpu0, t0 = _cpu(), time.perf_counter()
    records = list(pipeline.run(articles))
    cpu = _cpu() - cpu0
    side = _side("local", 0, len(records), time.perf_counter() - t0, cpu, cpu)
    c0 = time.process_time()
    pickle.loads(pickle.dumps([(a, None) for a in articles], protocol=5))
    pickle.loads(pickle.dumps(records, protocol=5))
    return side, round(1000 * (time.process_time() - c0) / len(records), 2)


def _cluster(articles: list[Article], config: PipelineConfig, workers: int, partition: int,
             idle_s: float) -> ScaleSide:
    from .cluster import connect
    from .runner import DaskRunner
    from .worker import worker_stats

    with connect(f"local:{workers}") as client:
        client.run(_warm, config, articles[0])  # every worker builds its pipeline first
        idle0, c0, i0 = client.run(_cpu), _cpu(), time.perf_counter()
        time.sleep(idle_s)
        idle1, c1, idle_s = client.run(_cpu), _cpu(), time.perf_counter() - i0
        before, stats0 = client.run(_cpu), client.run(worker_stats)
        runner = DaskRunner(client, config, partition=partition)
        cpu0, t0 = _cpu(), time.perf_counter()
        n = sum(1 for _ in runner.analyse((a, None) for a in articles))
        seconds = time.perf_counter() - t0
        after, stats1 = client.run(_cpu), client.run(worker_stats)
        cpu = sum(after[w] - before[w] for w in after) + _cpu() - cpu0
        analysis = sum(stats1[w]["task_cpu"] - stats0[w]["task_cpu"] for w in stats1)
    side = _side(f"dask-{workers}", workers, n, seconds, cpu, analysis)
    side.idle_cpu_per_s = round((sum(idle1[w] - idle0[w] for w in idle1) + c1 - c0) / idle_s, 4)
    return side


def run_scale_bench(corpus: str, *, limit: int = 50, workers: Sequence[int] = (1, 2), partition: int = 8,
                    config: PipelineConfig | None = None, idle_s: float = IDLE_S) -> ScaleResult:
    config = config or PipelineConfig()
    articles = read_corpus(corpus, limit)
    result = ScaleResult(corpus=str(corpus), articles=len(articles), words=count_words(articles),
                         partition=partition, load_avg=os.getloadavg(), cores=os.cpu_count() or 1)
    local, result.serialise_ms_per_article = _local(articles, config)
    result.sides.append(local)
    for n in workers:
        result.sides.append(_cluster(articles, config, n, partition, idle_s))
    return result
