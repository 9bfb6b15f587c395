"""The SQLite store: round trip, idempotency, conflicts, transactions, migrations, bad files."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.model import ArticleRecord, Failure, to_dict
from eventwire.store import DB_ENV, SQLiteStore, Store, open_store, register_backend
from eventwire.store.schema import LATEST, MIGRATIONS

Make = Callable[..., ArticleRecord]


def test_round_trip_keeps_the_whole_record(tmp_path: Path, make_record: Make) -> None:
    record = make_record()
    with open_store(tmp_path / "t.db") as store:
        result = store.add([record])
        assert result.added == ["a1"]
        got = store.get("a1")
        assert got is not None
        assert to_dict(got) == to_dict(record)
        assert got.provenance.content_hash and got.provenance.independent_sources == 1
        assert [to_dict(r) for r in store.iter_records()] == [to_dict(record)]
        assert store.get("missing") is None


def test_sqlite_store_follows_the_protocol(tmp_path: Path) -> None:
    with open_store(tmp_path / "t.db") as store:
        assert isinstance(store, Store)


def test_every_table_is_filled(tmp_path: Path, make_record: Make) -> None:
    with open_store(tmp_path / "t.db") as store:
        store.add([make_record()], [Failure(stage="ingest", reason="empty file", input="x.txt")])
        counts = store.table_counts()
    assert counts["articles"] == 1
    assert counts["actors"] == 3
    assert counts["events"] == 3
    assert counts["event_actors"] == 4
    assert counts["quotes"] == 2
    assert counts["places"] == 1
    assert counts["counts"] == 1
    assert counts["claims"] == 1
    assert counts["claim_responses"] == 1
    assert counts["failures"] == 2  # the stage failure in the record + the ingest failure
    assert counts["shingles"] > 0
    assert counts["schema_migrations"] == LATEST


def test_adding_the_same_articles_twice_changes_no_table(tmp_path: Path, make_record: Make) -> None:
    bad = [Failure(stage="ingest", reason="undecodable bytes", input="bad.txt:3")]
    batch = [make_record("a1"), make_record("a2", extra=" Another story entirely." * 3, source="X")]
    with open_store(tmp_path / "t.db") as store:
        store.add(copy.deepcopy(batch), bad)
        before = store.table_counts()
        again = store.add(copy.deepcopy(batch), bad)
        assert again.added == [] and sorted(again.skipped) == ["a1", "a2"] and again.failures == 0
        assert store.table_counts() == before
    with open_store(tmp_path / "t.db") as store:  # and after reopening the file
        store.add(copy.deepcopy(batch), bad)
        assert store.table_counts() == before


def test_duplicates_inside_one_batch_are_stored_once(tmp_path: Path, make_record: Make) -> None:
    with open_store(tmp_path / "t.db") as store:
        result = store.add([make_record("a1"), make_record("a1")])
        assert result.added == ["a1"] and result.skipped == ["a1"]
        assert store.table_counts()["articles"] == 1


def test_same_id_with_other_text_keeps_the_first_and_reports(tmp_path: Path, make_record: Make) -> None:
    first = make_record("a1")
    changed = make_record("a1", dead=21)
    with open_store(tmp_path / "t.db") as store:
        store.add([first])
        before = store.table_counts()
        result = store.add([changed])
        assert result.conflicts == ["a1"] and result.added == [] and result.failures == 1
        stored = store.get("a1")
        assert stored is not None and "20 dead" in stored.text
        assert [f.stage for f in store.failures()].count("store") == 1
        after = store.table_counts()
        assert after["articles"] == before["articles"] and after["events"] == before["events"]


def test_replace_swaps_every_row_in_one_go(tmp_path: Path, make_record: Make) -> None:
    first = make_record("a1")
    changed = make_record("a1", dead=21)
    with open_store(tmp_path / "t.db") as store:
        store.add([first])
        before = store.table_counts()
        result = store.add([changed], replace=True)
        assert result.replaced == ["a1"]
        stored = store.get("a1")
        assert stored is not None and "21 dead" in stored.text
        assert stored.provenance.republished_from is None
        assert store.table_counts() == before
        assert next(h.event.sentence.text for h in store.events()).startswith("Clashes in Arauca left 21")


def test_a_batch_is_one_transaction(tmp_path: Path, make_record: Make) -> None:
    broken = make_record("a2")
    broken.events[0].trigger = None  # type: ignore[assignment]  # writing it fails mid-batch
    with open_store(tmp_path / "t.db") as store:
        with pytest.raises(AttributeError):
            store.add([make_record("a1"), broken], [Failure(stage="ingest", reason="r", input="i")])
        counts = store.table_counts()
        assert counts["articles"] == 0 and counts["failures"] == 0 and counts["events"] == 0
        store.add([make_record("a1")])  # the store is still usable
        assert store.table_counts()["articles"] == 1


def test_the_same_failure_is_recorded_once(tmp_path: Path) -> None:
    failure = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:4")
    with open_store(tmp_path / "t.db") as store:
        assert store.add([], [failure, failure]).failures == 1
        assert store.add([], [failure]).failures == 0
        other_line = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:5")
        assert store.add([], [other_line]).failures == 1
        assert [f.input for f in store.failures()] == ["in.jsonl:4", "in.jsonl:5"]


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


def test_an_analysis_that_failed_is_replaced_by_a_clean_one(tmp_path: Path, make_record: Make) -> None:
    failed = make_record("a1")  # carries a stage failure (see conftest)
    clean = make_record("a1")
    clean.failures = []
    with open_store(tmp_path / "t.db") as store:
        store.add([failed])
        assert store.has("a1", failed.text) and not store.has("a1", failed.text, complete=True)
        assert store.add([copy.deepcopy(failed)]).skipped == ["a1"]  # failing again: kept as is
        before = store.table_counts()
        assert store.add([clean]).replaced == ["a1"]
        after = store.table_counts()
        assert after["failures"] == before["failures"] - 1
        assert {k: v for k, v in after.items() if k != "failures"} == {
            k: v for k, v in before.items() if k != "failures"}
        assert store.has("a1", clean.text, complete=True)
        assert store.add([copy.deepcopy(clean)]).skipped == ["a1"]


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
