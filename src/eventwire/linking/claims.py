"""Link claims across stored articles into dispute threads.

Each claim of a new article (claimant A about accused B, both coded) is compared with the
stored claims of other stories between the same two actors (:meth:`Candidates.claims_between`):

- **same claim**: A about B again, on the same subject — the responses one article
  reports (B's denial, say) then count for the claim wherever it is stored;
- **counter-accusation** (``reverse``): B about A on the same subject — an answer to A's
  claim when it was published on or after it.

"Same subject" is :func:`~.subject.same_subject` over the propositions' stems. Copies of
one story are never linked (they are the same report). The store keeps the links; the
records stay as analysed, and :func:`responses_elsewhere` turns the links of a claim into
:class:`~eventwire.model.Response` objects carrying the other ``article_id``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import ActorMention, ArticleRecord, Claim, EventDate, Response
from .candidates import Candidates
from .subject import same_subject, stems

CANDIDATES = 200  # stored claims examined per new claim and accused (the most recent first)


@dataclass(frozen=True, slots=True)
class ClaimLink:
    """A claim of a new article linked to a stored one (stored once, read both ways)."""

    article_id: str
    claim_id: str
    other_article_id: str
    other_claim_id: str
    kind: str  # "same" | "reverse"


@dataclass(frozen=True, slots=True)
class LinkedClaim:
    """The other end of a link, as a store reads it back."""

    article_id: str
    published: str | None
    kind: str  # "same" | "reverse"
    claim: Claim


def _codes(actors: list[ActorMention]) -> set[str]:
    return {a.code for a in actors if a.code}


def link_claims(record: ArticleRecord, story_id: str, candidates: Candidates) -> list[ClaimLink]:
    """The links between ``record``'s claims and stored claims of other stories."""
    links: dict[tuple[str, str, str], ClaimLink] = {}
    for claim in record.claims:
        a = claim.claimant.code if claim.claimant else None
        accused = _codes(claim.accused)
        if not a or not accused:
            continue
        mine = stems(claim.proposition.text)
        for b in sorted(accused - {a}):
            found = candidates.claims_between(a, b, story_id=story_id, article_id=record.id,
                                              limit=CANDIDATES)
            for other in found:
                if not same_subject(mine, stems(other.proposition)):
                    continue
                key = (claim.id, other.article_id, other.claim_id)
                kind = "same" if other.claimant == a else "reverse"
                links.setdefault(key, ClaimLink(record.id, claim.id, other.article_id, other.claim_id, kind))
    return list(links.values())


def responses_elsewhere(published_here: str | None, linked: Iterable[LinkedClaim]) -> list[Response]:
    """Responses to a claim found in other stored articles, oldest first: the responses
    reported with the same claim elsewhere, and counter-accusations published on or after it."""
    here = published_here or ""
    found: list[tuple[str, Response]] = []
    for link in sorted(linked, key=lambda item: (item.article_id, item.claim.id)):
        published = link.published or ""
        other = link.claim
        if link.kind == "same":
            for response in other.responses:
                response.article_id = response.article_id or link.article_id
                found.append((published, response))
        elif published >= here:  # a counter-accusation answering this claim
            date = other.date or (
                EventDate(raw=None, value=published[:10], granularity="day", basis="published")
                if published else None
            )
            found.append((published, Response(
                kind="counter_accusation", responder=other.claimant, span=other.proposition,
                event_id=other.event_ids[0] if other.event_ids else None, article_id=link.article_id,
                date=date,
            )))
    found.sort(key=lambda item: item[0])
    return [response for _, response in found]
