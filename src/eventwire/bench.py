"""Throughput benchmark: the full eventwire pipeline against bare spaCy on the same texts.

>>> result = run_bench("corpus.jsonl", limit=200, processes=1)    # doctest: +SKIP
>>> result.ratio                                                   # doctest: +SKIP

Each side runs in its own fresh child process (``python -m eventwire.bench --worker``), so
neither memory nor warm caches leak from one to the other:

- ``eventwire``: ``Pipeline(PipelineConfig(...)).run(articles, processes=P)``, end to end;
- ``spacy``: ``load_nlp().pipe(texts, n_process=P)`` with the same model (with ``P > 1`` in
  batches of the pipeline's chunk size, so that both sides spread the work alike; spaCy's
  default of 1,000 texts a batch would hand a small corpus to one worker).

Model loading (and building the stages) is timed separately and excluded from throughput.
With ``P > 1`` both sides include the start of their worker processes; eventwire's pool
workers also build their own pipeline (model load included), as ``Pipeline.run`` does in
real use. Words are whitespace-separated tokens. Peak memory is sampled with psutil over
the child's process tree every ``SAMPLE_S`` seconds and cross-checked with the kernel's
``ru_maxrss``; ``peak_rss_mb`` is the largest single process, ``peak_tree_rss_mb`` the
largest sum over the tree. ``ratio`` = eventwire words/s ÷ spaCy words/s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .errors import EventwireError, InputError
from .model import Article

SAMPLE_S = 0.05
SIDES = ("spacy", "eventwire")


@dataclass(slots=True)
class SideResult:
    """What one side of the benchmark measured."""

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


@dataclass(slots=True)
class BenchResult:
    corpus: str
    articles: int
    words: int
    processes: int
    parse: str
    repeat: int
    spacy: SideResult
    eventwire: SideResult
    ratio: float  # eventwire words/s ÷ spaCy words/s

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_corpus(path: str | Path, limit: int | None = None) -> list[Article]:
    """Articles of a JSON Lines corpus (``id``, ``text``), the first ``limit`` of them."""
    p = Path(path)
    out: list[Article] = []
    try:
        handle = p.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read corpus: {exc.strerror}", where=str(p)) from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg}", where=f"{p}:{lineno}") from exc
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise InputError("a corpus line needs a 'text' string", where=f"{p}:{lineno}")
            out.append(Article(id=str(rec.get("id", f"{p.name}:{lineno}")), text=rec["text"]))
    return out


def count_words(articles: Sequence[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


# -- the child side ---------------------------------------------------------------------------


def _chunk() -> int:
    from .pipeline import PipelineConfig

    return PipelineConfig().chunk


def _measure(
    side: str, articles: list[Article], processes: int, parse: str, stages: tuple[str, ...] | None
) -> dict[str, Any]:
    """Load, then time one side on ``articles`` in this process (and its workers)."""
    t0 = time.perf_counter()
    failures = 0
    if side == "spacy":
        from .nlp import load_nlp

        nlp = load_nlp()
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        texts = (a.text for a in articles)
        # several processes: hand the work out in chunks of the pipeline's size, as eventwire
        # does; one process: spaCy's own default batching
        options = {"n_process": processes, "batch_size": _chunk()} if processes > 1 else {}
        docs = nlp.pipe(texts, **options)
        n = sum(1 for _ in docs)
    else:
        from .pipeline import Pipeline, PipelineConfig
        from .stages import DEFAULT_STAGES

        pipeline = Pipeline(
            PipelineConfig(stages=stages if stages is not None else DEFAULT_STAGES, parse=parse)
        )
        _ = pipeline.parser  # loads the model
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        n = 0
        for record in pipeline.run(articles, processes=processes):
            n += 1
            failures += len(record.failures)
    seconds = time.perf_counter() - t1
    import resource

    return {
        "articles": n,
        "seconds": seconds,
        "load_seconds": load,
        "failures": failures,
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def _worker_main(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m eventwire.bench")
    parser.add_argument("--worker", choices=SIDES, required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--parse", default="selective")
    parser.add_argument("--stages", default=None)
    args = parser.parse_args(argv)
    stages = None if args.stages is None else tuple(s for s in args.stages.split(",") if s)
    articles = read_corpus(args.corpus, args.limit)
    result = _measure(args.worker, articles, args.processes, args.parse, stages)
    print(json.dumps(result), flush=True)
    return 0


# -- the parent side --------------------------------------------------------------------------


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


def _run_side(
    side: str,
    corpus: Path,
    limit: int | None,
    processes: int,
    parse: str,
    stages: Sequence[str] | None,
    words: int,
) -> SideResult:
    cmd = [
        sys.executable,
        "-m",
        "eventwire.bench",
        "--worker",
        side,
        "--corpus",
        str(corpus),
        "--processes",
        str(processes),
        "--parse",
        parse,
    ]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    if stages is not None:
        cmd += ["--stages", ",".join(stages)]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    sampler = _TreeSampler(proc.pid)
    sampler.start()
    out, err = proc.communicate()
    sampler.stop()
    if proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-5:])
        raise EventwireError(f"the {side} side of the benchmark failed (exit {proc.returncode}): {tail}")
    data = json.loads(out.strip().splitlines()[-1])
    mb = 1024.0 * 1024.0
    peak = max(
        sampler.peak_process, int(data["maxrss_self_kb"]) * 1024, int(data["maxrss_children_kb"]) * 1024
    )
    seconds = float(data["seconds"])
    n = int(data["articles"])
    return SideResult(
        name=side,
        articles=n,
        words=words,
        seconds=seconds,
        load_seconds=float(data["load_seconds"]),
        articles_per_s=n / seconds if seconds > 0 else 0.0,
        words_per_s=words / seconds if seconds > 0 else 0.0,
        peak_rss_mb=peak / mb,
        peak_tree_rss_mb=max(sampler.peak_tree, peak) / mb,
        failures=int(data["failures"]),
    )


def _best(runs: list[SideResult]) -> SideResult:
    """The fastest run, carrying the largest memory peaks seen over all runs."""
    best = min(runs, key=lambda r: r.seconds)
    best.peak_rss_mb = max(r.peak_rss_mb for r in runs)
    best.peak_tree_rss_mb = max(r.peak_tree_rss_mb for r in runs)
    return best


def run_bench(
    corpus: str | Path,
    *,
    limit: int | None = None,
    processes: int = 1,
    parse: str = "selective",
    stages: Sequence[str] | None = None,
    repeat: int = 1,
) -> BenchResult:
    """Benchmark eventwire against bare spaCy on the first ``limit`` articles of ``corpus``.

    With ``repeat`` > 1 the two sides alternate that many times (each run in a fresh child)
    and each side keeps its fastest run, with the largest memory peak of all its runs: on a
    shared machine this damps the noise of other load.
    """
    if processes < 1 or repeat < 1:
        raise ValueError("processes and repeat must be at least 1")
    path = Path(corpus)
    articles = read_corpus(path, limit)
    if not articles:
        raise InputError("the corpus has no articles", where=str(path))
    words = count_words(articles)
    runs: dict[str, list[SideResult]] = {side: [] for side in SIDES}
    for _ in range(repeat):
        for side in SIDES:
            runs[side].append(_run_side(side, path, limit, processes, parse, stages, words))
    spacy, ew = (_best(runs[side]) for side in SIDES)
    return BenchResult(
        corpus=str(path),
        articles=len(articles),
        words=words,
        processes=processes,
        parse=parse,
        repeat=repeat,
        spacy=spacy,
        eventwire=ew,
        ratio=ew.words_per_s / spacy.words_per_s if spacy.words_per_s > 0 else 0.0,
    )


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))
