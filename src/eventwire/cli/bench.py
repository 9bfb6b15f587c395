"""``eventwire bench``: eventwire's throughput against bare spaCy at its best on the same corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..bench import BATCH_SIZES, BenchResult, SideResult, run_bench


def _row(side: SideResult, best: SideResult) -> list[str]:
    return [
        side.name,
        f"{side.articles_per_s:.2f}",
        f"{side.words_per_s:.0f}",
        f"{side.words_per_s / best.words_per_s:.3f}" if best.words_per_s > 0 else "-",
        f"{side.seconds:.2f}",
        f"{side.cpu_seconds:.2f}",
        f"{side.load_seconds:.2f}",
        f"{side.peak_rss_mb:.0f}",
        f"{side.peak_tree_rss_mb:.0f}",
        str(side.failures),
    ]


def _print_table(result: BenchResult) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"eventwire bench: {result.articles} articles, {result.words} words, "
        f"{result.processes} process(es), parse={result.parse}, best of {result.repeat}"
    )
    for col in (
        "run",
        "articles/s",
        "words/s",
        "÷ best spaCy",
        "wall s",
        "CPU s",
        "model load s",
        "peak RSS MB/process",
        "peak RSS MB/tree",
        "failures",
    ):
        table.add_column(col, justify="right")
    sides = [*result.spacy_runs, result.eventwire]
    if result.eventwire_single is not None:
        sides.append(result.eventwire_single)
    for side in sides:
        table.add_row(*_row(side, result.spacy))
    console = Console()
    console.print(table)
    console.print(
        f"ratio to the best bare spaCy ({result.spacy.name}): [bold]{result.ratio:.3f}[/bold]; "
        f"to spaCy's default batch ({result.spacy_default.name}): {result.ratio_default:.3f}"
    )
    if result.speedup is not None:
        console.print(f"eventwire speed-up with {result.processes} processes: {result.speedup:.2f}x")


def _sizes(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(v) for v in value.split(",") if v.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a comma-separated list of integers") from None
    if not sizes or any(s < 1 for s in sizes):
        raise click.BadParameter(f"{value!r}: give one or more batch sizes of at least 1")
    return sizes


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
    help="Worker processes for every run (with more than one, eventwire also runs with one "
    "process to report the speed-up).",
)
@click.option(
    "--parse",
    type=click.Choice(["selective", "full"]),
    default="selective",
    show_default=True,
    help="eventwire's parse mode: dependency-parse only cue sentences (selective) or all (full).",
)
@click.option("--stages", default=None, help="Comma-separated eventwire stages (default: all built-in).")
@click.option(
    "--batch-sizes",
    default=",".join(str(b) for b in BATCH_SIZES),
    show_default=True,
    callback=_sizes,
    help="Bare-spaCy batch sizes to measure (spaCy's default, 1000, is always added); "
    "eventwire is compared with the fastest.",
)
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Alternate the runs N times and keep each configuration's fastest run.",
)
@click.option("--no-speedup", is_flag=True, help="With --processes > 1, skip the one-process eventwire run.")
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
    batch_sizes: tuple[int, ...],
    repeat: int,
    no_speedup: bool,
    as_json: bool,
    scaling: bool,
    factors: str,
) -> None:
    """Run the full pipeline and bare spaCy at several batch sizes on the same texts, each in a
    fresh process, and compare eventwire with the fastest spaCy.

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

    with status("bench: bare spaCy at each batch size, then eventwire", as_json=as_json):
        result = run_bench(
            corpus,
            limit=limit,
            processes=processes,
            parse=parse,
            stages=names,
            repeat=repeat,
            batch_sizes=batch_sizes,
            speedup=not no_speedup,
        )
    if as_json:
        click.echo(json.dumps(result.to_dict()))
    else:
        _print_table(result)


commands: list[click.Command] = [bench_command]
