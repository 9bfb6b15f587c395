"""A store made before the indexed event day (schema v4) is migrated when opened, and the
event queries answer exactly as they did before (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.model import ArticleRecord
from eventwire.store import EventFilter, SQLiteStore, Store, open_store
from eventwire.store.memory import forget
from eventwire.store.schema import LATEST
from eventwire.store.textsearch import contains

Make = Callable[..., ArticleRecord]

# what v5 and v6 added, taken away again: the database as schema v4 left it
_SQLITE_V6 = """
DROP TRIGGER articles_text_insert;
DROP TRIGGER articles_text_delete;
DROP TRIGGER articles_text_update;
DROP TABLE articles_text;
"""
_TO_V4 = """
DROP INDEX events_day;
DROP INDEX events_type_day;
DROP INDEX events_country_day;
DROP INDEX events_quad_day;
DROP INDEX event_actors_code_event;
DROP INDEX event_actors_actor_code_event;
ALTER TABLE events DROP COLUMN day;
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_country ON events(place_country);
CREATE INDEX event_actors_code ON event_actors(code, role);
CREATE INDEX event_actors_actor_code ON event_actors(actor_code, role);
DELETE FROM schema_migrations WHERE version >= 5
"""

FILTERS = [
    EventFilter(),
    EventFilter(actor="RUS"),
    EventFilter(actor="rusgov"),
    EventFilter(source="COL", target="RUS"),
    EventFilter(type="ACCUSE", since="2021-03"),
    EventFilter(since="2021-03-26", until="2021-04"),
    EventFilter(until="2021"),
    EventFilter(country="COL", limit=2),
    EventFilter(near=(7.08, -70.76), km=30),
    EventFilter(actor="COL", type="REJECT", limit=3),
]


def _records(make: Make) -> list[ArticleRecord]:
    """Articles on several days, one undated (its events have no publication day to fall back
    on), so the stored day comes from the event date, the publication date or nothing."""
    days = ["2021-03-26", "2021-04-02T10:00:00Z", None, "2020-12-31", "2021-03-26"]
    return [make(f"m{i}", extra=f" Note {i}.", published=day, dead=10 + i, source=f"Outlet {i}")
            for i, day in enumerate(days)]


def _answers(store: Store) -> list[list[tuple[str, str, float | None]]]:
    return [[(h.article.id, h.event.id, h.distance_km) for h in store.events(f)] for f in FILTERS]


def _to_v4(run: Callable[[str], object], first: str = "") -> None:
    for statement in (first + _TO_V4).split(";"):
        run(statement)


def test_a_v4_sqlite_store_gains_the_event_day_and_answers_alike(tmp_path: Path, make_record: Make) -> None:
    path = tmp_path / "v4.db"
    with open_store(path) as store:
        store.add(_records(make_record))
        before = _answers(store)
        tables = sorted(store.table_counts())
    conn = sqlite3.connect(path, isolation_level=None)
    _to_v4(conn.execute, _SQLITE_V6)
    conn.execute("PRAGMA user_version = 4")
    assert "day" not in [r[1] for r in conn.execute("PRAGMA table_info(events)")]
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        assert _answers(store) == before
        assert sorted(store.table_counts()) == tables
        assert isinstance(store, SQLiteStore)
        with store.reading() as reader:  # the text index was built from the stored articles
            where, args = contains("NOTE 3")
            assert reader.execute(f"SELECT a.id FROM articles a WHERE {where}", args).fetchall() == [("m3",)]
    conn = sqlite3.connect(path)
    days = dict(conn.execute("SELECT id, day FROM events WHERE article_id = 'm2'").fetchall())
    assert days == {"m2#e1": "2021-03-26", "m2#e2": None, "m2#e3": "2021-03-25"}
    assert conn.execute("SELECT day FROM events WHERE id = 'm1#e2'").fetchone()[0] == "2021-04-02"
    plan = " ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE type = 'ACCUSE' ORDER BY day LIMIT 5"))
    assert "events_type_day" in plan and "TEMP B-TREE" not in plan
    conn.close()


def test_the_answers_agree_with_the_memory_store(tmp_path: Path, make_record: Make) -> None:
    """The SQL order and filters over the stored day are the reference implementation's."""
    name = f"migrate-{uuid.uuid4().hex}"
    try:
        with open_store(tmp_path / "s.db") as sql, open_store(f"memory://{name}") as memory:
            for store in (sql, memory):
                store.add(_records(make_record))
            assert _answers(sql) == _answers(memory)
            limited = [dataclasses.replace(f, limit=1) for f in FILTERS]
            assert [[h.event.id for h in sql.events(f)] for f in limited] == \
                [[h.event.id for h in memory.events(f)] for f in limited]
    finally:
        forget(name)


@pytest.mark.postgres
def test_a_v4_postgres_store_is_migrated_the_same_way(pg_url: str, make_record: Make) -> None:
    import psycopg

    with open_store(pg_url) as store:
        store.add(_records(make_record))
        before = _answers(store)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        _to_v4(lambda s: conn.execute(s) if s.strip() else None)  # type: ignore[arg-type]
    with open_store(pg_url) as store:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        assert _answers(store) == before
    with psycopg.connect(pg_url, autocommit=True) as conn:
        row = conn.execute("SELECT day FROM events WHERE id = 'm1#e2'").fetchone()
        assert row is not None and row[0] == "2021-04-02"


def _old_hash(text: str) -> str:
    """The content hash stores wrote before there was one (schema v6 and earlier)."""
    import hashlib

    return "sha1:" + hashlib.sha1(" ".join(text.lower().split()).encode("utf-8")).hexdigest()


def test_rows_with_the_former_hash_get_the_one_hash_and_an_unchanged_article_is_skipped(
    tmp_path: Path, make_record: Make
) -> None:
    path = tmp_path / "v6.db"
    records = _records(make_record)
    with open_store(path) as store:
        store.add(records)
    conn = sqlite3.connect(path, isolation_level=None)
    for article_id, text in conn.execute("SELECT id, text FROM articles").fetchall():
        conn.execute("UPDATE articles SET content_hash = ?, story_hash = ? WHERE id = ?",
                     (_old_hash(text), _old_hash(text), article_id))
    conn.execute("DELETE FROM schema_migrations WHERE version >= 7")
    conn.execute("PRAGMA user_version = 6")
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        again = store.add(_records(make_record))
        assert (again.added, len(again.skipped), again.conflicts) == ([], len(records), [])
    conn = sqlite3.connect(path)
    hashes = [row[0] for row in conn.execute(
        "SELECT content_hash FROM articles UNION SELECT story_hash FROM articles")]
    conn.close()
    assert hashes and not [h for h in hashes if h is None or h.startswith("sha1:")]


@pytest.mark.postgres
def test_postgres_rows_with_the_former_hash_are_migrated_too(pg_url: str, make_record: Make) -> None:
    import psycopg

    with open_store(pg_url) as store:
        store.add(_records(make_record))
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for article_id, text in conn.execute("SELECT id, text FROM articles").fetchall():
            conn.execute("UPDATE articles SET content_hash = %s WHERE id = %s", (_old_hash(text), article_id))
        conn.execute("DELETE FROM schema_migrations WHERE version >= 7")
    with open_store(pg_url) as store:
        assert store.schema_version() == LATEST  # type: ignore[attr-defined]
        again = store.add(_records(make_record))
        assert (again.added, len(again.skipped), again.conflicts) == ([], 5, [])
