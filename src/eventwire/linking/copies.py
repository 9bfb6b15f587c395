"""Republication: find the stored story an article copies, and the original of a story.

A new article joins the story (copy group) of a stored article with the same story hash
(the provenance stage's content hash, which ignores credit lines, else the text's own), or
of a near copy: estimated word-shingle Jaccard ≥ :data:`~.fingerprint.NEAR_COPY`, the
candidates found through the store's sketch index. The original of a story is its
earliest-published member (in storage order among equals); every other member is a copy
of it, whatever the order they were stored in. Independent sources count the distinct
publishers among a story's members (:func:`publisher_key`).
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlparse

from ..model import ArticleRecord
from .candidates import Candidates
from .fingerprint import MIN_SHARED, NEAR_COPY, jaccard

SKETCH_CANDIDATES = 20  # stored articles compared with a new one


def find_story(story_hash: str, sketch: Sequence[int], candidates: Candidates) -> str | None:
    """Story id of a stored copy of this text (same story hash, else a near copy), if any."""
    story = candidates.story_with_hash(story_hash)
    if story is not None or not sketch:
        return story
    need = min(MIN_SHARED, max(1, len(sketch) // 2))
    best: tuple[float, str] | None = None
    for match in candidates.sketch_matches(sketch, need, SKETCH_CANDIDATES):
        score = jaccard(sketch, match.sketch)
        if score >= NEAR_COPY and (best is None or score > best[0]):
            best = (score, match.story_id)
    return best[1] if best else None


def choose_original(members: Sequence[tuple[str, str | None]]) -> str:
    """The original of a story from its ``(id, published)`` members in storage order: the
    earliest published; undated members come after dated ones; ties keep storage order."""
    ranked = sorted(enumerate(members), key=lambda m: (m[1][1] is None, m[1][1] or "", m[0]))
    return ranked[0][1][0]


def publisher(record: ArticleRecord) -> str | None:
    """The publisher of this copy: the provenance stage's, else the record's source, else the URL host."""
    if record.provenance.source:
        return record.provenance.source
    if record.source:
        return record.source
    if record.url:
        host = urlparse(record.url if "//" in record.url else "//" + record.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def publisher_key(article_id: str, publisher_name: str | None) -> str:
    """What counts as one independent source: the publisher's name (case and spacing
    aside), or the article itself when its publisher is unknown."""
    return publisher_name.strip().lower() if publisher_name else "article:" + article_id
