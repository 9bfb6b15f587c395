"""What runs on a Dask worker: analyse one partition with the worker's own pipeline.

Each worker process builds the pipeline (spaCy model, stage tables) on its first
partition and keeps it in :data:`_PIPELINES`, keyed by the configuration, for every later
partition. Records go back to the client, or, with an output folder, are written there as
one file per partition (see :mod:`eventwire.scale.partitions`) and only their ids go back.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

from ..fetch.page import stamp
from ..fetch.sources import Work
from ..model import ArticleRecord
from ..pipeline import Pipeline, PipelineConfig
from .partitions import write_partition

_PIPELINES: dict[str, Pipeline] = {}
_STATS: dict[str, float] = {"builds": 0, "partitions": 0, "articles": 0, "task_cpu": 0.0}


def worker_stats() -> dict[str, float]:
    """How many pipelines this process built, how many partitions and articles it analysed,
    and the CPU seconds its task thread spent analysing them (``task_cpu``)."""
    return dict(_STATS)


def config_key(config: PipelineConfig) -> str:
    return json.dumps(dataclasses.asdict(config), sort_keys=True, default=str)


def worker_pipeline(config: PipelineConfig) -> Pipeline:
    """This process's pipeline for ``config``, built on first use."""
    key = config_key(config)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        pipeline = _PIPELINES[key] = Pipeline(config)
        _STATS["builds"] += 1
    return pipeline


def analyse_partition(works: list[Work], config: PipelineConfig) -> list[ArticleRecord]:
    """The records of ``works``, in order, with their fetch facts stamped in."""
    pipeline = worker_pipeline(config)
    cpu0 = time.thread_time()
    metas = [meta for _, meta in works]
    records = pipeline.run([article for article, _ in works])
    done = [stamp(record, meta) for record, meta in zip(records, metas, strict=True)]
    _STATS["partitions"] += 1
    _STATS["articles"] += len(works)
    _STATS["task_cpu"] += time.thread_time() - cpu0
    return done


def write_out(works: list[Work], config: PipelineConfig, out_dir: str, name: str, fmt: str) -> list[str]:
    """Analyse ``works`` and write them as partition ``name`` under ``out_dir`` (skipped when
    that partition is already there); returns the ids of the partition's articles."""
    target = Path(out_dir)
    ids = [article.id for article, _ in works]
    if not (target / f"{name}.{fmt}").exists():
        write_partition(analyse_partition(works, config), target, name, fmt)
    return ids
