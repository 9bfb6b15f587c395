"""The SQL stores' answers to the look-ups of :class:`eventwire.linking.Candidates`."""

from __future__ import annotations

from collections.abc import Sequence

from ..linking import SketchMatch, StoredClaim
from .sql import Db


def story_with_hash(db: Db, story_hash: str) -> str | None:
    row = db.execute(
        "SELECT COALESCE(story_id, id) FROM articles WHERE story_hash = ? ORDER BY rowid LIMIT 1",
        (story_hash,),
    ).fetchone()
    return None if row is None else str(row[0])

def sketch_matches(db: Db, sketch: Sequence[int], need: int, limit: int) -> list[SketchMatch]:
    marks = ",".join("?" * len(sketch))
    rows = db.execute(
        "SELECT s.article_id, COALESCE(a.story_id, a.id) FROM shingles s"
        f" JOIN articles a ON a.id = s.article_id WHERE s.hash IN ({marks})"
        " GROUP BY s.article_id, a.story_id, a.id HAVING COUNT(*) >= ?"
        " ORDER BY COUNT(*) DESC, s.article_id LIMIT ?",
        (*sketch, need, limit),
    ).fetchall()
    return [SketchMatch(article_id=r[0], story_id=r[1], sketch=[int(h) for (h,) in db.execute(
        "SELECT hash FROM shingles WHERE article_id = ? ORDER BY hash", (r[0],))]) for r in rows]

def claims_between(db: Db, a: str, b: str, story_id: str, article_id: str, limit: int) -> list[StoredClaim]:
    rows = db.execute(
        "SELECT c.article_id, c.id, c.claimant_code, c.proposition FROM claims c"
        " JOIN articles a ON a.id = c.article_id"
        " WHERE COALESCE(a.story_id, a.id) != ? AND c.article_id != ?"
        " AND ((c.claimant_code = ? AND c.accused_codes LIKE ?)"
        "   OR (c.claimant_code = ? AND c.accused_codes LIKE ?))"
        " ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT ?",
        (story_id, article_id, a, f"% {b} %", b, f"% {a} %", limit),
    ).fetchall()
    return [StoredClaim(article_id=r[0], claim_id=r[1], claimant=r[2], proposition=r[3]) for r in rows]
