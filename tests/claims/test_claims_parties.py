"""Who answers for whom: rules on actor mentions that do not need the entity ids to agree."""

from __future__ import annotations

from eventwire.claims.parties import answers_for, backer, same_actor
from eventwire.model import ActorMention


def _m(text: str, start: int, *, kind: str = "group", code: str | None = None,
       sector: str | None = None) -> ActorMention:
    return ActorMention(start, start + len(text), text, name=text, code=code, sector=sector, kind=kind)


def test_the_country_behind_a_backed_group() -> None:
    text = "Washington blamed Moscow-backed fighters for the attack. Russia denied any role."
    fighters = _m("fighters", text.index("fighters"), code="UKR", sector="REB")
    russia = _m("Russia", text.index("Russia"), kind="country", code="RUS")
    assert backer(text, fighters) == "RUS"
    assert answers_for(russia, fighters, text)
    assert not answers_for(_m("Kyiv", 0, kind="metonym", code="UKR", sector="GOV"), _m("them", 0), text)


def test_a_shared_head_word_without_conflicting_codes() -> None:
    text = "x" * 80
    assert answers_for(_m("the rebels", 40), _m("M23 rebels", 10, code="COD", sector="REB"), text)
    kyiv = _m("the Ukrainian government", 40, kind="government", code="UKR", sector="GOV")
    moscow = _m("the Russian government", 10, kind="government", code="RUS", sector="GOV")
    assert not answers_for(kyiv, moscow, text)
    assert not answers_for(_m("the opposition party", 40, code="GEO", sector="OPP"),
                           _m("the ruling party", 10, kind="organisation", code="GEO", sector="GOV"), text)


def test_a_body_of_another_side_is_a_third_party() -> None:
    text = "x" * 80
    commission = _m("Central Election Commission", 40, kind="organisation", code="GEO", sector="GOV")
    party = _m("ruling party", 10, kind="organisation", code="GEO", sector="PTY")
    assert not answers_for(commission, party, text)
    tbilisi = _m("Tbilisi", 40, kind="metonym", code="GEO", sector="GOV")
    assert answers_for(tbilisi, party, text)


def test_two_people_of_one_country_and_sector_are_two_parties() -> None:
    trump = _m("Trump", 0, kind="person", code="USA", sector="GOV")
    trump.entity = "a1"
    obama = _m("Obama", 20, kind="person", code="USA", sector="GOV")
    obama.entity = "a2"
    he = _m("he", 40, kind="pronoun", code="USA", sector="GOV")
    he.entity = "a2"
    assert not same_actor(trump, obama) and same_actor(obama, he) and not same_actor(trump, he)
    ministry = _m("the ministry", 60, kind="government", code="USA", sector="GOV")
    ministry.entity = "a3"
    assert same_actor(trump, ministry)  # a state's organs and officials act as one side
