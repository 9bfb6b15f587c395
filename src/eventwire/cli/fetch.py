"""Web and cluster options of ``ingest``, and the ``watch`` command.

``eventwire ingest URL... --feed URL_OR_FILE --cluster local:2 --out DIR`` fetches pages
and feeds with the safe fetcher, analyses locally or on Dask, and stores the records (or
writes partition files). ``eventwire watch FEEDS.txt --every 15m`` polls feeds.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from functools import wraps
from itertools import chain
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.text import Text

from ..pipeline import Pipeline

if TYPE_CHECKING:  # the fetcher (httpx) and Dask load only when a command uses them
    from ..fetch import WebCounts
    from ..scale import RunReport


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


@dataclass(slots=True)
class WebOptions:
    feeds: tuple[str, ...] = ()
    allow_private: bool = False
    delay: float = 1.0
    cluster: str | None = None
    partition: int = 16
    out: str | None = None
    out_format: str = "jsonl"
    state: str | None = None
    user_agent: str | None = None

    def wanted(self, files: Sequence[str]) -> bool:
        """Whether this ingest needs the web/cluster path (else the plain file ingest runs)."""
        return bool(self.feeds or self.cluster or self.out or any(is_url(f) for f in files))


def web_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Add the web and cluster options; the command receives them as ``web: WebOptions``."""
    specs: list[tuple[tuple[str, ...], dict[str, Any]]] = [
        (("--feed", "feeds"), {"multiple": True, "metavar": "URL_OR_FILE",
                               "help": "RSS/Atom feed whose new items to ingest; repeatable."}),
        (("--allow-private",), {"is_flag": True,
                                "help": "Allow fetching from private, loopback and link-local addresses."}),
        (("--delay",), {"type": click.FloatRange(min=0), "default": 1.0, "show_default": True,
                        "help": "Seconds between two requests to one host."}),
        (("--cluster",), {"metavar": "local[:N]|tcp://HOST:PORT",
                          "help": "Analyse on Dask: a local cluster of N workers, or a running one."}),
        (("--partition",), {"type": click.IntRange(min=1), "default": 16, "show_default": True,
                            "help": "Articles per cluster task."}),
        (("--out",), {"metavar": "DIR", "help": "Write partition files to DIR instead of the database."}),
        (("--out-format",), {"type": click.Choice(["jsonl", "parquet"]), "default": "jsonl",
                             "show_default": True, "help": "Partition file format (parquet needs pyarrow)."}),
        (("--user-agent",), {"metavar": "TEXT",
                             "help": "User-Agent to send, with your contact (default: eventwire/VERSION)."}),
        (("--state",), {"metavar": "PATH",
                        "help": "Seen-items state file (default: DB.fetch.sqlite beside the database)."}),
    ]
    for decls, kwargs in reversed(specs):
        f = click.option(*decls, **kwargs)(f)

    @wraps(f)  # keeps the click parameters attached to ``f``
    def wrapper(**kwargs: Any) -> Any:
        web = WebOptions(**{k: kwargs.pop(k) for k in list(kwargs) if k in WebOptions.__slots__})
        return f(web=web, **kwargs)

    return wrapper


