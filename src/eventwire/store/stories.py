"""Cross-article provenance: find the stored copy an article republishes.

At store time each new article is compared with what is stored: the same story hash
(the provenance stage's content hash, which ignores credit lines, else the store's own),
or a near copy (estimated word-shingle Jaccard ≥ :data:`~.dedup.NEAR_COPY`, candidates
found through the indexed sketch table). A copy joins the story of the earliest stored
copy: ``provenance.republished_from`` names the earliest-published copy (whatever the
order they were stored in; kept current in ``articles.copy_of``) and ``independent_sources``
counts the distinct publishers among all copies of the story (an article without a
known publisher counts as one). The count is kept current: it is computed when a record is
read back (:data:`SOURCES_SQL`), so a new copy costs no rewrite of the older ones.
"""

from __future__ import annotations

import sqlite3

from .dedup import MIN_SHARED, NEAR_COPY, jaccard


def find_original(conn: sqlite3.Connection, story_hash: str, sketch: list[int]) -> str | None:
    """Story id (id of the first stored copy) of a stored copy of this text, if any."""
    row = conn.execute(
        "SELECT COALESCE(story_id, id) FROM articles WHERE story_hash = ? ORDER BY rowid LIMIT 1",
        (story_hash,),
    ).fetchone()
    if row is not None:
        return str(row[0])
    if not sketch:
        return None
    need = min(MIN_SHARED, max(1, len(sketch) // 2))
    marks = ",".join("?" * len(sketch))
    candidates = conn.execute(
        f"SELECT article_id FROM shingles WHERE hash IN ({marks})"
        " GROUP BY article_id HAVING COUNT(*) >= ? ORDER BY COUNT(*) DESC LIMIT 20",
        (*sketch, need),
    ).fetchall()
    best: tuple[float, str] | None = None
    for (article_id,) in candidates:
        other = [h for (h,) in conn.execute(
            "SELECT hash FROM shingles WHERE article_id = ? ORDER BY hash", (article_id,)
        )]
        score = jaccard(sketch, other)
        if score >= NEAR_COPY and (best is None or score > best[0]):
            best = (score, article_id)
    if best is None:
        return None
    row = conn.execute("SELECT COALESCE(story_id, id) FROM articles WHERE id = ?", (best[1],)).fetchone()
    return str(row[0]) if row else None


# distinct publishers among the copies of the story of ``a`` (an article row alias)
SOURCES_SQL = (
    "(SELECT COUNT(DISTINCT COALESCE(LOWER(TRIM(b.publisher)), 'article:' || b.id)) FROM articles b"
    " WHERE b.story_id = COALESCE(a.story_id, a.id))"
)


def refresh_group(conn: sqlite3.Connection, story_id: str) -> None:
    """Point every copy of the group at its earliest-published member (``copy_of``), so the
    original is right whatever order the copies were stored in."""
    row = conn.execute(
        "SELECT id FROM articles WHERE story_id = ?"
        " ORDER BY published IS NULL, published, rowid LIMIT 1",
        (story_id,),
    ).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE articles SET copy_of = CASE WHEN id = ?1 THEN NULL ELSE ?1 END WHERE story_id = ?2",
            (row[0], story_id),
        )


def publishers(conn: sqlite3.Connection, story_id: str) -> int:
    row = conn.execute(
        "SELECT COUNT(DISTINCT COALESCE(LOWER(TRIM(publisher)), 'article:' || id)) FROM articles"
        " WHERE story_id = ?",
        (story_id,),
    ).fetchone()
    return int(row[0]) if row else 1
