"""``eventwire export``: write stored events as PLOVER JSON Lines, a GDELT 2.0 table, CSV or Parquet.

The filters are the options of ``eventwire events`` (the same option objects), so both
commands select the same events.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from ..export import ExportOptions, export_events, formats
from ..store import EventFilter, open_store
from .store import events_cmd


def event_filter(values: dict[str, Any]) -> EventFilter:
    """The :class:`EventFilter` of the ``eventwire events`` options in ``values``."""
    if values.get("km") is not None and values.get("near") is None:
        raise click.UsageError("--km needs --near LAT,LON")
    return EventFilter(
        actor=values["actor"], source=values["source"], target=values["target"], type=values["type_"],
        since=values["since"], until=values["until"], country=values["country"], near=values["near"],
        km=values["km"] if values["km"] is not None else 50.0, article=values["article"],
        originals=values["originals"], limit=values["limit"],
    )


@click.command("export")
@click.option("--format", "format_name", required=True, type=click.Choice(sorted(formats())),
              help="Output format.")
@click.option("--out", required=True, type=click.Path(dir_okay=True, path_type=Path),
              help="File to write (a folder for parquet with --partition).")
@click.option("--header", is_flag=True, help="gdelt-tsv: add a first line with GDELT's column names.")
@click.option("--partition", is_flag=True, help="parquet: write one folder per month (month=YYYY-MM).")
def export_cmd(format_name: str, out: Path, header: bool, partition: bool, **filters: Any) -> None:
    """Export the stored events matching every given filter (the filters of `eventwire events`).

    The store is read one article at a time, so memory stays flat on large stores.
    """
    if partition and format_name != "parquet":
        raise click.UsageError("--partition applies to --format parquet")
    if header and format_name != "gdelt-tsv":
        raise click.UsageError("--header applies to --format gdelt-tsv (csv always has one)")
    where = event_filter(filters)
    with open_store(filters["db"]) as store:
        options = ExportOptions(header=header, partition=partition)
        count = export_events(store, format_name, out, where, options)
    Console(stderr=True).print(f"exported {count} events to {out}", highlight=False, soft_wrap=True)


# every filter of `eventwire events`, and its --db; not its --json (export has --format)
export_cmd.params.extend(p for p in events_cmd.params if p.name != "as_json")


@click.command("export-bench")
@click.option("--from", "source_db", required=True, metavar="DB",
              help="Store whose analysed articles are replicated (e.g. one `eventwire run` made).")
@click.option("--articles", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Articles in the synthetic store.")
@click.option("--work", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the synthetic store and the exports (reused between runs).")
@click.option("--format", "format_names", multiple=True, type=click.Choice(sorted(formats())),
              help="Formats to measure (default: all); repeatable.")
def export_bench_cmd(source_db: str, articles: int, work: Path, format_names: tuple[str, ...]) -> None:
    """Peak memory and time of `eventwire export` on a synthetic store of N articles (JSON Lines)."""
    from ..export.bench import build_store, measure

    work.mkdir(parents=True, exist_ok=True)
    db = work / f"synthetic-{articles}.db"
    build_store(source_db, db, articles)
    for name in format_names or tuple(sorted(formats())):
        for partition in (False, True) if name == "parquet" else (False,):
            out = work / f"export.{name}{'-by-month' if partition else ''}"
            if out.is_dir():
                shutil.rmtree(out)
            run = measure(db, name, out, partition=partition)
            click.echo(json.dumps({**dataclasses.asdict(run), "partition": partition}))


commands: list[click.Command] = [export_cmd, export_bench_cmd]
