"""Throughput benchmark: the full eventwire pipeline against bare spaCy at its best.

>>> result = run_bench("corpus.jsonl", limit=200, processes=1)    # doctest: +SKIP
>>> result.ratio                                                   # doctest: +SKIP

A user choosing between "run spaCy and write rules" and eventwire compares with the best
spaCy they can get, so bare spaCy runs once per batch size (``BATCH_SIZES``: 8, 32, 128 and
spaCy's own default, 1,000 texts a batch) and eventwire is compared with the fastest of
them. Every run is a fresh child process (``python -m eventwire.bench_child``), so neither
memory nor warm caches leak from one run to the next:

- ``spacy[b=N]``: ``load_nlp().pipe(texts, n_process=P, batch_size=N)`` with the same model;
- ``eventwire``: ``Pipeline(PipelineConfig(...)).run(articles, processes=P)``, end to end;
- with ``P > 1`` and ``speedup=True``, eventwire once more with one process, for the
  P-process speed-up.

Model loading (and building the stages) is timed separately and excluded from throughput.
With ``P > 1`` both sides include the start of their worker processes; eventwire's pool
workers also build their own pipeline (model load included), as ``Pipeline.run`` does in
real use. Words are whitespace-separated tokens. CPU time is user + system time of the
child and its waited-for workers. Peak memory is sampled with psutil over the child's
process tree every ``SAMPLE_S`` seconds and cross-checked with the kernel's ``ru_maxrss``;
``peak_rss_mb`` is the largest single process, ``peak_tree_rss_mb`` the largest sum over
the tree. ``ratio`` = eventwire words/s ÷ the best spaCy words/s; ``ratio_default`` the
same against spaCy's default batch size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import EventwireError, InputError
from .jsonl import read_jsonl
from .model import Article

SAMPLE_S = 0.05
SPACY_DEFAULT_BATCH = 1000  # spaCy's Language.pipe default batch_size
BATCH_SIZES: tuple[int, ...] = (8, 32, 128, SPACY_DEFAULT_BATCH)


@dataclass(slots=True)
class SideResult:
    """What one run of one side measured."""

    name: str
    articles: int
    words: int
    seconds: float  # processing wall time, model load excluded
    load_seconds: float
    articles_per_s: float
    words_per_s: float
    peak_rss_mb: float  # largest single process of the side's tree
    peak_tree_rss_mb: float  # largest sum of RSS over the tree at one sample
    failures: int = 0  # stage failures recorded in eventwire records
    cpu_seconds: float = 0.0  # user + system, model load excluded
    batch_size: int | None = None  # spaCy's batch size (None for eventwire)
    processes: int = 1


@dataclass(slots=True)
class BenchResult:
    corpus: str
    articles: int
    words: int
    processes: int
    parse: str
    repeat: int
    spacy: SideResult  # the fastest bare-spaCy configuration
    spacy_default: SideResult  # bare spaCy at its default batch size
    spacy_runs: list[SideResult]  # every bare-spaCy configuration measured
    eventwire: SideResult
    ratio: float  # eventwire words/s ÷ best spaCy words/s
    ratio_default: float  # eventwire words/s ÷ default-batch spaCy words/s
    eventwire_single: SideResult | None = None  # eventwire with one process (speed-up base)
    speedup: float | None = None  # eventwire P-process words/s ÷ one-process words/s

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_corpus(path: str | Path, limit: int | None = None) -> list[Article]:
    """Articles of a JSON Lines corpus (``id``, ``text``), the first ``limit`` of them."""
    p = Path(path)
    out: list[Article] = []
    for lineno, rec in read_jsonl(p, what="corpus"):
        if limit is not None and len(out) >= limit:
            break
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise InputError("a corpus line needs a 'text' string", where=f"{p}:{lineno}")
        out.append(Article(id=str(rec.get("id", f"{p.name}:{lineno}")), text=rec["text"]))
    return out


def count_words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


class _TreeSampler(threading.Thread):
    """Samples the RSS of a process and its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_process = 0
        self.peak_tree = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop_event.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                break
            total = 0
            for proc in procs:
                try:
                    rss = int(proc.memory_info().rss)
                except psutil.Error:
                    continue
                total += rss
                self.peak_process = max(self.peak_process, rss)
            self.peak_tree = max(self.peak_tree, total)
            self._stop_event.wait(SAMPLE_S)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


@dataclass(frozen=True, slots=True)
class _Run:
    """One child run to make: a side with its settings."""

    side: str
    processes: int
    batch_size: int | None = None

    @property
    def name(self) -> str:
        base = self.side if self.batch_size is None else f"{self.side}[b={self.batch_size}]"
        return base if self.processes == 1 else f"{base} x{self.processes}"


