"""Read-only queries the :class:`~eventwire.store.Store` protocol has no method for yet:
article lists, full-text search, events per month and the latest claims.

On an SQLite store they run as SQL on the store's read-only connection to the same file
(WAL: they never block a writer; see :meth:`SQLiteStore.reading`); on any other backend
they fall back to the protocol's ``iter_records``, which is correct but reads every record.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..store import SQLiteStore, Store
from ..store.textsearch import contains

SNIPPET = 80  # characters of context on each side of a search hit


@contextmanager
def _readonly(store: Store) -> Iterator[sqlite3.Connection | None]:
    """The store's read-only connection (kept open by the store), or None on other backends."""
    if not isinstance(store, SQLiteStore):
        yield None
        return
    with store.reading() as conn:
        yield conn


def state(store: Store) -> tuple[int, int] | None:
    """A key that changes whenever an article is added or replaced (SQLite only)."""
    with _readonly(store) as conn:
        if conn is None:
            return None
        high, count = conn.execute("SELECT MAX(rowid), COUNT(*) FROM articles").fetchone()
    return int(high or 0), int(count)


def articles(store: Store, limit: int, text: str | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """``limit`` articles from ``offset`` on, by publication date then storage order, with their
    record counts; ``text``: only those whose text contains it (case-insensitive)."""
    with _readonly(store) as conn:
        if conn is None:
            return _articles_scan(store, text)[offset:offset + limit]
        where, args = contains(text) if text else ("1 = 1", {})
        sql = (
            "SELECT a.id, a.title, a.published, a.source, a.url,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events,"
            " (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,"
            " (SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id) AS claims"
            f" FROM articles a WHERE {where} ORDER BY a.published, a.rowid LIMIT :limit OFFSET :offset"
        )
        cursor = conn.execute(sql, {**args, "limit": limit, "offset": offset})
        keys = [column[0] for column in cursor.description]  # the names the query gives
        rows = cursor.fetchall()
    return [dict(zip(keys, row, strict=True)) for row in rows]


def _articles_scan(store: Store, text: str | None) -> list[dict[str, Any]]:
    found = []
    for r in store.iter_records():
        if text and text.lower() not in r.text.lower():
            continue
        found.append({"id": r.id, "title": r.title, "published": r.published, "source": r.source,
                      "url": r.url, "events": len(r.events), "quotes": len(r.quotes),
                      "claims": len(r.claims)})
    found.sort(key=lambda a: a["published"] or "")
    return found


def snippet(text: str, needle: str) -> str:
    at = text.lower().find(needle.lower())
    if at < 0:
        return text[:2 * SNIPPET]
    start, end = max(0, at - SNIPPET), min(len(text), at + len(needle) + SNIPPET)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def search(store: Store, text: str, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """``limit`` articles from ``offset`` on whose text contains ``text``, each with a snippet
    around the first match (in the order of :func:`articles`)."""
    with _readonly(store) as conn:
        if conn is None:
            records = [r for r in store.iter_records() if text.lower() in r.text.lower()]
            rows = [(r.id, r.title, r.published, r.source, r.text) for r in records][offset:offset + limit]
        else:
            where, args = contains(text)
            rows = conn.execute(
                f"SELECT a.id, a.title, a.published, a.source, a.text FROM articles a WHERE {where}"
                " ORDER BY a.published, a.rowid LIMIT :limit OFFSET :offset",
                {**args, "limit": limit, "offset": offset}).fetchall()
    return [{"id": i, "title": t, "published": p, "source": s, "snippet": snippet(body, text)}
            for i, t, p, s, body in rows]


def events_by_month(store: Store) -> list[dict[str, Any]]:
    """Events per month and PLOVER type (the event date, else the publication date)."""
    with _readonly(store) as conn:
        if conn is None:
            counts: Counter[tuple[str, str]] = Counter()
            for r in store.iter_records():
                for e in r.events:
                    day = (e.date.value if e.date and e.date.value else None) or r.published or ""
                    if len(day) >= 7 and day[4] == "-":
                        counts[(day[:7], e.type)] += 1
            rows = [(m, t, n) for (m, t), n in sorted(counts.items())]
        else:
            rows = conn.execute(
                "SELECT substr(COALESCE(e.date_value, a.published), 1, 7) AS m, e.type, COUNT(*)"
                " FROM events e JOIN articles a ON a.id = e.article_id"
                " WHERE COALESCE(e.date_value, a.published) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
                " GROUP BY m, e.type ORDER BY m"
            ).fetchall()
    return [{"month": m, "type": t, "events": n} for m, t, n in rows]


def latest_claims(store: Store, limit: int) -> list[dict[str, Any]]:
    """The most recently published claims whose evidence is not shown, denied or disputed."""
    notable = ("evidence_not_shown", "denied", "disputed")
    with _readonly(store) as conn:
        if conn is None:
            found = [{"published": r.published or "", "article_id": r.id,
                      "claimant": c.claimant.name if c.claimant else None,
                      "claimant_code": c.claimant.code if c.claimant else None,
                      "accused": " ".join(a.code or "" for a in c.accused),
                      "proposition": c.proposition.text, "status": c.status}
                     for r in store.iter_records() for c in r.claims if c.status in notable]
            rows = sorted(found, key=lambda row: tuple(row.values()), reverse=True)[:limit]
        else:
            cursor = conn.execute(
                "SELECT a.published, c.article_id, c.claimant_name AS claimant, c.claimant_code,"
                " c.accused_codes AS accused, c.proposition, c.status"
                " FROM claims c JOIN articles a ON a.id = c.article_id"
                " WHERE c.status IN (?, ?, ?) ORDER BY a.published DESC, a.rowid DESC, c.seq LIMIT ?",
                (*notable, limit))
            keys = [column[0] for column in cursor.description]
            rows = [dict(zip(keys, row, strict=True)) for row in cursor.fetchall()]
    return [{**row, "accused": (row["accused"] or "").split()} for row in rows]
