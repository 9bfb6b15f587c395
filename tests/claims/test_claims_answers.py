"""Who answers a claim: unnamed spokespeople, backers, third parties, statements beside a
counter-accusation, and earlier accusations that are no answer."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord, Claim

STAGES = ("actors", "events", "quotes", "claims")


def _claim(analyse: Callable[..., ArticleRecord], text: str, word: str) -> Claim:
    record = analyse(text, stages=STAGES, published="2024-05-01")
    return next(c for c in record.claims if word in c.proposition.text)


def test_a_spokesperson_speaks_for_the_body_named_before(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "Police in Lima detained dozens of students on Monday, the Ombudsman's Office said. "
        "The office accused officers of beating the detainees. "
        "The police spokesperson denied that anyone was beaten."
    ), "beating")
    assert claim.status == "denied"
    assert [r.kind for r in claim.responses] == ["denial"]


def test_the_backer_answers_for_the_backed_group(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "A rocket attack wounded four soldiers at a base in eastern Syria. "
        "Washington blamed Russia-backed fighters for the attack. Moscow denied any role."
    ), "attack")
    assert claim.status == "denied"


def test_a_third_body_of_the_country_disputes(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "The opposition in Armenia accused the ruling party of buying votes in Yerevan. "
        "The Central Electoral Commission rejected the accusations."
    ), "buying votes")
    assert claim.status == "disputed"
    assert [r.kind for r in claim.responses] == ["rejection"]


def test_a_statement_beside_a_counter_accusation_rejects(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "Serbia accused Kosovo of sending armed police into the north. Pristina said its police "
        "were patrolling as usual and accused Belgrade of stoking unrest."
    ), "armed police")
    assert claim.status == "denied"
    assert sorted(r.kind for r in claim.responses) == ["counter_accusation", "rejection"]


def test_a_remark_on_something_else_only_disputes(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "Serbia accused Kosovo of sending armed police into the north. Pristina said the matter "
        "was an internal affair and accused Belgrade of stoking unrest."
    ), "armed police")
    assert claim.status == "disputed"
    assert [r.kind for r in claim.responses] == ["counter_accusation"]


def test_an_earlier_accusation_is_no_counter_accusation(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "Ethiopia accused Sudan of arming rebels in the border region. "
        "Khartoum has accused Ethiopian troops of occupying farmland near the border."
    ), "arming")
    assert claim.status == "asserted"
    assert claim.responses == []


def test_a_relative_clause_denial_answers_and_leaves_the_claim(
    analyse: Callable[..., ArticleRecord],
) -> None:
    claim = _claim(analyse, (
        "Finland accused Russia of pushing asylum seekers towards its eastern border, which Moscow "
        "denied."
    ), "asylum seekers")
    assert "which" not in claim.proposition.text and "denied" not in claim.proposition.text
    assert claim.status == "denied"


def test_a_plot_backed_by_others_accuses_them(analyse: Callable[..., ArticleRecord]) -> None:
    claim = _claim(analyse, (
        "Mali's military government said it had thwarted a plot backed by foreign powers to "
        "destabilise the country, without presenting evidence."
    ), "plot")
    assert claim.claimant is not None and claim.claimant.code == "MLI"
    assert [a.text for a in claim.accused] == ["foreign powers"]
    assert claim.status == "evidence_not_shown"
