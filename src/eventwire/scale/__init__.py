"""Scale-out on Dask: analyse partitions of articles on a local or remote cluster.

>>> with connect("local:2") as client:                                   # doctest: +SKIP
...     runner = DaskRunner(client, PipelineConfig())
...     report = ingest_works(store, works, runner)

- :mod:`.cluster`: ``local[:N]`` / ``tcp://HOST:PORT`` → a Dask client (temp files in the cache);
- :mod:`.worker`: the per-worker pipeline, built once and kept;
- :mod:`.runner`: local and Dask runners (partitions, retries, bounded in-flight work);
- :mod:`.partitions`: partition files for ``--out DIR`` (JSONL, or Parquet with pyarrow);
- :mod:`.ingest`: records → store, idempotently, with the seen-items state.
"""

from __future__ import annotations

from .cluster import connect, dask_temp_dir, parse_spec
from .ingest import RunReport, ingest_works, write_works
from .partitions import FORMATS, read_partitions
from .runner import DaskRunner, LocalRunner

__all__ = [
    "FORMATS",
    "DaskRunner",
    "LocalRunner",
    "RunReport",
    "connect",
    "dask_temp_dir",
    "ingest_works",
    "parse_spec",
    "read_partitions",
    "write_works",
]
