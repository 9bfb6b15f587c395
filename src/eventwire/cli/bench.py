"""``eventwire bench``: eventwire's throughput against bare spaCy on the same corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..bench import BenchResult, run_bench


def _print_table(result: BenchResult) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"eventwire bench: {result.articles} articles, {result.words} words, "
        f"{result.processes} process(es), parse={result.parse}, best of {result.repeat}"
    )
    for col in (
        "side",
        "articles/s",
        "words/s",
        "seconds",
        "model load s",
        "peak RSS MB/process",
        "peak RSS MB/tree",
        "failures",
    ):
        table.add_column(col, justify="right")
    for side in (result.spacy, result.eventwire):
        table.add_row(
            side.name,
            f"{side.articles_per_s:.2f}",
            f"{side.words_per_s:.0f}",
            f"{side.seconds:.2f}",
            f"{side.load_seconds:.2f}",
            f"{side.peak_rss_mb:.0f}",
            f"{side.peak_tree_rss_mb:.0f}",
            str(side.failures),
        )
    console = Console()
    console.print(table)
    console.print(f"ratio (eventwire words/s ÷ spaCy words/s): [bold]{result.ratio:.3f}[/bold]")


@click.command("bench")
@click.option(
    "--corpus",
    required=False,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON Lines corpus with a 'text' field per line.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use only the first N articles.")
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for both sides.",
)
@click.option("--parse", type=click.Choice(["selective", "full"]), default="selective", show_default=True,
              help="selective: full dependency parse only of sentences with cue words; full: every sentence.")
@click.option("--stages", default=None, help="Comma-separated eventwire stages (default: all built-in).")
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Alternate the two sides N times and keep each side's fastest run.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (with top-level 'ratio').")
@click.option("--scaling", is_flag=True,
              help="Time one article repeated --factors times instead (default text: a bundled sample).")
@click.option("--factors", default="1,10,100,1000", show_default=True, help="Sizes for --scaling.")
def bench_command(
    corpus: Path | None,
    limit: int | None,
    processes: int,
    parse: str,
    stages: str | None,
    repeat: int,
    as_json: bool,
    scaling: bool,
    factors: str,
) -> None:
    """Run the full pipeline and bare spaCy on the same texts, each in a fresh process.

    With --scaling: the same article at 1x, 10x, 100x, 1000x its length, time per 1,000
    words and peak memory per size."""
    names = (
        None
        if stages is None
        else [s.strip() for s in stages.split(",") if s.strip() and s.strip() != "none"]
    )
    if scaling:
        from .bench_scaling import run as run_scaling

        run_scaling(corpus, factors, names, as_json)
        return
    if corpus is None:
        raise click.UsageError("--corpus is required (except with --scaling)")
    from .progress import status

    with status(f"bench: spaCy and eventwire, {repeat} run(s) each, in fresh processes", as_json=as_json):
        result = run_bench(corpus, limit=limit, processes=processes, parse=parse, stages=names, repeat=repeat)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
    else:
        _print_table(result)


commands: list[click.Command] = [bench_command]
