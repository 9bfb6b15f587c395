"""Round-2 fixes: subject continuity for "he", agentive "it", capitals as places or actors,
armed groups' sectors, plural group descriptions and appositions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention

from .conftest import FindActors


@pytest.fixture(scope="module")
def actors(actors_on: Callable[[str | None], FindActors]) -> FindActors:
    return actors_on("2021-03-01")


def _one(found: list[ActorMention], text: str) -> ActorMention:
    hits = [m for m in found if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in found]}"
    return hits[0]


def test_he_continues_a_country_subject(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Turkey has backed the rebels since Recep Erdogan took office, while its neighbour "
                   "Greece does not recognise the new cabinet. Instead, he supports the exiled opposition.")
    he = _one(found, "he")
    assert (he.code, he.entity) == ("GRC", _one(found, "Greece").entity)


def test_he_stays_with_a_person_subject(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Prime Minister Kyriakos Mitsotakis said Greece does not recognise the cabinet. "
                   "Instead, he supports the opposition.")
    assert _one(found, "he").name == "Kyriakos Mitsotakis"


def test_it_before_an_agentive_predicate(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Morocco says it is willing to reopen its border with Algeria.")
    assert _one(found, "it").code == "MAR"
    found = actors("Diplomats said it is important to reopen the border with Algeria.")
    assert not [m for m in found if m.text == "it"]


@pytest.mark.parametrize(
    ("text", "capital", "kind"),
    [
        ("Shelling hit a market in central Kabul on Monday.", "Kabul", "location"),
        ("The family owns a ranch on Ankara Road near the river.", "Ankara", "location"),
        ("Kabul said the talks would resume.", "Kabul", "metonym"),
        ("The sanctions against Tehran were lifted.", "Tehran", "metonym"),
    ],
)
def test_capitals_are_actors_only_in_actor_positions(
    actors: Callable[..., list[ActorMention]], text: str, capital: str, kind: str
) -> None:
    assert _one(actors(text), capital).kind == kind


def test_namesake_town_takes_the_region_after_it(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The festival moved to Moscow, Idaho, last year.")
    moscow = _one(found, "Moscow")
    assert (moscow.kind, moscow.code) == ("location", "USA")


def test_paramilitary_at_war_with_the_army_is_rebel(actors: Callable[..., list[ActorMention]]) -> None:
    rsf = _one(actors("Fighters of the Rapid Support Forces looted the town."), "Rapid Support Forces")
    assert (rsf.code, rsf.sector) == ("SDN", "REB")


def test_plural_group_descriptions_take_the_last_collection(
    actors: Callable[..., list[ActorMention]],
) -> None:
    found = actors("Fighting between Hamas and Islamic Jihad erupted in Gaza. The groups traded accusations. "
                   "Later the rebels agreed to a truce.")
    hamas, jihad = _one(found, "Hamas"), _one(found, "Islamic Jihad")
    for text in ("The groups", "rebels"):
        refs = [m for m in found if m.text == text]
        assert sorted(m.entity or "" for m in refs) == sorted([hamas.entity or "", jihad.entity or ""])


def test_groups_with_nothing_before_are_not_mentions(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The groups met on Monday in Geneva.")
    assert not [m for m in found if m.text == "The groups"]


def test_apposition_shares_the_code(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Peru and Bolivia traded blame. The minister said armed groups, the guerrillas of the "
                   "Shining Path and drug gangs, crossed the border. Lima says La Paz shelters these groups.")
    head = _one(found, "armed groups")
    assert (head.code, head.sector, head.reason) == ("PER", "REB", None)
    refs = [m for m in found if m.text == "these groups"]
    assert _one(found, "guerrillas").entity in {m.entity for m in refs}


def test_role_completed_by_the_affiliation(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Jorge Ramírez, an expert in security policy and a professor at the Catholic University "
                   "of Chile, said the talks would fail.")
    person = _one(found, "Jorge Ramírez")
    assert (person.role, person.affiliation) == ("professor", "Catholic University of Chile")
    assert _one(found, "expert").role == "expert in security policy"


def test_plural_pronoun_after_officials(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Turkish officials have warned that they could close the border.")
    assert _one(found, "they").entity == _one(found, "Turkish officials").entity


@pytest.mark.parametrize(
    ("text", "mention", "code", "sector"),
    [
        ("Two Palestinian suicide bombers blew themselves up in Haifa.", "Palestinian suicide bombers",
         "PSE", "REB"),
        ("Iran-backed militias fired rockets at the base.", "militias", None, "REB"),
        ("In Kyiv, opposition leaders called for a strike.", "opposition leaders", "UKR", "OPP"),
    ],
)
def test_phrase_codes(actors: Callable[..., list[ActorMention]], text: str, mention: str,
                      code: str | None, sector: str) -> None:
    m = _one(actors(text), mention)
    assert (m.code, m.sector) == (code, sector)


def test_description_names_are_words_not_codes(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The Chilean Interior Minister met staff of the Peruvian Embassy. The embassy said "
                   "the minister left.", published=None)
    for m in found:
        assert not (m.name[:3].isupper() and m.name[3:4] == " "), m.name


def test_peacekeepers_do_not_take_the_host_country(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The council extended the mandate of the peacekeeping force in Cyprus.")
    force = _one(found, "peacekeeping force")
    assert (force.code, force.sector) == ("IGO", "MIL")


def test_local_office_takes_the_place_named_before(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Dozens of Syrian refugees arrived in Decatur, Georgia, this week. Mayor Patti Garrett "
                   "said the town would welcome the families from Syria.")
    assert _one(found, "Georgia").code == "USA"
    mayor = next(m for m in found if m.kind == "person")
    assert mayor.code == "USA"
    assert _one(actors("Soldiers patrolled Tbilisi, Georgia, on Monday."), "Georgia").code == "GEO"


def test_he_keeps_a_protagonist_named_earlier(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Chilean President Gabriel Boric spoke on Friday. Chile wants talks with Peru. "
                   "He said the border would stay open.")
    assert _one(found, "He").name == "Gabriel Boric"


def test_he_is_not_a_seat_of_power(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The White House declined to comment. He lives in Ohio.")
    assert not [m for m in found if m.text == "He"]
