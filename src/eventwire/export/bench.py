"""Measure exports on a large store: peak memory (RSS) and time of ``eventwire export``.

:func:`replicate` builds a synthetic store of N articles from the analysed records of a small
one (each copy a new article id, stored directly, no analysis); :func:`measure` runs the real
``eventwire export`` command in a child process for each format and reads the child's peak
resident set size from the kernel (``wait4``), so the figure is the command's own.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError
from ..model import ArticleRecord
from ..store import Store, open_store

BATCH = 500


@dataclass(frozen=True, slots=True)
class ExportRun:
    format: str
    articles: int
    seconds: float
    peak_rss_mb: float
    output_mb: float
    message: str  # the command's own report ("exported N events to PATH")


def _copies(records: list[ArticleRecord], n: int) -> Iterator[ArticleRecord]:
    for i in range(n):
        base = records[i % len(records)]
        # a new id and a distinct publisher per copy, the analysis unchanged
        yield dataclasses.replace(base, id=f"{base.id}~{i}", source=f"publisher-{i % 97}")


def replicate(source: Store, target: Store, articles: int) -> int:
    """Store ``articles`` copies of the records of ``source`` (cycled) in ``target``; the count added."""
    records = list(source.iter_records())
    if not records:
        raise ExportError("the source store has no articles to replicate", where=source.path)
    added, batch = 0, []
    for record in _copies(records, articles):
        batch.append(record)
        if len(batch) >= BATCH:
            added += len(target.add(batch).added)
            batch = []
    if batch:
        added += len(target.add(batch).added)
    return added


def build_store(source_db: str, target_db: Path, articles: int) -> int:
    """A synthetic store at ``target_db`` (made once; reused when it holds ``articles`` already)."""
    with open_store(target_db) as target:
        have = target.article_stats().count
        if have >= articles:
            return have
        with open_store(source_db) as source:
            return have + replicate(source, target, articles - have)


def measure(db: Path, fmt: str, out: Path, *, partition: bool = False) -> ExportRun:
    """Run ``eventwire export`` on ``db`` in a child process; its time and peak RSS."""
    args = [sys.executable, "-c", "from eventwire.cli import main; main()", "export", "--db", str(db),
            "--format", fmt, "--out", str(out), *(["--partition"] if partition else [])]
    start = time.perf_counter()
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    with child.stdout:
        message = child.stdout.read().strip()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        raise ExportError(f"export failed: {message[-500:]}", where=str(db))
    files = [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else [out]
    size = sum(p.stat().st_size for p in files)
    with open_store(db) as store:
        articles = store.article_stats().count
    return ExportRun(fmt, articles, round(seconds, 2), round(usage.ru_maxrss / 1024, 1),
                     round(size / 2**20, 2), message)
