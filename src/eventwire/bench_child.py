"""The child side of ``eventwire bench``: one run of one side, in its own fresh process.

``python -m eventwire.bench_child --side spacy --batch-size 32 --corpus C`` loads the model,
times one pass over the corpus and prints one JSON line: articles, wall seconds, CPU seconds
(user + system of this process and its waited-for workers), model-load seconds, stage
failures and the kernel's peak RSS figures. The parent (:mod:`eventwire.bench`) samples the
memory of the whole process tree while it runs.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .bench import read_corpus
from .model import Article

SIDES = ("spacy", "eventwire")


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass(slots=True)
class _Clock:
    """Wall and CPU time from the end of the model load to the end of the pass."""

    load: float = 0.0
    wall: float = 0.0
    cpu: float = 0.0
    _t0: float = 0.0
    _c0: float = 0.0

    def loaded(self, started: float) -> None:
        self._t0 = time.perf_counter()
        self._c0 = _cpu_seconds()
        self.load = self._t0 - started

    def done(self) -> None:
        self.wall = time.perf_counter() - self._t0
        self.cpu = _cpu_seconds() - self._c0


def _spacy_pass(articles: list[Article], processes: int, batch_size: int | None, clock: _Clock) -> int:
    from .nlp import load_nlp

    started = time.perf_counter()
    nlp = load_nlp()
    clock.loaded(started)
    options: dict[str, Any] = {"n_process": processes}
    if batch_size is not None:
        options["batch_size"] = batch_size
    n = sum(1 for _ in nlp.pipe((a.text for a in articles), **options))
    clock.done()
    return n


def _eventwire_pass(
    articles: list[Article], processes: int, parse: str, stages: tuple[str, ...] | None, clock: _Clock
) -> tuple[int, int]:
    from .pipeline import Pipeline, PipelineConfig
    from .stages import DEFAULT_STAGES

    started = time.perf_counter()
    pipeline = Pipeline(PipelineConfig(stages=stages if stages is not None else DEFAULT_STAGES, parse=parse))
    _ = pipeline.parser  # loads the model
    clock.loaded(started)
    n = failures = 0
    for record in pipeline.run(articles, processes=processes):
        n += 1
        failures += len(record.failures)
    clock.done()
    return n, failures


def measure(
    side: str,
    articles: list[Article],
    *,
    processes: int = 1,
    parse: str = "selective",
    stages: tuple[str, ...] | None = None,
    batch_size: int | None = None,
) -> dict[str, Any]:
    """Load, then time one side on ``articles`` in this process (and its workers).

    Wall and CPU time exclude the model load (and, for eventwire, building the stages)."""
    clock = _Clock()
    failures = 0
    if side == "spacy":
        n = _spacy_pass(articles, processes, batch_size, clock)
    elif side == "eventwire":
        n, failures = _eventwire_pass(articles, processes, parse, stages, clock)
    else:
        raise ValueError(f"unknown bench side {side!r}; expected one of {', '.join(SIDES)}")
    return {
        "articles": n,
        "seconds": clock.wall,
        "cpu_seconds": clock.cpu,
        "load_seconds": clock.load,
        "failures": failures,
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }


def main(argv: Sequence[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m eventwire.bench_child")
    parser.add_argument("--side", choices=SIDES, required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--parse", default="selective")
    parser.add_argument("--stages", default=None)
    parser.add_argument("--batch-size", type=int, default=None)
    args = parser.parse_args(argv)
    stages = None if args.stages is None else tuple(s for s in args.stages.split(",") if s)
    articles = read_corpus(args.corpus, args.limit)
    result = measure(
        args.side,
        articles,
        processes=args.processes,
        parse=args.parse,
        stages=stages,
        batch_size=args.batch_size,
    )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
