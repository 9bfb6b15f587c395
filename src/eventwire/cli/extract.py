"""``eventwire extract``: analyse articles and print the records, storing nothing.

Output is the output contract (``schema/article.schema.json``): one JSON object per
article, ``to_dict(record)``. Problems go to standard error, one line each:
``PATH[:LINE]: reason`` for inputs that could not be read, ``warning: ID: stage ...`` for
a stage that failed on one article (that record still comes out, with the failure in
its ``failures`` list).

Exit status: 0 when every input was read (even if a stage failed on some article), 1
when some input could not be read (the others are still analysed and printed), 2 for
usage errors, 1 for configuration errors (an unknown stage, a missing model).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click

from ..ingest import DEFAULT_MAX_BYTES, read_inputs
from ..ingest.dictionaries import check_actor_table
from ..model import Article, ArticleRecord, Failure, to_dict
from ..pipeline import Pipeline, PipelineConfig
from ..stages import DEFAULT_STAGES
from . import progress
from .safe import clean, json_line


def build_config(
    stages: str | None, actors: tuple[str, ...], parse: str, model: str | None = None
) -> PipelineConfig:
    """The pipeline configuration the command-line options describe."""
    config = PipelineConfig(parse=parse, model=model)
    if stages:
        config.stages = tuple(s.strip() for s in stages.split(",") if s.strip())
    if actors:
        for table in actors:  # before any work: a bad table must not cost a run
            check_actor_table(table)
        config.options["actors"] = {"extra": list(actors)}
    return config


class _Articles:
    """Passes articles on to the pipeline and reports the input failures on the way."""

    def __init__(self, items: Iterator[Article | Failure], err: TextIO) -> None:
        self.items = items
        self.err = err
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for item in self.items:
            if isinstance(item, Failure):
                self.failed += 1
                print(clean(f"{item.input}: {item.reason}"), file=self.err, flush=True)
            else:
                yield item


@click.command("extract")
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one JSON object per line; json: one JSON array, indented.",
)
@click.option(
    "--stages",
    default=None,
    metavar="A,B,C",
    help=f"Comma-separated stages to run, in pipeline order (default: {','.join(DEFAULT_STAGES)}).",
)
@click.option(
    "--processes",
    "-p",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the analysis.",
)
@click.option(
    "--actors",
    "actors",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Extra actor dictionary (TSV) for the actors stage; repeatable.",
)
@click.option(
    "--parse",
    type=click.Choice(["selective", "full"]),
    default="selective",
    show_default=True,
    help="selective: full dependency parse only of sentences with cue words; full: every sentence.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse input files larger than this many bytes.",
)
@click.option("--model", default=None, help="spaCy pipeline name (default: the small English model).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar on standard error.")
def extract(
    files: tuple[str, ...], fmt: str, stages: str | None, processes: int, actors: tuple[str, ...],
    parse: str, max_bytes: int, model: str | None, quiet: bool,
) -> None:  # fmt: skip
    """Analyse FILE... and print one JSON record per article on standard output.

    FILE is a .txt, .html/.htm or .jsonl file, a directory (searched recursively), or -
    for standard input (JSON Lines or plain text). Nothing is stored. Exit status is 0
    when every input was read and 1 when some could not be (they are reported on
    standard error and the rest go on).
    """
    config = build_config(stages, actors, parse, model)
    pipeline = Pipeline(config)
    err = sys.stderr
    show = progress.wanted(quiet=quiet)
    articles = _Articles(iter(read_inputs(files, max_bytes=max_bytes, stdin=sys.stdin)), err)
    out = sys.stdout
    if fmt == "json":
        out.write("[")
    with progress.gazetteer_ready(config.stages, enabled=show), \
            progress.Bar("extract", progress.count_articles(files), enabled=show) as bar:
        first = _write(pipeline.run(articles, processes=processes), fmt, out, err, bar)
    if fmt == "json":
        out.write("\n]\n" if not first else "]\n")
        out.flush()
    if articles.failed:
        sys.exit(1)


def _write(records: Iterator[ArticleRecord], fmt: str, out: TextIO, err: TextIO, bar: progress.Bar) -> bool:
    """Print each record (and its stage failures on ``err``); True when there was none."""
    first = True
    for record in records:
        bar.advance()
        data: dict[str, Any] = to_dict(record)
        for failure in record.failures:
            print(clean(f"warning: {record.id}: stage {failure.stage} failed: {failure.reason}"),
                  file=err, flush=True)
        if fmt == "json":
            body = json_line(data, indent=2)
            out.write(("\n" if first else ",\n") + body)
        else:
            out.write(json_line(data) + "\n")
        out.flush()
        first = False
    return first


commands = [extract]
