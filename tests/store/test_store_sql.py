"""The shared SQL text and its PostgreSQL form; the in-memory store's named instances."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord
from eventwire.store import open_store
from eventwire.store.memory import MemoryStore, forget
from eventwire.store.schema import postgres_ddl
from eventwire.store.sql import to_postgres


def test_statements_are_rewritten_for_psycopg() -> None:
    assert to_postgres("SELECT a FROM t WHERE x = ? AND y LIKE :y") == (
        "SELECT a FROM t WHERE x = %s AND y LIKE %(y)s")
    # marks inside quoted text, '::' casts and a literal % are kept as they are meant
    assert to_postgres("SELECT 'a:b?', x::text, '%' FROM t WHERE z = ?") == (
        "SELECT 'a:b?', x::text, '%%' FROM t WHERE z = %s")
    assert to_postgres("INSERT OR IGNORE INTO f (a) VALUES (?)") == (
        "INSERT INTO f (a) VALUES (%s) ON CONFLICT DO NOTHING")
    assert to_postgres("SELECT '%'", with_params=False) == "SELECT '%'"


def test_ddl_is_rewritten_for_postgresql() -> None:
    ddl = postgres_ddl("CREATE TABLE articles (\n    id TEXT PRIMARY KEY,\n    n INTEGER, r REAL,"
                       " t TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) WITHOUT ROWID;"
                       "CREATE INDEX q ON quotes(speaker_name COLLATE NOCASE)")
    assert "rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE" in ddl and "n BIGINT" in ddl
    assert "r DOUBLE PRECISION" in ddl and "to_char(now()" in ddl and "WITHOUT ROWID" not in ddl
    assert "quotes(lower(speaker_name))" in ddl


def test_memory_stores_are_fresh_or_shared_by_name(make_record: Callable[..., ArticleRecord]) -> None:
    with open_store("memory:") as a, open_store("memory:") as b:
        a.add([make_record("m1")])
        assert isinstance(a, MemoryStore) and a.has("m1") and not b.has("m1")
    try:
        with open_store("memory://shared-test") as a:
            a.add([make_record("m1")])
        with open_store("memory://shared-test") as b:
            assert b.has("m1") and b.path == "memory://shared-test"
    finally:
        forget("shared-test")
    with open_store("memory://shared-test") as c:
        assert not c.has("m1")