def _child_command(
    run: _Run, corpus: Path, limit: int | None, parse: str, stages: Sequence[str] | None
) -> list[str]:
    cmd = [sys.executable, "-m", "eventwire.bench_child", "--side", run.side, "--corpus", str(corpus)]
    cmd += ["--processes", str(run.processes), "--parse", parse]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    if stages is not None:
        cmd += ["--stages", ",".join(stages)]
    if run.batch_size is not None:
        cmd += ["--batch-size", str(run.batch_size)]
    return cmd


def _run_child(
    run: _Run, corpus: Path, limit: int | None, parse: str, stages: Sequence[str] | None, words: int
) -> SideResult:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    cmd = _child_command(run, corpus, limit, parse, stages)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    sampler.stop()
    if proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-5:])
        raise EventwireError(f"the {run.name} run of the benchmark failed (exit {proc.returncode}): {tail}")
    data = json.loads(out.strip().splitlines()[-1])
    mb = 1024.0 * 1024.0
    peak = max(
        sampler.peak_process, int(data["maxrss_self_kb"]) * 1024, int(data["maxrss_children_kb"]) * 1024
    )
    seconds = float(data["seconds"])
    n = int(data["articles"])
    return SideResult(
        name=run.name,
        articles=n,
        words=words,
        seconds=seconds,
        load_seconds=float(data["load_seconds"]),
        articles_per_s=n / seconds if seconds > 0 else 0.0,
        words_per_s=words / seconds if seconds > 0 else 0.0,
        peak_rss_mb=peak / mb,
        peak_tree_rss_mb=max(sampler.peak_tree, peak) / mb,
        failures=int(data["failures"]),
        cpu_seconds=float(data["cpu_seconds"]),
        batch_size=run.batch_size,
        processes=run.processes,
    )


def _fastest(runs: list[SideResult]) -> SideResult:
    """The fastest of the repeated runs of one configuration, carrying the largest memory
    peaks seen over all of them."""
    best = min(runs, key=lambda r: r.seconds)
    best.peak_rss_mb = max(r.peak_rss_mb for r in runs)
    best.peak_tree_rss_mb = max(r.peak_tree_rss_mb for r in runs)
    return best


def _plan(processes: int, batch_sizes: Sequence[int], speedup: bool) -> list[_Run]:
    plan = [_Run("spacy", processes, b) for b in batch_sizes]
    plan.append(_Run("eventwire", processes))
    if speedup and processes > 1:
        plan.append(_Run("eventwire", 1))
    return plan


def run_bench(
    corpus: str | Path,
    *,
    limit: int | None = None,
    processes: int = 1,
    parse: str = "selective",
    stages: Sequence[str] | None = None,
    repeat: int = 1,
    batch_sizes: Sequence[int] = BATCH_SIZES,
    speedup: bool = True,
) -> BenchResult:
    """Benchmark eventwire against bare spaCy (at every batch size in ``batch_sizes``, plus
    spaCy's default) on the first ``limit`` articles of ``corpus``.

    With ``repeat`` > 1 the runs alternate that many times (each in a fresh child) and each
    configuration keeps its fastest run, with the largest memory peak of all its runs: on a
    shared machine this damps the noise of other load.
    """
    if processes < 1 or repeat < 1:
        raise ValueError("processes and repeat must be at least 1")
    if any(b < 1 for b in batch_sizes):
        raise ValueError("batch sizes must be at least 1")
    sizes = sorted(set(batch_sizes) | {SPACY_DEFAULT_BATCH})
    path = Path(corpus)
    articles = read_corpus(path, limit)
    if not articles:
        raise InputError("the corpus has no articles", where=str(path))
    words = count_words(articles)
    plan = _plan(processes, sizes, speedup)
    measured: dict[_Run, list[SideResult]] = {run: [] for run in plan}
    for _ in range(repeat):
        for run in plan:
            measured[run].append(_run_child(run, path, limit, parse, stages, words))
    results = {run: _fastest(runs) for run, runs in measured.items()}
    spacy_runs = [results[run] for run in plan if run.side == "spacy"]
    best = max(spacy_runs, key=lambda r: r.words_per_s)
    default = next(r for r in spacy_runs if r.batch_size == SPACY_DEFAULT_BATCH)
    ew = results[_Run("eventwire", processes)]
    single = results.get(_Run("eventwire", 1)) if processes > 1 else None
    return BenchResult(
        corpus=str(path),
        articles=len(articles),
        words=words,
        processes=processes,
        parse=parse,
        repeat=repeat,
        spacy=best,
        spacy_default=default,
        spacy_runs=spacy_runs,
        eventwire=ew,
        ratio=_ratio(ew, best),
        ratio_default=_ratio(ew, default),
        eventwire_single=single,
        speedup=_ratio(ew, single) if single is not None else None,
    )


def _ratio(a: SideResult, b: SideResult) -> float:
    return a.words_per_s / b.words_per_s if b.words_per_s > 0 else 0.0
