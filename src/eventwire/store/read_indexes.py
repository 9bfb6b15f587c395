"""Migrations 5 and 6 of :mod:`.schema`: what makes the read queries of a large store fast.

- v5, ``events.day``: the event's date, else its article's publication day, stored (see
  :func:`.rows.event_day`) and back-filled, and indexed behind each filter column of the
  event queries (type, country, QuadClass), so that a filtered query walks one index in the
  order it returns and stops at its limit; the actor look-ups get covering indexes.
- v6, ``articles_text`` (SQLite): an FTS5 trigram index of the article texts (external
  content: the text is not stored twice; triggers keep it current), see :mod:`.textsearch`.
  PostgreSQL records the step and changes nothing (its text search scans).
"""

from __future__ import annotations

import re

from .sql import POSTGRES, SQLITE, Db

_EVENT_DAY = (
    "ALTER TABLE events ADD COLUMN day TEXT",
    "UPDATE events SET day = COALESCE(date_value,"
    " (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = events.article_id))",
    # covering: a page of events is chosen from the index alone, then only its rows are read
    "CREATE INDEX events_day ON events(day, article_id, id, seq)",
    "CREATE INDEX events_type_day ON events(type, day, article_id, id, seq)",
    "CREATE INDEX events_country_day ON events(place_country, day, article_id, id, seq)",
    "CREATE INDEX events_quad_day ON events(quad_class, day, article_id, id, seq)",
    "CREATE INDEX event_actors_code_event ON event_actors(code, role, article_id, event_id)",
    "CREATE INDEX event_actors_actor_code_event ON event_actors(actor_code, role, article_id, event_id)",
    # the indexes above begin with the columns of these
    "DROP INDEX event_actors_code",
    "DROP INDEX event_actors_actor_code",
    "DROP INDEX events_type",
    "DROP INDEX events_country",
    "DROP INDEX events_date",  # nothing filters on date_value alone any more
)


def event_day_step(conn: Db, dialect: str = SQLITE) -> None:
    """Add and back-fill ``events.day`` and index it with each event filter (PostgreSQL
    orders the day with NULLs first, as the queries do; SQLite does so by default)."""
    for statement in _EVENT_DAY:
        if dialect == POSTGRES:
            statement = re.sub(r"\bday\b(?=[,)])", "day NULLS FIRST", statement)
        conn.execute(statement)


TEXT_INDEX = "articles_text"  # the FTS5 table (and the prefix of its shadow tables)
_TEXT_INDEX = (
    f"CREATE VIRTUAL TABLE {TEXT_INDEX} USING fts5(text, content='articles', content_rowid='rowid',"
    " tokenize='trigram')",
    f"INSERT INTO {TEXT_INDEX}({TEXT_INDEX}) VALUES ('rebuild')",
    f"CREATE TRIGGER {TEXT_INDEX}_insert AFTER INSERT ON articles BEGIN"
    f" INSERT INTO {TEXT_INDEX}(rowid, text) VALUES (new.rowid, new.text); END",
    f"CREATE TRIGGER {TEXT_INDEX}_delete AFTER DELETE ON articles BEGIN"
    f" INSERT INTO {TEXT_INDEX}({TEXT_INDEX}, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    f"CREATE TRIGGER {TEXT_INDEX}_update AFTER UPDATE OF text ON articles BEGIN"
    f" INSERT INTO {TEXT_INDEX}({TEXT_INDEX}, rowid, text) VALUES ('delete', old.rowid, old.text);"
    f" INSERT INTO {TEXT_INDEX}(rowid, text) VALUES (new.rowid, new.text); END",
)


def text_index_step(conn: Db, dialect: str = SQLITE) -> None:
    """Create and fill the trigram index of the article texts (SQLite only)."""
    if dialect == SQLITE:
        for statement in _TEXT_INDEX:
            conn.execute(statement)
