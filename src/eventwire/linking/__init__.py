"""Cross-article links, computed over records: copies, stories and claim links.

A store calls :func:`link_record` for each new record, inside its write transaction, with
itself as the :class:`~.candidates.Candidates` to ask; it then persists what it gets back.
No backend re-implements the decisions: a new backend implements the three candidate
look-ups and stores the result.

>>> links = link_record(record, store)                      # doctest: +SKIP
>>> links.story_id, [l.kind for l in links.claim_links]     # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ArticleRecord
from ..provenance.hashing import content_hash
from .candidates import Candidates, SketchMatch, StoredClaim
from .claims import ClaimLink, LinkedClaim, link_claims, responses_elsewhere
from .copies import choose_original, find_story, publisher, publisher_key
from .fingerprint import sketch


@dataclass(slots=True)
class RecordLinks:
    """What a store persists beside a record."""

    content_hash: str  # of the normalised text: same id + same hash = already stored
    story_hash: str  # the provenance stage's credit-insensitive hash, else content_hash
    sketch: list[int]  # bottom-k shingle hashes (the near-copy index)
    story_id: str  # the story it joins: a stored copy's story, else its own id
    publisher: str | None
    joined: bool = False  # it joined the story of a stored article (it is a copy)
    claim_links: list[ClaimLink] = field(default_factory=list)


def link_record(record: ArticleRecord, candidates: Candidates, *, digest: str | None = None) -> RecordLinks:
    """Fingerprint ``record``, find the stored story it copies and link its claims.

    Sets ``record.provenance.content_hash`` when it is missing (the story hash then).
    """
    digest = digest or content_hash(record.text)
    shingles = sketch(record.text)
    prov = record.provenance
    if prov.content_hash is None:
        prov.content_hash = digest
    story = find_story(prov.content_hash, shingles, candidates)
    if story == record.id:  # replacing the first copy of its own story
        story = None
    story_id = story or record.id
    return RecordLinks(content_hash=digest, story_hash=prov.content_hash, sketch=shingles,
                       story_id=story_id, publisher=publisher(record), joined=story is not None,
                       claim_links=link_claims(record, story_id, candidates))


__all__ = [
    "Candidates",
    "ClaimLink",
    "LinkedClaim",
    "RecordLinks",
    "SketchMatch",
    "StoredClaim",
    "choose_original",
    "content_hash",
    "find_story",
    "link_claims",
    "link_record",
    "publisher",
    "publisher_key",
    "responses_elsewhere",
    "sketch",
]
