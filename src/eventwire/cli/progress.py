"""Progress on long work: a Rich bar on standard error with the total, rate and ETA.

Shown only where someone watches: standard error is a terminal and neither ``--json`` nor
``--quiet`` was given. Standard output stays clean for the records. The first run that
needs the places gazetteer builds its index (about 25 s); :func:`gazetteer_ready` says so
while it happens instead of leaving the terminal silent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

T = TypeVar("T")


def wanted(*, quiet: bool = False, as_json: bool = False) -> bool:
    """Whether to show progress: not asked to be quiet, and standard error is a terminal."""
    return not quiet and not as_json and Console(stderr=True).is_terminal


class Tracked:
    """A pipeline whose ``run`` advances a :class:`Bar` per record (for code that takes a
    pipeline and runs it, such as the evaluation)."""

    def __init__(self, pipeline: Any, bar: Bar) -> None:
        self.pipeline = pipeline
        self.bar = bar

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pipeline, name)

    def run(self, articles: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        return self.bar.track(self.pipeline.run(articles, **kwargs))


class Bar:
    """A progress bar over ``total`` items (None: unknown) that does nothing when disabled."""

    def __init__(self, label: str, total: int | None, *, enabled: bool, unit: str = "articles") -> None:
        self.enabled = enabled
        self._progress: Progress | None = None
        self._task: Any = None
        if enabled:
            self._progress = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TaskProgressColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._progress.add_task(label, total=total, rate="")
            self.unit = unit

    def __enter__(self) -> Bar:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, completed: int) -> None:
        if self._progress is None:
            return
        self._progress.update(self._task, completed=completed)
        speed = self._progress.tasks[0].speed
        rate = f"{speed:.1f} {self.unit}/s" if speed else ""
        self._progress.update(self._task, rate=rate)

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self.update(int(self._progress.tasks[0].completed) + n)

    def track(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            yield item
            self.advance()


def count_articles(paths: Sequence[str | Path]) -> int | None:
    """How many articles the inputs hold (a cheap pre-scan: files, and non-blank lines of
    ``.jsonl`` files); None when standard input is among them."""
    from ..ingest.reader import STDIN, _walk

    total = 0
    for path in paths:
        if str(path) == STDIN:
            return None
        p = Path(path)
        try:
            files = _walk(p) if p.is_dir() else [p]  # the files the reader will read
        except OSError:
            continue
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with f.open("rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


@contextmanager
def status(message: str, *, as_json: bool = False) -> Iterator[None]:
    """A spinner with ``message`` and the elapsed time, for work with no count of its own."""
    if not wanted(as_json=as_json):
        yield
        return
    with Progress(TextColumn("{task.description}"), TimeElapsedColumn(), console=Console(stderr=True)) as bar:
        bar.add_task(message, total=None)
        yield


@contextmanager
def gazetteer_ready(stages: Iterable[str], *, enabled: bool) -> Iterator[None]:
    """Build the places gazetteer index first when a run needs it and it is missing,
    saying so on standard error."""
    if "places" in stages:
        from ..places.gazetteer.index import _valid, ensure_index, index_path

        if not _valid(index_path()):
            console = Console(stderr=True)
            if enabled:
                with console.status("building the places gazetteer index (once, about 25 s)..."):
                    ensure_index()
                console.print("places gazetteer index built", highlight=False)
            else:
                ensure_index()
    yield
