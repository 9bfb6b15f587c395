"""The narrow query interface cross-article linking needs from a store.

A backend implements :class:`Candidates` (a few indexed look-ups); the linking code in
this package decides, over records, what is a copy and which claims answer each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A stored claim as the linker sees it."""

    article_id: str
    claim_id: str
    claimant: str | None  # the claimant's code
    proposition: str  # the proposition's text


@dataclass(frozen=True, slots=True)
class SketchMatch:
    """A stored article whose sketch shares hashes with a new one."""

    article_id: str
    story_id: str  # the story (copy group) it belongs to
    sketch: list[int]  # its whole sketch, ascending


class Candidates(Protocol):
    """What linking asks a store: the few stored articles and claims worth comparing."""

    def story_with_hash(self, story_hash: str) -> str | None:
        """Story id of the first stored article with this story hash, if any."""
        ...

    def sketch_matches(self, sketch: Sequence[int], need: int, limit: int) -> list[SketchMatch]:
        """Stored articles sharing at least ``need`` hashes with ``sketch``, most shared first."""
        ...

    def claims_between(
        self, a: str, b: str, *, story_id: str, article_id: str, limit: int
    ) -> list[StoredClaim]:
        """Stored claims of A about B or of B about A (codes), outside story ``story_id`` and
        article ``article_id``, most recently published first, at most ``limit``."""
        ...
