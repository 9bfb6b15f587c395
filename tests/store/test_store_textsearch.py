"""Substring search over article texts on SQLite: the trigram index gives exactly what a
LIKE scan gives (ASCII letters in either case, wildcards literal), and stays current when
articles are added, replaced or deleted, also in a database migrated from schema v4."""

from __future__ import annotations

import sqlite3
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.model import ArticleRecord
from eventwire.store import SQLiteStore, open_store
from eventwire.store.textsearch import contains

Make = Callable[..., ArticleRecord]
_ASCII_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

TAILS = [
    " Troops massed at the BORDER crossing near Villa Serena.",
    " A 50% rise in border_fees, officials said.",
    ' The minister called it a "red line" at the Bördér post.',
    " Ögedei Street residents fled the ÉCOLE and the école.",
    " Nothing else happened.",
]
NEEDLES = ["border", "Border", "BORDER CROSSING", "50%", "_fees", "r_f", "%", "\"red line\"", "bördér",
           "BöRDÉR", "école", "ÉCOLE", "Ögedei", "ögedei", "ag", "xyzzy", "at the", "e"]


def _fold(text: str) -> str:
    return text.translate(_ASCII_FOLD)


def _found(conn: sqlite3.Connection, needle: str) -> list[str]:
    where, args = contains(needle)
    rows = conn.execute(f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.rowid", args)
    return [r[0] for r in rows]


def _expected(conn: sqlite3.Connection, needle: str) -> list[str]:
    rows = conn.execute("SELECT id, text FROM articles ORDER BY rowid").fetchall()
    return [i for i, text in rows if _fold(needle) in _fold(text)]


@pytest.fixture
def store(tmp_path: Path, make_record: Make) -> SQLiteStore:
    s = open_store(tmp_path / "t.db")
    assert isinstance(s, SQLiteStore)
    s.add([make_record(f"t{i}", extra=tail, source=f"Outlet {i}") for i, tail in enumerate(TAILS)])
    return s


def test_the_index_finds_what_like_finds(store: SQLiteStore) -> None:
    with store, store.reading() as conn:
        for needle in NEEDLES:
            assert _found(conn, needle) == _expected(conn, needle), needle
        assert _found(conn, "border") == ["t0", "t1"]
        assert _found(conn, "50%") == ["t1"] and _found(conn, "r_f") == ["t1"]
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT a.id FROM articles a WHERE " + contains("border")[0],
            contains("border")[1]))
        assert "VIRTUAL TABLE INDEX" in plan and "SEARCH a USING INTEGER PRIMARY KEY" in plan


def test_the_index_follows_replacements_and_deletions(store: SQLiteStore, make_record: Make) -> None:
    with store:
        store.add([make_record("t0", extra=" Calm returned to the plaza.", source="Outlet 0")], replace=True)
        store.add([make_record("t9", extra=" A border dispute flared.", source="Outlet 9")])
        with store.reading() as conn:
            assert _found(conn, "border") == ["t1", "t9"]
            assert _found(conn, "calm returned") == ["t0"]
        store._conn.execute("DELETE FROM articles WHERE id = 't9'")
        with store.reading() as conn:
            assert _found(conn, "border") == ["t1"]
            for needle in NEEDLES:
                assert _found(conn, needle) == _expected(conn, needle), needle
        # the index agrees with the texts it was built from (raises "database disk image is malformed")
        store._conn.execute("INSERT INTO articles_text(articles_text, rank) VALUES ('integrity-check', 1)")


def test_the_read_connection_cannot_write(store: SQLiteStore) -> None:
    with store, store.reading() as conn, pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM failures")
