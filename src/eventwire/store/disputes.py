"""Link claims across stored articles into dispute threads.

When an article is stored, each of its claims (claimant A about accused B, both coded) is
compared with the stored claims of other stories between the same two actors:

- **same claim**: A about B again, on the same subject — the responses one article
  reports (B's denial, say) then count for the claim wherever it is stored;
- **counter-accusation**: B about A on the same subject — an answer to A's claim when it
  was published on or after it.

"Same subject" is explainable: the two propositions share at least :data:`MIN_SHARED`
content-word stems (one is enough when a proposition has no more than two). Copies of one
story are never linked (they are the same report). Links live in ``claim_links``; the
records stay as analysed, and :func:`elsewhere` turns the links of a claim into
:class:`~eventwire.model.Response` objects carrying the other ``article_id``.
"""

from __future__ import annotations

import json
import re
import sqlite3

from ..model import ActorMention, ArticleRecord, Claim, EventDate, Response
from .decode import build

MIN_SHARED = 2
CANDIDATES = 200  # stored claims examined per new claim (the most recent first)
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP = frozenset({  # function words that say nothing about the subject
    "that", "this", "with", "from", "have", "were", "been", "their", "there", "they", "them",
    "than", "what", "which", "while", "would", "could", "should", "about", "after", "before",
    "into", "over", "said", "says", "also", "only", "more", "most", "some", "such", "very", "will",
})


def stems(text: str) -> set[str]:
    return {w[:6] for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP}


def same_subject(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED or (shared >= 1 and min(len(a), len(b)) <= 2)


def _codes(actors: list[ActorMention]) -> set[str]:
    return {a.code for a in actors if a.code}


def link_claims(conn: sqlite3.Connection, record: ArticleRecord, story_id: str) -> int:
    """Record links between ``record``'s claims and stored ones; returns how many."""
    links = 0
    for claim in record.claims:
        a = claim.claimant.code if claim.claimant else None
        accused = _codes(claim.accused)
        if not a or not accused:
            continue
        mine = stems(claim.proposition.text)
        for b in sorted(accused - {a}):
            rows = conn.execute(
                "SELECT c.article_id, c.id, c.claimant_code, c.proposition FROM claims c"
                " JOIN articles a ON a.id = c.article_id"
                " WHERE COALESCE(a.story_id, a.id) != ? AND c.article_id != ?"
                " AND ((c.claimant_code = ? AND c.accused_codes LIKE ?)"
                "   OR (c.claimant_code = ? AND c.accused_codes LIKE ?))"
                " ORDER BY a.published DESC, a.rowid DESC LIMIT ?",
                (story_id, record.id, a, f"% {b} %", b, f"% {a} %", CANDIDATES),
            ).fetchall()
            for other_article, other_id, claimant, proposition in rows:
                if not same_subject(mine, stems(proposition)):
                    continue
                conn.execute(
                    "INSERT OR IGNORE INTO claim_links (article_id, claim_id, other_article_id,"
                    " other_claim_id, kind) VALUES (?, ?, ?, ?, ?)",
                    (record.id, claim.id, other_article, other_id, "same" if claimant == a else "reverse"),
                )
                links += 1
    return links


def elsewhere(conn: sqlite3.Connection, article_id: str, claim_id: str) -> list[Response]:
    """Responses to this claim found in other stored articles, oldest first: the responses
    reported with the same claim elsewhere, and counter-accusations published on or after it.
    (A link is stored once per pair, from the claim stored later; it is read both ways.)"""
    mine = conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()
    published_here = (mine[0] if mine else None) or ""
    rows = conn.execute(
        "SELECT l.other_article_id, l.other_claim_id, l.kind FROM claim_links l"
        " WHERE l.article_id = ? AND l.claim_id = ?"
        " UNION SELECT l.article_id, l.claim_id, l.kind FROM claim_links l"
        " WHERE l.other_article_id = ? AND l.other_claim_id = ?",
        (article_id, claim_id, article_id, claim_id),
    ).fetchall()
    found: list[tuple[str, Response]] = []
    for other_article, other_id, kind in rows:
        row = conn.execute(
            "SELECT c.claim_json, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE c.article_id = ? AND c.id = ?",
            (other_article, other_id),
        ).fetchone()
        if row is None:
            continue
        other: Claim = build(Claim, json.loads(row[0]))
        published = row[1] or ""
        if kind == "same":
            for response in other.responses:
                response.article_id = response.article_id or other_article
                found.append((published, response))
        elif published >= published_here:  # a counter-accusation answering this claim
            date = other.date or (
                EventDate(raw=None, value=published[:10], granularity="day", basis="published")
                if published else None
            )
            found.append((published, Response(
                kind="counter_accusation", responder=other.claimant, span=other.proposition,
                event_id=other.event_ids[0] if other.event_ids else None, article_id=other_article,
                date=date,
            )))
    found.sort(key=lambda item: item[0])
    return [response for _, response in found]
