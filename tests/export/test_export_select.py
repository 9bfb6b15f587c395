"""Streaming selection: the export's filters select the same events as the store's query, and
the store is read one article at a time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.export import ExportOptions, export_events, iter_events
from eventwire.export.flat_csv import write as write_csv
from eventwire.model import ArticleRecord
from eventwire.store import EventFilter, SQLiteStore

from .conftest import SEED_ID

FILTERS = [
    EventFilter(),
    EventFilter(actor="COL"),
    EventFilter(actor="colgov"),
    EventFilter(source="RUS"),
    EventFilter(target="RUS", type="ACCUSE"),
    EventFilter(type="REJECT"),
    EventFilter(since="2022-02-04"),
    EventFilter(until="2022-02"),
    EventFilter(since="2024-01-01", until="2025-06-30"),
    EventFilter(country="COL"),
    EventFilter(near=(6.67, -71.0), km=150),
    EventFilter(article=SEED_ID),
    EventFilter(originals=True),
]


@pytest.mark.parametrize("where", FILTERS, ids=repr)
def test_same_events_as_the_store_query(store: SQLiteStore, where: EventFilter) -> None:
    expected = {(h.article.id, h.event.id) for h in store.events(where)}
    got = [(r.article_id, r.event.id) for r in iter_events(store, where)]
    assert len(got) == len(set(got))
    assert set(got) == expected


def test_filters_select_something(store: SQLiteStore) -> None:
    # the cases above are not all vacuous
    for where in FILTERS[1:]:
        assert store.events(where), where


def test_limit(store: SQLiteStore) -> None:
    assert len(list(iter_events(store, EventFilter(limit=3)))) == 3


class CountingStore:
    """The real store, counting the articles an export has pulled from it."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store
        self.pulled = 0

    def iter_records(self) -> Iterator[ArticleRecord]:
        for record in self.store.iter_records():
            self.pulled += 1
            yield record


def test_reads_one_article_at_a_time(store: SQLiteStore, tmp_path: Path) -> None:
    counting = CountingStore(store)
    rows = iter_events(counting, None)  # type: ignore[arg-type]
    first = next(rows)
    assert counting.pulled == 1 and first.article_id == SEED_ID
    export_events(counting, "csv", tmp_path / "two.csv", EventFilter(limit=2))  # type: ignore[arg-type]
    assert counting.pulled == 2  # the limit was reached inside the first article


def test_a_failed_export_leaves_no_file(store: SQLiteStore, tmp_path: Path) -> None:
    def rows_then_fail() -> Iterator[object]:
        yield from iter_events(store, EventFilter(limit=5))
        raise RuntimeError("store went away")

    out = tmp_path / "events.csv"
    with pytest.raises(RuntimeError):
        write_csv(rows_then_fail(), out, ExportOptions())  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_device_is_written_into_never_replaced(store: SQLiteStore, tmp_path: Path) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    export_events(store, "csv", fifo, EventFilter(limit=1))
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe, not a file moved over it
    assert got and got[0].count(b"\n") == 2  # header and one event came through the pipe
