"""The claims stage on written articles: claims, evidence status, hedges, answers."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord, Claim

STAGES = ("actors", "events", "quotes", "claims")


def _run(analyse: Callable[..., ArticleRecord], text: str) -> ArticleRecord:
    record = analyse(text, stages=STAGES, published="2024-05-01")
    for c in record.claims:
        assert text[c.proposition.start : c.proposition.end] == c.proposition.text
        for h in c.hedges:
            assert text[h.start : h.end] == h.text
        for r in c.responses:
            assert text[r.span.start : r.span.end] == r.span.text
    return record


def _only(record: ArticleRecord) -> Claim:
    assert len(record.claims) == 1, [c.proposition.text for c in record.claims]
    return record.claims[0]


def test_accusation_without_evidence_then_rejected(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Peru accused Bolivia on Tuesday of smuggling weapons across Lake Titicaca, without "
        "presenting any evidence. Bolivia's foreign ministry rejected the accusation as absurd."
    ))
    claim = _only(record)
    assert claim.claimant is not None and claim.claimant.text == "Peru"
    assert [a.text for a in claim.accused] == ["Bolivia"]
    assert claim.proposition.text.startswith("smuggling weapons")
    assert "evidence" not in claim.proposition.text
    assert claim.status == "evidence_not_shown"
    assert any(h.text == "without presenting any evidence" for h in claim.hedges)
    (resp,) = claim.responses
    assert resp.kind == "rejection" and resp.responder is not None and "ministry" in resp.responder.text
    assert claim.id == "test#c1" and claim.date is not None
    assert (claim.date.raw, claim.date.value) == ("on Tuesday", "2024-04-30")  # the ACCUSE event's date


def test_categorical_denial_makes_a_claim_denied(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Sweden alleged that Iran had recruited criminal gangs to attack Israeli targets in Stockholm. "
        "Tehran categorically denied the allegations."
    ))
    claim = _only(record)
    assert claim.status == "denied"
    assert [r.kind for r in claim.responses] == ["denial"]
    assert any(h.text == "categorically denied" for h in claim.hedges)


def test_evidence_cited(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _only(_run(analyse, (
        "Ukraine accused Belarus of hosting Russian bombers near the border, citing satellite images "
        "published by a private company."
    )))
    assert claim.status == "evidence_cited"
    assert any(h.text.startswith("citing satellite images") for h in claim.hedges)


def test_hedged_claim_stays_asserted(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _only(_run(analyse, (
        "Armenia accused Azerbaijan of shelling the village of Sotk, where troops had allegedly "
        "dug new positions."
    )))
    assert claim.status == "asserted"
    assert [h.text for h in claim.hedges] == ["allegedly"]


def test_counter_accusation_answers_the_claim(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Kenya accused Somalia of arming militias in Gedo. Somalia rejected the accusation and accused "
        "Kenya of violating its sovereignty."
    ))
    assert len(record.claims) == 2
    first, second = record.claims
    assert first.claimant is not None and first.claimant.text == "Kenya"
    assert second.claimant is not None and second.claimant.text == "Somalia"
    kinds = sorted(r.kind for r in first.responses)
    assert kinds == ["counter_accusation", "rejection"]
    assert first.status == "denied"
    assert second.status == "asserted"


def test_confirmation(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Lebanon's army said Israeli drones had struck a car near the town of Khiam. "
        "The Israeli military confirmed the strike."
    ))
    claim = _only(record)
    assert claim.status == "confirmed"
    assert [r.kind for r in claim.responses] == ["confirmation"]


def test_negated_confirmation_and_past_denials_are_no_answers(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Morocco accused Algeria of training separatist fighters. Algeria did not confirm the report. "
        "Algiers has denied similar accusations in the past."
    ))
    claim = _only(record)
    assert claim.responses == []
    assert claim.status == "asserted"


def test_threats_and_plain_reports_are_no_claims(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Russian officials warned that they could deploy troops to Cuba. "
        "Five soldiers were killed in the attack, officials said. "
        "The minister said the talks would continue next week."
    ))
    assert record.claims == []


def test_warning_about_another_actor_is_a_claim(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _only(_run(analyse, (
        "Finland warned that Russia was pushing migrants towards the border crossing at Vaalimaa."
    )))
    assert claim.claimant is not None and claim.claimant.text == "Finland"
    assert [a.text for a in claim.accused] == ["Russia"]
    assert claim.proposition.text.startswith("Russia was pushing migrants")


def test_third_party_rejection_disputes(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _only(_run(analyse, (
        "Venezuela accused Guyana of letting US troops build a base in Essequibo. The United Nations "
        "rejected the claims as unsupported."
    )))
    assert claim.status == "disputed"
    assert [r.kind for r in claim.responses] == ["rejection"]


def test_claims_between_politicians_but_not_about_the_public(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Senator Warren accused Governor Abbott of using state troopers to intimidate voters. "
        "Abbott said Americans were angry about inflation. "
        "Warren claimed that she had always opposed the merger."
    ))
    claim = _only(record)
    assert claim.claimant is not None and "Warren" in claim.claimant.text
    assert len(claim.accused) == 1 and "Abbott" in claim.accused[0].text
    assert claim.proposition.text.startswith("using state troopers")


def test_reciprocal_accusations_give_a_claim_each_way(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "BAKU (AFP) — Armenia and Azerbaijan accused each other on Monday of breaking the ceasefire "
        "near the village of Sotk."
    ))
    pairs = sorted((c.claimant.text if c.claimant else None, tuple(a.text for a in c.accused))
                   for c in record.claims)
    assert pairs == [("Armenia", ("Azerbaijan",)), ("Azerbaijan", ("Armenia",))]
    assert all(c.proposition.text.startswith("breaking the ceasefire") for c in record.claims)


def test_summons_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, "Poland summoned the ambassadors of Russia and Belarus on Friday.")
    assert record.claims == []


def test_direct_quote_with_an_allegation(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _only(_run(analyse, (
        "“Russia is arming the separatists in the east,” the Ukrainian defence minister said on Monday."
    )))
    assert claim.claimant is not None and "minister" in claim.claimant.text
    assert [a.text for a in claim.accused] == ["Russia"]
    assert claim.proposition.text == "Russia is arming the separatists in the east"


def test_claims_and_answers_in_unparsed_sentences(nlp: object) -> None:
    from eventwire.claims.stage import ClaimStage
    from eventwire.model import Article
    from eventwire.nlp import Parser
    from eventwire.stages import Analysis

    text = ("Colombia accused Russia of interfering in the elections, without showing evidence. "
            "Moscow rejected the accusation.")
    doc = Parser(nlp, cue_words=(), mode="selective").parse(text)
    assert not any(s.parsed for s in doc.sentences)
    record = ArticleRecord(id="u", text=text)
    ClaimStage()(Analysis(article=Article(id="u", text=text), doc=doc, record=record))
    claim = _only(record)
    assert claim.claimant is not None and claim.claimant.text == "Colombia"
    assert [a.text for a in claim.accused] == ["Russia"]
    assert claim.proposition.text == "interfering in the elections"
    assert claim.status == "evidence_not_shown"
    (resp,) = claim.responses
    assert resp.responder is not None and resp.responder.text == "Moscow"


def test_charged_that_is_a_claim_but_a_legal_charge_is_not(analyse: Callable[..., ArticleRecord]) -> None:
    record = _run(analyse, (
        "Beijing charged that the Philippine navy had rammed a Chinese vessel near the shoal. "
        "Prosecutors in Manila charged 16 people with spying."
    ))
    claim = _only(record)
    assert claim.claimant is not None and claim.claimant.text == "Beijing"
    assert claim.proposition.text.startswith("the Philippine navy had rammed")
