"""The seed article: every named actor gets the right country and sector."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ActorMention, ArticleRecord


def _find(actors: list[ActorMention], text: str) -> list[ActorMention]:
    return [a for a in actors if a.text == text]


@pytest.fixture(scope="module")
def seed_actors(analyse: Callable[..., ArticleRecord], seed_text: str) -> list[ActorMention]:
    return analyse(seed_text, stages=("actors",), published="2022-01-22").actors


@pytest.mark.parametrize(
    ("text", "code", "sectors"),
    [
        ("Colombia", "COL", {None}),
        ("Russia", "RUS", {None}),
        ("Venezuela", "VEN", {None}),
        ("Russian Embassy", "RUS", {"GOV"}),
        ("Colombian President Iván Duque", "COL", {"GOV"}),
        ("Diego Molano", "COL", {"GOV", "MIL"}),
        ("Colombian Defense Minister", "COL", {"GOV", "MIL"}),
        ("ELN", "COL", {"REB"}),
        ("National Liberation Army", "COL", {"REB"}),
        ("guerrillas", "COL", {"REB"}),
        ("Revolutionary Armed Forces of Colombia", "COL", {"REB"}),
        ("Maduro", "VEN", {"GOV"}),
        ("Nicolás Maduro", "VEN", {"GOV"}),
        ("Maduro government", "VEN", {"GOV"}),
        ("Chavista regime", "VEN", {"GOV"}),
        ("Russian President Vladimir Putin", "RUS", {"GOV"}),
        ("Bolivarian Military Force", "VEN", {"MIL"}),
        ("Carlos Alberto Patiño", "COL", {"EDU"}),
        ("opposition leader Juan Guaidó", "VEN", {"OPP"}),
        ("AP", "USA", {"MED", "JRN"}),
        ("Colombian Presidency", "COL", {"GOV"}),
        ("Russian officials", "RUS", {"GOV"}),
        ("Julio Londoño", "COL", {"GOV"}),
        ("Víctor Mijares", "COL", {"EDU"}),
    ],
)
def test_seed_named_actors(
    seed_actors: list[ActorMention], text: str, code: str, sectors: set[str | None]
) -> None:
    found = _find(seed_actors, text)
    assert found, f"no actor mention {text!r}"
    for m in found:
        assert (m.code, m.sector in sectors) == (code, True), m


def test_seed_people_details(seed_actors: list[ActorMention]) -> None:
    patino = _find(seed_actors, "Carlos Alberto Patiño")[0]
    assert patino.affiliation == "National University of Colombia"
    assert patino.kind == "person"
    duque = _find(seed_actors, "Colombian President Iván Duque")[0]
    assert (duque.name, duque.role) == ("Iván Duque", "President")
    later = [m for m in seed_actors if m.entity == duque.entity and m.text in ("Duque", "he")]
    assert later, "later mentions of Duque share his entity"
    assert all(m.code == "COL" for m in later)
    molano = _find(seed_actors, "Diego Molano")[0]
    assert molano.role and "minister" in molano.role.lower()
    assert _find(seed_actors, "Colombian Defense Minister")[0].entity == molano.entity


def test_seed_coreference(seed_actors: list[ActorMention]) -> None:
    that_country = [m for m in seed_actors if m.text == "that country"]
    assert that_country[0].code == "RUS"  # the diplomatic representation of that country (Russia)
    pair = {m.code for m in seed_actors if m.text == "the two countries"}
    assert pair == {"VEN", "RUS"}  # Maduro and Putin's countries
    its = [m for m in seed_actors if m.text == "its"]
    assert its and its[0].code == "RUS"
    rep = [m for m in seed_actors if m.text == "diplomatic representation"]
    assert rep and rep[0].code == "RUS"


def test_seed_sorted_and_spans_match(seed_actors: list[ActorMention], seed_text: str) -> None:
    assert [m.start for m in seed_actors] == sorted(m.start for m in seed_actors)
    for m in seed_actors:
        assert seed_text[m.start : m.end] == m.text
        assert m.entity
