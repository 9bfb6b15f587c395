"""Coreference by rules: people, pronouns, descriptions, pairs, acronyms — entity ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention

from .conftest import FindActors


@pytest.fixture(scope="module")
def actors(actors_on: Callable[[str | None], FindActors]) -> FindActors:
    return actors_on("2021-03-01")


def _all(found: list[ActorMention], text: str) -> list[ActorMention]:
    return [m for m in found if m.text == text]


def test_short_name_and_pronoun_share_the_person(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Peruvian Foreign Minister Ana Cecilia Gervasi met the envoy. "
                   "Gervasi said she would travel to Quito.")
    full, short, she = found[0], _all(found, "Gervasi")[0], _all(found, "she")[0]
    assert full.name == short.name == she.name == "Ana Cecilia Gervasi"
    assert full.entity == short.entity == she.entity
    assert (short.code, short.sector, short.role) == ("PER", "GOV", "Foreign Minister")


def test_apposition_and_description_share_the_person(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Diego Molano, the Colombian Defense Minister, spoke on Friday. "
                   "The minister said troops were ready.")
    molano = _all(found, "Diego Molano")[0]
    assert _all(found, "Colombian Defense Minister")[0].entity == molano.entity
    assert _all(found, "minister")[0].entity == molano.entity
    assert molano.kind == "person" and _all(found, "minister")[0].kind == "description"


def test_pair_of_countries_gives_one_mention_per_country(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("India and Pakistan exchanged fire. The two countries later agreed to talks.")
    pair = _all(found, "The two countries")
    assert sorted(m.code for m in pair) == ["IND", "PAK"]
    assert {m.entity for m in pair} == {_all(found, "India")[0].entity, _all(found, "Pakistan")[0].entity}


def test_they_after_coordinated_leaders(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Emmanuel Macron and Olaf Scholz met in Berlin, where they discussed Ukraine.")
    assert sorted(m.code for m in _all(found, "they")) == ["DEU", "FRA"]


def test_possessive_takes_the_owner(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Turkey said its troops would stay in northern Syria.")
    troops = _all(found, "troops")[0]
    assert (troops.code, troops.sector) == ("TUR", "MIL")
    assert _all(found, "its")[0].entity == _all(found, "Turkey")[0].entity


def test_acronym_joins_long_form(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The Southern Farmers Union (SFU) called a strike. Police arrested SFU leaders.")
    long_form = _all(found, "Southern Farmers Union")[0]
    uses = _all(found, "SFU")
    assert len(uses) == 2 and all(u.entity == long_form.entity for u in uses)


def test_unresolved_descriptions_say_why(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The company announced new prices.")
    company = _all(found, "company")[0]
    assert company.code is None and company.sector == "BUS" and company.reason


def test_expletive_it_is_not_an_actor(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Chile protested. It is unclear what happens next.")
    assert not _all(found, "It")


def test_pronoun_gender_agreement(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Senator Tom Hale said that he warned Ambassador Maria Ortiz before she left. "
                   "Hale added that she had not answered him.")
    he, she_first, she_later, him = (_all(found, "he")[0], _all(found, "she")[0],
                                     _all(found, "she")[1], _all(found, "him")[0])
    assert he.name == him.name == "Tom Hale"
    assert she_first.name == she_later.name == "Maria Ortiz"


def test_both_sides_are_the_last_two_actors(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Government troops clashed with ELN rebels near Arauca. Both sides reported casualties.")
    sides = _all(found, "Both sides")
    assert {(m.code, m.sector) for m in sides} == {("COL", "MIL"), ("COL", "REB")}
    assert {m.entity for m in sides} == {_all(found, "Government troops")[0].entity,
                                          _all(found, "ELN")[0].entity}


def test_surname_follows_the_article_not_the_table(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Hillary Clinton spoke in Ohio. Clinton said the plan would fail.", published="2016-06-01")
    assert _all(found, "Clinton")[0].name == "Hillary Clinton"
    assert _all(found, "Ohio")[0].code == "USA"


def test_they_inside_a_quotation_is_left_alone(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Georgian protesters marched. “They can beat us,” said one student. "
                   "The protesters said they would return.")
    assert not _all(found, "They")  # the speaker's "they" (the police?) is not the protesters
    assert _all(found, "they")[0].code == "GEO"


def test_dateline_capital_is_a_place(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("TBILISI (Reuters) — Georgian police detained dozens of protesters.")
    assert _all(found, "TBILISI")[0].kind == "location"


def test_two_leaders_and_possessive_spokesman(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Japanese Prime Minister Haruto Sakamoto and Philippine President Ramon Villanueva "
                   "spoke by phone. The two leaders discussed patrols. The Belarusian Foreign Ministry "
                   "denied it. Its spokesman, Andrei Kavalenka, called the claim absurd.")
    assert sorted(m.name for m in _all(found, "leaders")) == ["Haruto Sakamoto", "Ramon Villanueva"]
    kavalenka = _all(found, "Andrei Kavalenka")[0]
    assert (kavalenka.code, kavalenka.role) == ("BLR", "spokesman")


def test_ministry_sides_and_country_names(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Armenia's Defence Ministry said Azerbaijani units had opened fire. The ministry "
                   "said in a statement that it would respond. The European Union urged both sides "
                   "to show restraint. The two countries have been negotiating a treaty.")
    ministry = _all(found, "ministry")[0]
    assert (ministry.code, ministry.sector, ministry.name) == ("ARM", "MIL", "Armenia's Defence Ministry")
    assert sorted(m.code for m in _all(found, "both sides")) == ["ARM", "AZE"]
    assert sorted(m.name for m in _all(found, "The two countries")) == ["Armenia", "Azerbaijan"]


def test_commission_and_its_spokesman(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Mozambique's National Elections Commission published the results. The commission's "
                   "spokesman, Paulo Cuinica, said the vote was fair.")
    assert _all(found, "commission")[0].entity == _all(found, "National Elections Commission")[0].entity
    cuinica = _all(found, "Paulo Cuinica")[0]
    assert (cuinica.code, cuinica.sector, cuinica.role) == ("MOZ", "GOV", "spokesman")
