"""Span overlap and one-to-one matching of predicted against gold items.

Spans are ``(start, end)`` pairs of character offsets, end-exclusive. A *piece list* is a
list of such pairs (a discontinuous span, e.g. a quote split around its attribution).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

Pieces = Sequence[tuple[int, int]]
G = TypeVar("G")
P = TypeVar("P")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return overlap(a, b) > 0


def length(pieces: Pieces) -> int:
    return sum(max(0, e - s) for s, e in pieces)


def pieces_overlap(a: Pieces, b: Pieces) -> int:
    """Characters shared by two piece lists (pieces within one list are assumed disjoint)."""
    return sum(overlap(x, y) for x in a for y in b)


def half_shorter(a: Pieces, b: Pieces) -> bool:
    """True when ``a`` and ``b`` share at least half of the shorter one's characters."""
    shared = pieces_overlap(a, b)
    shorter = min(length(a), length(b))
    return shared > 0 and 2 * shared >= shorter


def match(
    gold: Sequence[G],
    pred: Sequence[P],
    score: Callable[[G, P], float],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: pairs ``(gold_index, pred_index)`` with ``score > 0``, best
    scores first (ties: earlier gold, then earlier prediction)."""
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)
