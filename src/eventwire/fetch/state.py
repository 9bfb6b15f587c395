"""What the fetcher has already seen, in a small SQLite file beside the database.

- ``feeds``: each feed's ``ETag`` and ``Last-Modified``, for conditional requests;
- ``items``: each stored item's URLs (as linked and as finally served), body hash and
  article id, so that an item is never ingested twice, by URL or by content, across runs
  and restarts. An item is marked only after its record is stored: a crash in between
  makes the next run fetch it again, and the store's own id check keeps it single.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT);
CREATE TABLE IF NOT EXISTS items (url TEXT PRIMARY KEY, body_hash TEXT, article_id TEXT, seen_at TEXT);
CREATE INDEX IF NOT EXISTS items_body ON items (body_hash);
CREATE INDEX IF NOT EXISTS items_article ON items (article_id);
"""


def state_path(db: str | Path | None) -> Path:
    """The state file for the store ``db``: ``NAME.fetch.sqlite`` beside a database file,
    ``eventwire.fetch.sqlite`` in the current folder for a server store (``scheme://``)."""
    if db is None or "://" in str(db):
        return Path("eventwire.fetch.sqlite")
    path = Path(db)
    return path.with_name(path.name + ".fetch.sqlite")


class SeenState:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        # used from the thread that feeds a process pool too (Pipeline.run with processes > 1)
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._lock = threading.RLock()
        self._db.executescript(_SCHEMA)
        self._db.commit()

    def __enter__(self) -> SeenState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def seen_url(self, url: str) -> bool:
        with self._lock:
            return self._db.execute("SELECT 1 FROM items WHERE url = ?", (url,)).fetchone() is not None

    def seen_content(self, body_hash: str | None, article_id: str | None) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM items WHERE body_hash = ? OR article_id = ? LIMIT 1", (body_hash, article_id)
            ).fetchone()
        return row is not None

    def mark(self, urls: list[str], body_hash: str | None, article_id: str) -> None:
        now = _now()
        with self._lock, self._db:
            self._db.executemany(
                "INSERT OR IGNORE INTO items (url, body_hash, article_id, seen_at) VALUES (?, ?, ?, ?)",
                [(u, body_hash, article_id, now) for u in dict.fromkeys(urls)],
            )

    def validators(self, feed: str) -> tuple[str | None, str | None]:
        with self._lock:
            row = self._db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", (feed,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def remember_feed(self, feed: str, etag: str | None, last_modified: str | None) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO feeds (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, checked_at = excluded.checked_at",
                (feed, etag, last_modified, _now()),
            )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
