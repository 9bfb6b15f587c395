"""The seed article: the interference claim and its denial, the protection claim and its
categorical denial, the casualty and displacement figures of the Arauca/Apure clashes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention, ArticleRecord

STAGES = ("actors", "events", "places", "quotes", "counts", "claims")


@pytest.fixture(scope="module")
def seed_record(analyse: Callable[..., ArticleRecord], seed_text: str) -> ArticleRecord:
    return analyse(seed_text, stages=STAGES, published="2022-01-29", article_id="seed")


def _codes(mentions: list[ActorMention]) -> set[str | None]:
    return {m.code for m in mentions}


def test_interference_claim_is_evidence_not_shown_and_denied_by_the_embassy(
    seed_record: ArticleRecord,
) -> None:
    claim = next(c for c in seed_record.claims if "foreign interference" in c.proposition.text)
    assert claim.claimant is not None and claim.claimant.code == "COL"
    assert "RUS" in _codes(claim.accused)
    assert claim.status == "evidence_not_shown"
    assert "without showing evidence" in [h.text for h in claim.hedges]
    assert "evidence" not in claim.proposition.text
    embassy = [r for r in claim.responses if r.responder is not None and r.responder.code == "RUS"]
    assert embassy and embassy[0].kind == "denial"
    assert "unfounded" in embassy[0].span.text and "inappropriate" in embassy[0].span.text
    assert {"unfounded", "inappropriate"} <= {h.text for h in claim.hedges}


def test_molano_accusation_is_answered_by_the_same_denial(seed_record: ArticleRecord) -> None:
    claim = next(c for c in seed_record.claims if "mobilized" in c.proposition.text)
    assert claim.claimant is not None and claim.claimant.code == "COL"
    assert "RUS" in _codes(claim.accused)
    assert any(r.responder is not None and r.responder.code == "RUS" for r in claim.responses)
    assert claim.status == "denied"


def test_protection_claim_is_linked_to_the_categorical_denial(seed_record: ArticleRecord) -> None:
    claim = next(c for c in seed_record.claims if "protection" in c.proposition.text)
    assert claim.claimant is not None and claim.claimant.code == "COL"
    assert claim.status == "denied"
    (resp,) = claim.responses
    assert resp.kind == "denial" and "denies it" in resp.span.text
    assert resp.responder is not None and resp.responder.code == "VEN"
    assert "categorically denies" in [h.text for h in claim.hedges]


def test_no_claim_from_the_russian_threat_to_deploy_troops(seed_record: ArticleRecord) -> None:
    assert not any("deploy troops" in c.proposition.text for c in seed_record.claims)


def test_dead_and_displaced_are_attached_to_the_clashes(seed_record: ArticleRecord) -> None:
    by_cat = {c.category: c for c in seed_record.counts}
    dead, displaced = by_cat["dead"], by_cat["displaced"]
    assert (dead.text, dead.low, dead.best, dead.high) == ("more than 20 people dead", 21, 21, None)
    assert (displaced.text, displaced.low, displaced.high) == ("2,000 displaced", 2000, 2000)
    assert dead.event_id is not None and dead.event_id == displaced.event_id
    event = next(e for e in seed_record.events if e.id == dead.event_id)
    assert "confrontation" in event.sentence.text and dead in event.counts
    for count in (dead, displaced):
        assert count.place is not None and count.place.name in ("Arauca", "Apure")


def test_planes_and_soldiers_sent_by_russia(seed_record: ArticleRecord) -> None:
    by_cat = {c.category: c for c in seed_record.counts}
    assert (by_cat["aircraft"].best, by_cat["troops"].low, by_cat["troops"].best) == (2, 90, 99)
    event = next(e for e in seed_record.events if e.id == by_cat["troops"].event_id)
    assert event.type == "MOBILIZE"
