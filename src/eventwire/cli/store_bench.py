"""``eventwire store-bench``: store time next to pipeline time, for one or more store targets."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from ..ingest.throughput import store_throughput


@click.command("store-bench")
@click.option("--corpus", required=True, type=click.Path(exists=True, dir_okay=False),
              help="JSONL corpus (one article per line).")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True,
              help="Use the first N articles.")
@click.option("--db", "targets", multiple=True, required=True, metavar="TARGET",
              help="An empty store to fill (a file path, memory:, postgresql://...); repeatable.")
@click.option("--stages", default=None, help="Comma-separated stages (default: all built-in).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def store_bench(corpus: str, limit: int, targets: tuple[str, ...], stages: str | None, as_json: bool) -> None:
    """Analyse the corpus once, then time storing the records into each --db target."""
    chosen = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    result = store_throughput(corpus, list(targets), limit=limit, stages=chosen)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
        return
    table = Table(title=f"{result.articles} articles: pipeline {result.pipeline_seconds:.1f} s "
                        f"({result.articles / max(result.pipeline_seconds, 1e-9):.2f} articles/s)")
    for col in ("store", "stored", "seconds", "articles/s", "% of pipeline"):
        table.add_column(col)
    for t in result.stores:
        table.add_row(t.target, str(t.articles), f"{t.seconds:.2f}", f"{t.per_second:.0f}",
                      f"{100 * t.share_of_pipeline:.2f}")
    Console().print(table)


commands: list[click.Command] = [store_bench]
