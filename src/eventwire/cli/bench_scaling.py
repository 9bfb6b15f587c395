"""``eventwire bench --scaling``: time and memory per article size (see :mod:`eventwire.bench_scaling`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..bench_scaling import ScalingRow, run_scaling


def scaling_text(corpus: Path | None) -> str:
    """The text to repeat: the first article of ``corpus``, else the first bundled sample."""
    if corpus is not None:
        from ..bench import read_corpus

        return read_corpus(corpus, limit=1)[0].text
    from ..ingest import read_inputs, samples_dir
    from ..model import Article

    first = next(a for a in read_inputs([samples_dir() / "01-lithuania-belarus-dispute.txt"]))
    assert isinstance(first, Article)
    return first.text


def run(corpus: Path | None, factors: str, stages: list[str] | None, as_json: bool) -> None:
    """Measure and print the scaling table (rows print as each size ends)."""
    try:
        sizes = [int(f) for f in factors.split(",") if f.strip()]
    except ValueError:
        raise click.BadParameter(f"expected comma-separated integers, got {factors!r}",
                                 param_hint="--factors") from None
    text = scaling_text(corpus)
    if not as_json:
        click.echo(f"{'size':>6} {'chars':>10} {'words':>9} {'seconds':>9} {'ms/1000 words':>14}"
                   f" {'CPU s':>8} {'CPU ms/1000 w':>14} {'peak MB':>8} {'base MB':>8} {'events':>7}")

    def show(row: ScalingRow) -> None:
        if as_json:
            click.echo(json.dumps(row.to_dict()))
        else:
            click.echo(f"{row.factor:>5}x {row.chars:>10,} {row.words:>9,} {row.seconds:>9.2f}"
                       f" {row.ms_per_1000_words:>14.1f} {row.cpu_seconds:>8.2f}"
                       f" {row.cpu_ms_per_1000_words:>14.1f}"
                       f" {row.peak_rss_mb:>8.0f} {row.base_rss_mb:>8.0f} {row.events:>7}")

    from . import progress

    with progress.Bar("bench --scaling", len(sizes), enabled=progress.wanted(as_json=as_json),
                      unit="sizes") as bar:

        def row_done(row: ScalingRow) -> None:
            show(row)
            bar.advance()

        run_scaling(text, sizes, stages=stages, on_row=row_done)
commands: list[click.Command] = []  # no command of its own: these are options of `bench`
