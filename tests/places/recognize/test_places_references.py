"""Demonym and metonym references, and place names inside organisation and title names,
through the real pipeline (actors → events → places)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.model import ArticleRecord, Place

STAGES = ("actors", "events", "places")


@pytest.fixture(scope="module")
def run(analyse: Callable[..., ArticleRecord]) -> Callable[[str], ArticleRecord]:
    return lambda text: analyse(text, stages=STAGES)


def _by_text(record: ArticleRecord) -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    for p in record.places:
        out.setdefault(p.text, []).append(p)
    return out


def test_demonym_resolves_to_its_country(run: Any) -> None:
    record = run("The Georgian Interior Ministry said on Friday that three smugglers had been detained.")
    (georgian,) = _by_text(record)["Georgian"]
    assert georgian.kind == "demonym"
    assert georgian.country == "GEO" and georgian.feature_code is not None
    assert georgian.feature_code.startswith("PCL")
    assert georgian.lat is not None and 40 < georgian.lat < 44  # the country, not the US state
    assert georgian.geonames_id is not None


def test_hyphenated_demonyms_give_one_reference_each(run: Any) -> None:
    record = run("Officials marked the anniversary of the Israeli-Jordanian treaty with Lebanese envoys.")
    refs = {p.text: p for p in record.places if p.kind == "demonym"}
    assert {"Israeli", "Jordanian", "Lebanese"} <= set(refs)
    assert (refs["Israeli"].country, refs["Jordanian"].country) == ("ISR", "JOR")
    assert record.text[refs["Jordanian"].start : refs["Jordanian"].end] == "Jordanian"


def test_demonym_in_a_title_and_a_plural(run: Any) -> None:
    record = run("Kenyan President Daniel Moi met Somalis who had crossed the frontier.")
    kinds = {p.text: (p.kind, p.country) for p in record.places}
    assert kinds["Kenyan"] == ("demonym", "KEN")
    assert kinds["Somalis"] == ("demonym", "SOM")


def test_languages_and_names_are_no_references(run: Any) -> None:
    record = run("She speaks French and teaches in Spanish, and the Portuguese-language paper "
                 "quoted Monica French. We ate French fries.")
    assert record.places == []


def test_metonym_is_a_reference_with_the_towns_coordinates(run: Any) -> None:
    record = run("Moscow said on Tuesday that the Russian delegation would stay at home.")
    (moscow,) = _by_text(record)["Moscow"]
    assert moscow.kind == "metonym"
    assert moscow.country == "RUS"
    assert moscow.lat is not None and moscow.lon is not None
    assert abs(moscow.lat - 55.75) < 0.5 and abs(moscow.lon - 37.6) < 0.5


def test_a_capital_after_in_stays_a_toponym(run: Any) -> None:
    record = run("Talks between Ankara and Athens resumed in Vienna on Monday.")
    kinds = {p.text: p.kind for p in record.places}
    assert kinds["Vienna"] == "toponym"
    assert kinds.get("Ankara") == "metonym"


def test_place_inside_an_organisation_or_title_is_a_toponym(run: Any) -> None:
    record = run("When Alexandria police arrived, the road was closed, said Laconia police Sgt. Ann Reed, "
                 "quoting a forecaster for Environment Canada.")
    kinds = {p.text: (p.kind, p.country) for p in record.places}
    assert kinds["Alexandria"][0] == "toponym"
    assert kinds["Laconia"] == ("toponym", "USA")
    assert kinds["Canada"] == ("toponym", "CAN")


def test_places_in_campus_names(run: Any) -> None:
    record = run("She studied chemistry at the University of Wisconsin-Milwaukee for four years "
                 "and then taught at Eastern Kentucky University.")
    toponyms = {p.text for p in record.places if p.kind == "toponym"}
    assert {"Wisconsin", "Milwaukee", "Kentucky"} <= toponyms


def test_no_event_place_from_a_reference(run: Any) -> None:
    record = run("Gunmen attacked Syrian soldiers on Sunday, and Damascus condemned the attack.")
    assert any(p.kind == "demonym" for p in record.places)
    assert record.events
    for event in record.events:
        assert event.place is None or event.place.kind not in ("demonym", "metonym")
    assert all(e.place is None for e in record.events)  # no place where it happened is named


def test_places_the_actors_stage_found_inside_other_names(run: Any) -> None:
    record = run("The Texas State Demographer spoke to the actress Virginia Madsen about the Arab-Israeli "
                 "conflict.")
    kinds = {p.text: (p.kind, p.country) for p in record.places}
    assert kinds["Texas"] == ("toponym", "USA")
    assert "Virginia" not in kinds  # a given name before a surname
    assert kinds["Israeli"] == ("demonym", "ISR")


def test_place_after_in_closing_an_organisation_name(run: Any) -> None:
    record = run("The prizes were handed out at the Sheldon Peck Homestead in Lombard on Sunday.")
    assert "Lombard" in {p.text for p in record.places if p.kind == "toponym"}


def test_a_demonym_opening_a_town_name_is_part_of_the_town(run: Any) -> None:
    record = run("The fair moved to American Fork, and American officials attended.")
    kinds = [(p.text, p.kind) for p in record.places]
    assert ("American Fork", "toponym") in kinds and ("American", "demonym") in kinds


def test_a_compound_adjective_after_in_is_no_language(run: Any) -> None:
    record = run("Shelling went on in Russian-occupied districts, a Russian-speaking witness said.")
    refs = [p for p in record.places if p.kind == "demonym"]
    assert [p.text for p in refs] == ["Russian"]
    assert refs[0].start == record.text.index("Russian-occupied")


def test_references_say_who_acts_not_where(run: Any) -> None:
    # the attackers' demonym and capital must not pull the scene into their own country
    record = run("Moscow said Russian troops shelled villages near Donetsk.")
    (donetsk,) = [p for p in record.places if p.text == "Donetsk"]
    assert donetsk.country == "UKR"
    record = run("Georgian officials said the talks in Georgia would resume.")
    (georgia,) = [p for p in record.places if p.text == "Georgia"]
    assert georgia.country == "GEO"  # the actors' own country still counts


def test_a_count_takes_no_reference_as_its_place(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("Syrian shelling killed 12 Lebanese civilians on Sunday, officials said.",
                     stages=("actors", "events", "places", "quotes", "counts"))
    assert record.counts and any(p.kind == "demonym" for p in record.places)
    assert all(c.place is None or c.place.kind not in ("demonym", "metonym") for c in record.counts)
