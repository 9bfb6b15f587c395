"""Political news: criticism, praise and defences that are not claims, and claims that stay."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord

STAGES = ("actors", "events", "quotes", "claims")


def _claims(analyse: Callable[..., ArticleRecord], text: str) -> list[str]:
    record = analyse(text, stages=STAGES, published="2024-05-01")
    return [c.proposition.text for c in record.claims]


def test_a_negated_cue_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "The senator said voters had turned away from him. \"I don't blame them,\" "
                            "he told reporters in Des Moines.") == []


def test_blaming_a_thing_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Governor Ellis blamed the new zoning law for the housing shortage.") == []


def test_praise_under_a_neutral_cue_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "The campaign ad claims Senator Moran is the leader the state can trust.") == []


def test_a_defence_under_a_neutral_cue_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Representative Dalton claimed that Governor Hale is not backing any "
                            "candidate in the primary.") == []


def test_a_remark_on_what_an_actor_owns_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Senator Wyatt says the president's plan to expand the program is "
                            "certain to be challenged in the courts.") == []


def test_short_allegation_stems_need_an_inflection(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Speaker Pratt said Governor Hale has never respected the right of "
                            "farmers to sell their land.") == []


def test_accusations_of_politicians_stay(analyse: Callable[..., ArticleRecord]) -> None:
    props = _claims(analyse, "Senator Wyatt accused Governor Hale of rigging the primary in Polk County. "
                             "Representative Dalton claimed that Hale had bribed two election officials.")
    assert any(p.startswith("rigging the primary") for p in props)
    assert any("bribed two election officials" in p for p in props)


def test_a_denunciation_with_nothing_alleged_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Senator Wyatt denounced the new caucus formed by Governor Hale's allies.") == []


def test_what_ought_to_be_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Speaker Pratt insists the Republican Party must be a party of ideas.") == []


def test_a_demand_about_no_actor_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Democratic leaders insisted that any budget deal include a delay of the tax, "
                            "so that it takes effect in 2020.") == []


def test_a_denunciation_for_an_act_stays(analyse: Callable[..., ArticleRecord]) -> None:
    props = _claims(analyse, "Senator Wyatt denounced Governor Hale for diverting flood relief funds "
                             "to his donors.")
    assert any(p.startswith("diverting flood relief funds") for p in props)



def test_what_a_country_must_do_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Governor Hale said the United States must act to control gun violence.") == []


def test_an_actor_after_the_subject_head_is_not_its_subject(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Former President Bill Clinton said the era of big government had ended "
                            "with the attacks of the nineties.") == []


def test_a_plain_statement_denying_misconduct_is_no_claim(analyse: Callable[..., ArticleRecord]) -> None:
    assert _claims(analyse, "Treasury officials said Governor Hale did not violate any ethics rules.") == []
