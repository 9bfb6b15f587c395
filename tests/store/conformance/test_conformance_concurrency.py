"""Several writers and readers on one store at once, each with its own connection."""

from __future__ import annotations

import threading
from collections.abc import Callable

from eventwire.model import ArticleRecord
from eventwire.store import AddResult, EventFilter

from .conftest import OpenBackend

Make = Callable[..., ArticleRecord]
WRITERS, ARTICLES, BATCH = 3, 24, 4


def _records(make_record: Make, writer: int) -> list[ArticleRecord]:
    """Every writer stores the same articles, in a different order (overlapping batches)."""
    ids = list(range(ARTICLES))
    ids = ids[writer * 5 :] + ids[: writer * 5]
    return [make_record(f"c{i}", extra=f" Story number {i} is about something else." * 20, source=f"S{i % 5}")
            for i in ids]


def test_writers_on_overlapping_inputs_store_each_article_once(
    open_backend: OpenBackend, make_record: Make
) -> None:
    open_backend().close()  # create the schema before the race
    results: list[AddResult] = []
    errors: list[BaseException] = []
    seen: list[int] = []
    done = threading.Event()

    def write(writer: int) -> None:
        try:
            records = _records(make_record, writer)
            with open_backend() as store:
                for start in range(0, len(records), BATCH):
                    results.append(store.add(records[start : start + BATCH]))
        except BaseException as exc:  # reported below
            errors.append(exc)

    def read() -> None:
        try:
            with open_backend() as store:
                while not done.is_set():
                    count = store.article_stats().count
                    accusations = store.events(EventFilter(type="ACCUSE"))  # one per article
                    assert len(accusations) >= count  # read later: never fewer
                    for hit in accusations[:3]:  # an article is seen whole or not at all
                        got = store.get(hit.article.id)
                        assert got is not None and len(got.events) == 3
                    seen.append(count)
        except BaseException as exc:
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    writers = [threading.Thread(target=write, args=(w,)) for w in range(WRITERS)]
    for t in writers:
        t.start()
    for t in writers:
        t.join()
    done.set()
    reader.join()
    assert errors == []
    added = [i for r in results for i in r.added]
    assert sorted(added) == sorted(f"c{i}" for i in range(ARTICLES))  # each stored once, none lost
    assert sum(len(r.skipped) for r in results) == (WRITERS - 1) * ARTICLES
    assert all(not r.conflicts for r in results)
    assert seen == sorted(seen) and seen  # what readers see only grows
    with open_backend() as store:
        counts = store.table_counts()
        assert counts["articles"] == ARTICLES and counts["events"] == 3 * ARTICLES
        assert [f.stage for f in store.failures()].count("events") == ARTICLES  # each recorded once