def run_web_ingest(files: Sequence[str], web: WebOptions, *, db: str | None, pipeline: Pipeline,
                   processes: int, replace: bool, as_json: bool, client: Any = None) -> RunReport:
    """Fetch/read, analyse (locally or on the cluster), then store or write partitions.
    ``client``: a Dask client to use (``watch`` keeps one across polls) instead of ``--cluster``."""
    from ..fetch import (
        Fetcher,
        FetchSettings,
        SeenState,
        WebCounts,
        Work,
        local_works,
        state_path,
        web_articles,
    )
    from ..ingest import read_inputs
    from ..model import Failure
    from ..scale import DaskRunner, LocalRunner, connect, ingest_works, write_works
    from ..store import open_store

    urls = [f for f in files if is_url(f)]
    paths = [f for f in files if not is_url(f)]
    counts = WebCounts()
    with ExitStack() as stack:
        state = None
        if urls or web.feeds:
            where = web.state or (f"{web.out}/.eventwire.fetch.sqlite" if web.out else state_path(db))
            state = stack.enter_context(SeenState(where))
        settings = FetchSettings(allow_private=web.allow_private, delay=web.delay)
        if web.user_agent:
            settings.user_agent = web.user_agent
        fetcher = stack.enter_context(Fetcher(settings))
        items: Iterator[Work | Failure] = chain(
            local_works(read_inputs(paths)) if paths else iter(()),
            web_articles(fetcher, urls=urls, feeds=web.feeds, state=state, counts=counts)
            if urls or web.feeds else iter(()),
        )
        runner: Any
        if client is None and web.cluster:
            client = stack.enter_context(connect(web.cluster))
        if client is not None:
            runner = DaskRunner(client, pipeline.config, partition=web.partition)
        else:
            runner = LocalRunner(pipeline, processes=processes)
        if web.out:
            from ..scale.partitions import check_format

            check_format(web.out_format)
            report = write_works(items, runner, web.out, fmt=web.out_format, state=state)
        else:
            store = stack.enter_context(open_store(db))
            report = ingest_works(store, items, runner, replace=replace, state=state)
        if state is not None:
            counts.commit(state)
    show_report(report, counts, as_json)
    return report


def show_report(report: RunReport, counts: WebCounts, as_json: bool) -> None:
    figures = {
        "read": report.read, "added": report.added, "skipped": report.skipped, "replaced": report.replaced,
        "written": report.written, "copies": report.copies, "conflicts": len(report.conflicts),
        "input_failures": len(report.failures), "stage_failures": report.stage_failures,
        "fetched": counts.fetched, "already_seen": counts.items_seen, "feeds_read": counts.feeds_read,
        "feeds_unchanged": counts.feeds_unchanged,
    }
    err = Console(stderr=True)
    for f in report.failures:
        err.print(Text.assemble(("failed", "red"), " ", f"{f.input}: {f.reason}"), soft_wrap=True,
                  highlight=False)
    if as_json:
        import json

        sys.stdout.write(json.dumps(figures) + "\n")
    else:
        err.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in figures.items()), soft_wrap=True,
                  highlight=False)


@click.command("watch")
@click.argument("feeds_file", metavar="FEEDS.txt", type=click.Path(exists=True, dir_okay=False))
@click.option("--every", default="15m", show_default=True, help="Poll interval: 30s, 15m, 2h ...")
@click.option("--polls", type=click.IntRange(min=0), default=0, show_default=True,
              help="Stop after this many polls (0: run until interrupted).")
@click.option("--db", "db", metavar="PATH", default=None,
              help="Database (default: $EVENTWIRE_DB, else ./eventwire.db).")
@click.option("--stages", default=None, metavar="NAMES", help="Comma-separated stages to run.")
@click.option("--processes", "-p", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the analysis.")
@click.option("--json", "as_json", is_flag=True, help="Print each poll's figures as JSON Lines.")
@web_options
def watch_cmd(feeds_file: str, every: str, polls: int, db: str | None, stages: str | None, processes: int,
              as_json: bool, web: WebOptions) -> None:
    """Poll the feeds listed in FEEDS.txt (one URL or file a line) and ingest their new items.

    Conditional requests (ETag/Last-Modified) spare unchanged feeds; an item is never
    ingested twice (by URL or content), across restarts. Stop with Ctrl-C.
    """
    from ..fetch.watch import parse_duration, read_feed_list, watch
    from .store import _pipeline

    interval = parse_duration(every)
    pipeline = _pipeline(stages, ())

    with ExitStack() as stack:
        client = None
        if web.cluster:  # one cluster for the whole watch, not one per poll
            from ..scale import connect

            client = stack.enter_context(connect(web.cluster))

        def poll(n: int) -> None:
            web.feeds = tuple(read_feed_list(feeds_file))
            if not as_json:
                Console(stderr=True).print(f"poll {n}: {len(web.feeds)} feeds", highlight=False)
            run_web_ingest((), web, db=db, pipeline=pipeline, processes=processes, replace=False,
                           as_json=as_json, client=client)

        try:
            watch(poll, interval, polls=polls)
        except KeyboardInterrupt:
            Console(stderr=True).print("stopped", highlight=False)


commands: list[click.Command] = [watch_cmd]
