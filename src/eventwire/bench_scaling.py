"""Scaling benchmark: the same article repeated 1×, 10×, 100×, 1000× as one text.

>>> rows = run_scaling(text, factors=(1, 10, 100))           # doctest: +SKIP
>>> [round(r.ms_per_1000_words) for r in rows]                 # doctest: +SKIP

The pipeline's cost should grow linearly with the length of an article, so the time per
1,000 words should stay flat across sizes, and memory should stay bounded. Each size runs
in its own fresh child process (``python -m eventwire.bench_scaling --worker``): the child
loads the model, warms the stages up on the text once (1×), then times the analysis of
the repeated text. ``peak_rss_mb`` is the child's peak resident memory (``ru_maxrss``);
``base_rss_mb`` its resident memory after the warm-up, so the difference is what the long
text cost. Copies are joined by a blank line. Words are whitespace-separated tokens.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .errors import EventwireError

DEFAULT_FACTORS = (1, 10, 100, 1000)


@dataclass(slots=True)
class ScalingRow:
    factor: int
    chars: int
    words: int
    seconds: float  # wall time
    ms_per_1000_words: float
    cpu_seconds: float  # process CPU time: steadier than wall time on a shared machine
    cpu_ms_per_1000_words: float
    peak_rss_mb: float
    base_rss_mb: float
    events: int
    failures: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def repeat_text(text: str, factor: int) -> str:
    return "\n\n".join([text.strip()] * factor)


def _rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _measure(text: str, factor: int, stages: Sequence[str] | None) -> ScalingRow:
    from .model import Article
    from .pipeline import Pipeline, PipelineConfig

    config = PipelineConfig() if stages is None else PipelineConfig(stages=tuple(stages))
    pipeline = Pipeline(config)
    pipeline.analyse(Article(id="warm-up", text=text))
    base = _rss_mb()
    long_text = repeat_text(text, factor)
    words = len(long_text.split())
    t0, c0 = time.perf_counter(), time.process_time()
    record = pipeline.analyse(Article(id=f"x{factor}", text=long_text))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return ScalingRow(
        factor=factor,
        chars=len(long_text),
        words=words,
        seconds=round(seconds, 3),
        ms_per_1000_words=round(1e6 * seconds / max(words, 1), 1),
        cpu_seconds=round(cpu, 3),
        cpu_ms_per_1000_words=round(1e6 * cpu / max(words, 1), 1),
        peak_rss_mb=round(_rss_mb(), 1),
        base_rss_mb=round(base, 1),
        events=len(record.events),
        failures=len(record.failures),
    )


def _worker_main(argv: Sequence[str]) -> int:
    factor = int(argv[0])
    stages = [s for s in argv[1].split(",") if s] if len(argv) > 1 and argv[1] != "-" else None
    text = sys.stdin.read()
    print(json.dumps(_measure(text, factor, stages).to_dict()))
    return 0


def run_scaling(
    text: str,
    factors: Sequence[int] = DEFAULT_FACTORS,
    *,
    stages: Sequence[str] | None = None,
    timeout: float | None = None,
    on_row: Callable[[ScalingRow], None] | None = None,
) -> list[ScalingRow]:
    """Measure each factor in a fresh child process; ``on_row`` is called as each ends."""
    rows: list[ScalingRow] = []
    for factor in factors:
        argv = [sys.executable, "-m", "eventwire.bench_scaling", "--worker", str(factor)]
        argv.append(",".join(stages) if stages is not None else "-")
        try:
            done = subprocess.run(
                argv, input=text, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired:
            raise EventwireError(f"scaling benchmark: {factor}x did not finish in {timeout:.0f} s") from None
        if done.returncode != 0:
            raise EventwireError(f"scaling benchmark: {factor}x failed: {done.stderr.strip()[-2000:]}")
        row = ScalingRow(**json.loads(done.stdout.strip().splitlines()[-1]))
        rows.append(row)
        if on_row is not None:
            on_row(row)
    return rows


if __name__ == "__main__":  # pragma: no cover - the child process of run_scaling
    if sys.argv[1:2] == ["--worker"]:
        sys.exit(_worker_main(sys.argv[2:]))
    sys.exit("usage: python -m eventwire.bench_scaling --worker FACTOR STAGES < text")
