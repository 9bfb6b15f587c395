"""The SQLite schema as an ordered list of migrations.

Each :class:`Migration` is applied at most once, in order, inside its own transaction;
``schema_migrations`` records which ones ran (and ``PRAGMA user_version`` mirrors the
latest), so an older database file is brought up to date when it is opened. Never edit
a released step: append a new one.

Tables (one row per record element; ``record_json`` keeps the whole article record so
that :meth:`Store.get` returns it exactly):

- ``articles``: id, title, published, url, source, text, content_hash (of the
  whitespace-normalised text: same id + same hash = already stored), schema_version,
  record_json; since v2 story_hash (the provenance stage's credit-insensitive hash, else
  content_hash), publisher and story_id (the copy group: id of its first stored copy);
  since v4 copy_of (the earliest-published copy of the group; NULL for that one itself).
- ``actors``: every actor mention. ``events`` + ``event_actors`` (role source/target).
- ``quotes``, ``places``, ``counts``, ``claims`` + ``claim_responses``.
- ``shingles``: the bottom-k word-shingle sketch of each article (near-copy lookup).
- ``failures``: stage, reason, input; unique, so one bad input is recorded once.
- ``claim_links`` (v3): claims of different stories between the same two actors on the
  same subject (``same`` claim, or the ``reverse`` direction), see :mod:`.disputes`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import StoreError
from .dedup import sketch

Step = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    step: Step


def _script(sql: str) -> Step:
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)

    return run


_V1_CORE = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    published TEXT,
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    record_json TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE actors (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, code TEXT, country TEXT, sector TEXT, kind TEXT,
    role TEXT, affiliation TEXT, entity TEXT, wikidata TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL, cameo TEXT, quad_class INTEGER, goldstein REAL,
    date_raw TEXT, date_value TEXT, date_granularity TEXT,
    place_name TEXT, place_lat REAL, place_lon REAL, place_country TEXT,
    confidence REAL, negated INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
    reported INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    event_json TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE event_actors (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    idx INTEGER NOT NULL,
    code TEXT, sector TEXT, actor_code TEXT, name TEXT, text TEXT,
    start INTEGER, "end" INTEGER,
    PRIMARY KEY (article_id, event_id, role, idx),
    FOREIGN KEY (article_id, event_id) REFERENCES events(article_id, id) ON DELETE CASCADE
);
CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
    cue TEXT,
    speaker_text TEXT, speaker_name TEXT, speaker_role TEXT, speaker_affiliation TEXT,
    speaker_type TEXT, speaker_actor_code TEXT,
    event_id TEXT, confidence REAL,
    quote_json TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT,
    geonames_id INTEGER, feature_code TEXT, kind TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE counts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    category TEXT NOT NULL, low INTEGER, best INTEGER, high INTEGER,
    qualifier TEXT, event_id TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    claimant_code TEXT, claimant_name TEXT,
    accused_codes TEXT NOT NULL,
    proposition TEXT NOT NULL, proposition_start INTEGER NOT NULL, proposition_end INTEGER NOT NULL,
    status TEXT NOT NULL,
    date_value TEXT,
    claim_json TEXT NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE TABLE claim_responses (
    article_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    responder_code TEXT, responder_name TEXT,
    text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    event_id TEXT, response_article_id TEXT,
    PRIMARY KEY (article_id, claim_id, idx),
    FOREIGN KEY (article_id, claim_id) REFERENCES claims(article_id, id) ON DELETE CASCADE
);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    article_id TEXT REFERENCES articles(id) ON DELETE CASCADE,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    input TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    UNIQUE (stage, reason, input)
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_value);
CREATE INDEX events_country ON events(place_country);
CREATE INDEX events_latlon ON events(place_lat, place_lon);
CREATE INDEX event_actors_code ON event_actors(code, role);
CREATE INDEX event_actors_actor_code ON event_actors(actor_code, role);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
CREATE INDEX quotes_actor ON quotes(speaker_actor_code);
CREATE INDEX quotes_kind ON quotes(kind);
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_claimant ON claims(claimant_code);
CREATE INDEX actors_code ON actors(code)
"""

_V2_STORIES = """
ALTER TABLE articles ADD COLUMN story_id TEXT;
ALTER TABLE articles ADD COLUMN story_hash TEXT;
ALTER TABLE articles ADD COLUMN publisher TEXT;
CREATE TABLE shingles (
    hash INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (hash, article_id)
) WITHOUT ROWID;
CREATE INDEX shingles_article ON shingles(article_id);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_story_hash ON articles(story_hash)
"""


def _v2_backfill(conn: sqlite3.Connection) -> None:
    """Add the near-copy sketch table and fill it for articles stored before it existed."""
    _script(_V2_STORIES)(conn)
    rows = conn.execute("SELECT id, text, content_hash, source, record_json FROM articles").fetchall()
    for article_id, text, digest, source, record_json in rows:
        prov = json.loads(record_json).get("provenance") or {}
        conn.execute(
            "UPDATE articles SET story_id = id, story_hash = ?, publisher = ? WHERE id = ?",
            (prov.get("content_hash") or digest, prov.get("source") or source, article_id),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO shingles (hash, article_id) VALUES (?, ?)",
            [(h, article_id) for h in sketch(text)],
        )


_V3_CLAIM_LINKS = """
CREATE TABLE claim_links (
    article_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    other_article_id TEXT NOT NULL,
    other_claim_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('same', 'reverse')),
    PRIMARY KEY (article_id, claim_id, other_article_id, other_claim_id),
    FOREIGN KEY (article_id, claim_id) REFERENCES claims(article_id, id) ON DELETE CASCADE,
    FOREIGN KEY (other_article_id, other_claim_id) REFERENCES claims(article_id, id) ON DELETE CASCADE
);
CREATE INDEX claim_links_other ON claim_links(other_article_id, other_claim_id)
"""


_V4_COPY_OF = """
ALTER TABLE articles ADD COLUMN copy_of TEXT;
UPDATE articles SET copy_of = NULLIF(story_id, id);
CREATE INDEX articles_copy_of ON articles(copy_of)
"""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables and query indexes", _script(_V1_CORE)),
    Migration(2, "story ids and word-shingle sketches for near-copy detection", _v2_backfill),
    Migration(3, "links between claims of different stories (dispute threads)", _script(_V3_CLAIM_LINKS)),
    Migration(4, "copy_of: each copy points at the earliest-published copy", _script(_V4_COPY_OF)),
)

LATEST = MIGRATIONS[-1].version


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_version(conn: sqlite3.Connection, where: str) -> None:
    """Refuse, before changing anything, a file that is not an eventwire store (or too new)."""
    current = user_version(conn)
    if current > LATEST:
        raise StoreError(
            f"database schema version {current} is newer than this eventwire supports ({LATEST});"
            " upgrade eventwire",
            where=where,
        )
    tables = conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    if current == 0 and tables:
        raise StoreError("the file is an SQLite database but not an eventwire store", where=where)


def migrate(conn: sqlite3.Connection) -> None:
    """Apply the pending migrations, each once and in its own transaction."""
    for migration in MIGRATIONS:
        if migration.version <= user_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                " name TEXT NOT NULL,"
                " applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"
            )
            if user_version(conn) >= migration.version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            migration.step(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                (migration.version, migration.name),
            )
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
