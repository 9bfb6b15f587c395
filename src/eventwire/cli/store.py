"""Store commands: ``ingest``, ``run`` (the main job), ``events``, ``quotes``, ``show``, ``summary``.

Every command takes ``--db TARGET``: a file path, ``memory:`` or ``postgresql://...`` (default
``$EVENTWIRE_DB``, else ``./eventwire.db``);
the query commands print Rich tables, or JSON Lines with ``--json``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..ingest.loader import IngestReport, ingest
from ..model import to_dict
from ..pipeline import Pipeline
from ..report import render, summarise
from ..store import EventFilter, QuoteFilter, Store, open_store
from ..store.geo import parse_point
from . import progress
from .database import open_existing
from .fetch import WebOptions, run_web_ingest, web_options
from .safe import clean, json_line, scrub

_db = click.option(
    "--db", "db", metavar="TARGET", default=None,
    help="SQLite database file, memory:, postgresql://user:pass@host/db, or SCHEME://... for a"
    " registered backend (default: $EVENTWIRE_DB, else ./eventwire.db).",
)
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of tables.")
_json_counts = click.option("--json", "as_json", is_flag=True,
                            help="Print the counts as one JSON line (problems still go to stderr).")
_quiet = click.option("--quiet", "-q", is_flag=True, help="No progress bar on standard error.")


def _pipeline_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--processes", "-p", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Worker processes for the analysis.")(f)
    f = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="Extra actor dictionary (TSV); repeatable.")(f)
    f = click.option("--stages", default=None, metavar="NAMES",
                     help="Comma-separated stages to run (default: all built-in stages).")(f)
    f = click.option("--replace", is_flag=True,
                     help="Re-analyse and replace articles that are already stored.")(f)
    return f


def _pipeline(stages: str | None, actors: tuple[str, ...]) -> Pipeline:
    from .extract import build_config  # the same options read the same way

    return Pipeline(build_config(stages, actors, "selective"))


def _out() -> Console:
    return Console(soft_wrap=False)


def _err() -> Console:
    return Console(stderr=True)


def _emit(obj: Any) -> None:
    sys.stdout.write(json_line(to_dict(obj)) + "\n")


def _progress(bar: progress.Bar) -> Callable[[IngestReport], None] | None:
    """Moves the progress bar on after each stored batch (nothing when it is not shown)."""
    if not bar.enabled:
        return None

    def show(report: IngestReport) -> None:
        bar.update(report.added + report.replaced + report.skipped + len(report.conflicts)
                   + len(report.input_failures))

    return show


def _report(report: IngestReport, as_json: bool) -> None:
    counts = {
        "read": report.read, "added": report.added, "skipped": report.skipped,
        "replaced": report.replaced, "copies": report.copies, "conflicts": len(report.conflicts),
        "input_failures": len(report.input_failures), "stage_failures": len(report.stage_failures),
    }
    if as_json:
        _emit(counts)
    err = _err()

    def say(label: str, style: str, message: str) -> None:  # message shown literally
        err.print(Text.assemble((label, style), " ", clean(message)), soft_wrap=True, highlight=False)

    for f in report.input_failures:
        say("failed", "red", f"{f.input}: {f.reason}")
    for article_id in report.conflicts:
        say("conflict", "yellow", f"{article_id}: stored with other text; kept the stored one"
            " (use --replace to replace it)")
    if report.stage_failures:
        say("warning", "yellow", f"{len(report.stage_failures)} stage failures recorded"
            " (see `eventwire summary`)")
    if not as_json:
        err.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items()),
                  soft_wrap=True, highlight=False)


@click.command("ingest")
@click.argument("files", nargs=-1)
@_db
@_pipeline_options
@_json_counts
@_quiet
@web_options
def ingest_cmd(files: tuple[str, ...], db: str | None, processes: int, actors: tuple[str, ...],
               stages: str | None, replace: bool, as_json: bool, quiet: bool, web: WebOptions) -> None:
    """Analyse FILES (files, directories, - for stdin, or http(s) URLs) and store them.

    Articles already stored with the same text are skipped. A bad input is reported and
    recorded as a failure; the rest of the batch goes on. Exits 1 if any input failed.
    URLs and --feed items are fetched with the safe fetcher (see the README's "Fetching
    news" section); --cluster analyses on Dask, --out writes partition files.
    """
    if not files and not web.feeds:
        raise click.UsageError("give FILES or URLs to ingest, or --feed")
    pipeline = _pipeline(stages, actors)
    if web.wanted(files):
        if not run_web_ingest(files, web, db=db, pipeline=pipeline, processes=processes, replace=replace,
                              as_json=as_json).ok:
            sys.exit(1)
        return
    show = progress.wanted(quiet=quiet, as_json=as_json)
    with progress.gazetteer_ready(pipeline.config.stages, enabled=show), \
            progress.Bar("ingest", progress.count_articles(files), enabled=show) as bar, \
            open_store(db) as store:
        report = ingest(store, list(files), pipeline, processes=processes, replace=replace,
                        progress=_progress(bar))
    _report(report, as_json)
    if not report.ok:
        sys.exit(1)


@click.command("run")
@_db
@_pipeline_options
@_json
@_quiet
def run_cmd(db: str | None, processes: int, actors: tuple[str, ...], stages: str | None,
            replace: bool, as_json: bool, quiet: bool) -> None:
    """The main job: ingest the bundled sample articles and print a summary of the store."""
    from ..ingest import samples_dir

    pipeline = _pipeline(stages, actors)
    show = progress.wanted(quiet=quiet, as_json=as_json)
    with progress.gazetteer_ready(pipeline.config.stages, enabled=show), \
            progress.Bar("ingest", progress.count_articles([samples_dir()]), enabled=show) as bar, \
            open_store(db) as store:
        report = ingest(store, [samples_dir()], pipeline, processes=processes, replace=replace,
                        progress=_progress(bar))
        _report(report, as_json)
        _summary(store, as_json)


def _summary(store: Store, as_json: bool) -> None:
    result = summarise(store)
    if as_json:
        _emit(result)
    else:
        _out().print(render.summary(scrub(result)))


@click.command("summary")
@_db
@_json
def summary_cmd(db: str | None, as_json: bool) -> None:
    """Summarise the store: articles, events by type, actor pairs, quotes, claims, failures."""
    with open_existing(db) as store:
        _summary(store, as_json)


def _near(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[float, float] | None:
    if value is None:
        return None
    try:
        return parse_point(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"expected an ISO date YYYY[-MM[-DD]], got {clean(value)!r}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a calendar date ({exc})") from None
    return value


def _plover_types() -> set[str]:
    """The PLOVER categories of the events stage's documented table (empty if it is absent)."""
    from ..errors import ConfigError
    from ..resources import data_path, read_tsv

    try:
        return {row["type"] for row in read_tsv(data_path("events/plover.tsv"))}
    except (ConfigError, KeyError):
        return set()


def _event_type(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    known = _plover_types()
    if known and value.upper() not in known:
        raise click.BadParameter(f"{value!r} is not a PLOVER category; one of: {', '.join(sorted(known))}")
    return value.upper()


@click.command("events")
@click.option("--actor", help="Source or target actor code (COL, or COLGOV with sector).")
@click.option("--source", help="Source actor code.")
@click.option("--target", help="Target actor code.")
@click.option("--type", "type_", metavar="TYPE", callback=_event_type,
              help="PLOVER event type (e.g. ACCUSE).")
@click.option("--since", callback=_date, help="Events on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", callback=_date, help="Events on or before this date (YYYY[-MM[-DD]]).")
@click.option("--country", help="ISO 3166 alpha-3 country of the event's place.")
@click.option("--near", callback=_near, metavar="LAT,LON", help="Events whose place is near this point.")
@click.option("--km", type=click.FloatRange(min=0, min_open=True), default=None,
              help="Radius for --near in kilometres [default: 50].")
@click.option("--article", help="Only events of this article id.")
@click.option("--originals", is_flag=True, help="Leave out republished copies of stored articles.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N events.")
@_db
@_json
def events_cmd(actor: str | None, source: str | None, target: str | None, type_: str | None,
               since: str | None, until: str | None, country: str | None,
               near: tuple[float, float] | None, km: float | None, article: str | None,
               originals: bool, limit: int | None, db: str | None, as_json: bool) -> None:
    """List stored events matching every given filter."""
    if km is not None and near is None:
        raise click.UsageError("--km needs --near LAT,LON")
    where = EventFilter(actor=actor, source=source, target=target, type=type_, since=since, until=until,
                        country=country, near=near, km=km if km is not None else 50.0,
                        article=article, originals=originals, limit=limit)
    with open_existing(db) as store:
        hits = store.events(where)
    if as_json:
        for h in hits:
            row: dict[str, Any] = {"article_id": h.article.id, "published": h.article.published,
                                   "title": h.article.title, "source_name": h.article.source}
            if h.distance_km is not None:
                row["distance_km"] = round(h.distance_km, 3)
            _emit({**row, "event": to_dict(h.event)})
    else:
        _out().print(render.events(scrub(hits)))


@click.command("quotes")
@click.option("--speaker", help="Part of the speaker's name (case-insensitive).")
@click.option("--actor", help="Actor code the speaker acts for (COL or COLGOV).")
@click.option("--kind", type=click.Choice(["direct", "indirect"]), help="Direct or reported speech.")
@click.option("--article", help="Only quotes of this article id.")
@click.option("--originals", is_flag=True, help="Leave out republished copies of stored articles.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most N quotes.")
@_db
@_json
def quotes_cmd(speaker: str | None, actor: str | None, kind: str | None, article: str | None,
               originals: bool, limit: int | None, db: str | None, as_json: bool) -> None:
    """List stored quotes with their speakers."""
    with open_existing(db) as store:
        hits = store.quotes(QuoteFilter(speaker=speaker, actor=actor, kind=kind, article=article,
                                        originals=originals, limit=limit))
    if as_json:
        for h in hits:
            _emit({"article_id": h.article.id, "published": h.article.published,
                   "title": h.article.title, "source_name": h.article.source, "quote": to_dict(h.quote)})
    else:
        _out().print(render.quotes(scrub(hits)))


@click.command("show")
@click.argument("article_id")
@_db
@_json
def show_cmd(article_id: str, db: str | None, as_json: bool) -> None:
    """Show one stored article with its events, quotes, claims and places."""
    with open_existing(db) as store:
        record = store.get(article_id)
        elsewhere = {h.claim.id: h.elsewhere for h in store.claims(article=article_id)}
    if record is None:
        raise click.ClickException(f"no article with id {clean(article_id)!r} in the database"
                                   " (list ids with `eventwire events --json`)")
    if as_json:
        _emit(record)
    else:
        _out().print(render.article(scrub(record), scrub(elsewhere)))


commands: list[click.Command] = [ingest_cmd, run_cmd, events_cmd, quotes_cmd, show_cmd, summary_cmd]
