"""``eventwire bench-cluster``: throughput of local Dask workers against one process."""

from __future__ import annotations

import json

import click


@click.command("bench-cluster")
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False),
              help="JSON Lines corpus (id, text).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Articles to use.")
@click.option("--workers", default="1,2", show_default=True, help="Comma-separated local worker counts.")
@click.option("--partition", type=click.IntRange(min=1), default=8, show_default=True,
              help="Articles per cluster task.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def bench_cluster_cmd(corpus: str, limit: int, workers: str, partition: int, as_json: bool) -> None:
    """Time the pipeline in this process, then on local Dask clusters of 1..N workers."""
    from ..errors import InputError
    from ..scale.bench import run_scale_bench

    try:
        counts = tuple(int(w) for w in workers.split(",") if w.strip())
    except ValueError:
        raise InputError(f"--workers: expected numbers like 1,2, got {workers!r}") from None
    result = run_scale_bench(corpus, limit=limit, workers=counts, partition=partition)
    if as_json:
        click.echo(json.dumps({**result.to_dict(), "overhead": result.overhead}))
        return
    click.echo(f"{result.articles} articles, {result.words} words, partition {result.partition}, "
               f"{result.cores} cores, load {result.load_avg[0]:.1f}")
    for s in result.sides:
        click.echo(f"{s.name:>8}: {s.articles_per_s:6.2f} articles/s  {s.ms_per_article:7.1f} ms/article  "
                   f"wall {s.seconds:7.2f} s  CPU {s.cpu_seconds:7.2f} s"
                   f" ({s.cpu_ms_per_article:.0f} ms/article, cluster {s.overhead_cpu_ms_per_article:.0f})")
        if s.workers:
            click.echo(f"{'':>10}idle cluster CPU: {s.idle_cpu_per_s:.3f} s per second")
    click.echo(f"pickling an article and its record out and back: {result.serialise_ms_per_article:.2f} ms")
    if result.overhead is not None:
        click.echo(f"cluster overhead per article (dask-1 vs local): {100 * result.overhead:+.1f}%")


commands: list[click.Command] = [bench_cluster_cmd]
