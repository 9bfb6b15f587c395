"""The claims ledger: claims with their evidence status and answers (in the article and in
other stored articles), grouped into dispute threads by the pair of actors they oppose."""

from __future__ import annotations

from typing import Any

from ..model import to_dict
from ..store import ClaimHit


def claim_row(hit: ClaimHit) -> dict[str, Any]:
    return {"article_id": hit.article.id, "published": hit.article.published, "title": hit.article.title,
            "source_name": hit.article.source, "claim": to_dict(hit.claim),
            "elsewhere": to_dict(hit.elsewhere)}


def pairs_of(hit: ClaimHit) -> list[tuple[str, str]]:
    """The pairs of actors a claim opposes (claimant with each accused), each sorted."""
    claimant = hit.claim.claimant.code if hit.claim.claimant else None
    accused = sorted({a.code for a in hit.claim.accused if a.code and a.code != claimant})
    if not claimant:
        return []
    return [(min(claimant, b), max(claimant, b)) for b in accused]


def threads(hits: list[ClaimHit], only: tuple[str, str] | None = None) -> list[dict[str, Any]]:
    """Claims grouped by actor pair (a claim against two actors is in both threads), each
    thread oldest first, threads with most claims first; ``only``: just that pair's thread."""
    grouped: dict[tuple[str, str], list[ClaimHit]] = {}
    loose: list[ClaimHit] = []
    wanted = (min(only), max(only)) if only else None
    for hit in hits:
        pairs = pairs_of(hit)
        if not pairs and wanted is None:
            loose.append(hit)
        for pair in pairs:
            if wanted is None or pair == wanted:
                grouped.setdefault(pair, []).append(hit)
    out: list[dict[str, Any]] = []
    for (a, b), members in grouped.items():
        answers = sum(len(h.claim.responses) + len(h.elsewhere) for h in members)
        out.append({"a": a, "b": b, "claims": [claim_row(h) for h in members], "answers": answers,
                    "statuses": sorted({h.claim.status for h in members})})
    out.sort(key=lambda t: (-len(t["claims"]), str(t["a"]), str(t["b"])))
    if loose:
        out.append({"a": None, "b": None, "claims": [claim_row(h) for h in loose],
                    "answers": sum(len(h.claim.responses) for h in loose),
                    "statuses": sorted({h.claim.status for h in loose})})
    return out
