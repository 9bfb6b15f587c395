"""The SQLite store: round trip, idempotency, conflicts, transactions, migrations, bad files."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.model import ArticleRecord, Failure, to_dict
from eventwire.store import DB_ENV, SQLiteStore, open_store, register_backend
from eventwire.store.schema import LATEST, MIGRATIONS

Make = Callable[..., ArticleRecord]


def test_file_is_wal_with_foreign_keys(tmp_path: Path, make_record: Make) -> None:
    path = tmp_path / "t.db"
    with open_store(path) as store:
        store.add([make_record()])
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    conn.close()


def test_default_path_is_env_or_current_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DB_ENV, raising=False)
    with open_store() as store:
        assert Path(store.path) == Path("eventwire.db")
    assert (tmp_path / "eventwire.db").exists()
    monkeypatch.setenv(DB_ENV, str(tmp_path / "other.db"))
    with open_store() as store:
        assert store.path == str(tmp_path / "other.db")


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is a text file, not SQLite\n" * 50)
    with pytest.raises(StoreError, match="not an eventwire SQLite database"):
        open_store(junk)
    assert junk.read_bytes().startswith(b"this is a text file")
    with pytest.raises(StoreError, match="directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.db")


def test_a_foreign_sqlite_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_an_old_version_database_is_migrated(tmp_path: Path, make_record: Make) -> None:
    """A file made by schema version 1 (no story columns, no sketches) opens and catches up."""
    path = tmp_path / "old.db"
    record = make_record("old")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL DEFAULT '')")
    MIGRATIONS[0].step(conn)
    conn.execute("INSERT INTO schema_migrations (version, name) VALUES (1, 'core')")
    conn.execute("PRAGMA user_version = 1")
    import json

    conn.execute(
        "INSERT INTO articles (id, title, published, source, text, content_hash, schema_version, record_json)"
        " VALUES (?, ?, ?, ?, ?, 'sha1:x', '1.0.0', ?)",
        (record.id, record.title, record.published, record.source, record.text,
         json.dumps(to_dict(record))),
    )
    conn.close()
    with open_store(path) as store:
        counts = store.table_counts()
        assert counts["schema_migrations"] == LATEST
        assert counts["shingles"] > 0  # the sketch of the old article was back-filled
        got = store.get("old")
        assert got is not None and got.text == record.text
        # a copy stored now is linked to the migrated article
        copy_ = make_record("new", source="Another Outlet")
        assert store.add([copy_]).copies == {"new": "old"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT story_id FROM articles WHERE id = 'old'").fetchone()[0] == "old"
    conn.close()


def test_backends_by_scheme(tmp_path: Path) -> None:
    with open_store(f"sqlite://{tmp_path / 'u.db'}") as store:
        assert store.path == str(tmp_path / "u.db")
    with pytest.raises(StoreError, match="no store backend for nosuch://"):
        open_store("nosuch://localhost/events")
    with open_store(f"sqlite:{tmp_path / 'v.db'}") as store:
        assert store.path == str(tmp_path / "v.db")
    register_backend("memtest", lambda url: open_store(tmp_path / "m.db"))
    with open_store("memtest://anything") as store:
        assert store.path == str(tmp_path / "m.db")


def test_a_locked_database_gives_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    open_store(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        with SQLiteStore(path, timeout=0.05) as store, pytest.raises(StoreError, match="locked"):
            store.add([], [Failure(stage="ingest", reason="r", input="i")])
    finally:
        other.execute("ROLLBACK")
        other.close()
