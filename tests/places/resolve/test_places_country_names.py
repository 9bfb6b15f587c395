"""A sovereign country's name is the country, even in a story set in a country that has towns
of that name, unless the text makes it a town."""

from __future__ import annotations

from typing import Any


def _place(record: Any, text: str) -> Any:
    return next(p for p in record.places if p.text == text)


def test_country_names_in_a_us_farm_story_are_the_countries(places_of: Any) -> None:
    record, _ = places_of("Growers in Iowa and Nebraska fear new duties on pork sold to China, while "
                          "shipments of corn to Russia and Cuba have stalled at Des Moines depots.")
    assert _place(record, "China").country == "CHN"
    assert _place(record, "Russia").country == "RUS"
    assert _place(record, "Cuba").country == "CUB"
    assert _place(record, "Iowa").feature_code == "ADM1"


def test_a_following_state_or_a_town_word_makes_the_name_a_town(places_of: Any) -> None:
    record, _ = places_of("The library in China, Maine, reopened after the storm.")
    china = _place(record, "China")
    assert china.country == "USA" and china.admin1 == "Maine"
    record, _ = places_of("Firefighters were called to the town of Lebanon, Ohio, where a barn burned.")
    assert _place(record, "Lebanon").country == "USA"


def test_a_state_sharing_a_country_name_keeps_competing(places_of: Any) -> None:
    record, _ = places_of("Polling stations in Savannah and Macon stayed open late as Georgia voted.")
    georgia = _place(record, "Georgia")
    assert georgia.country == "USA" and georgia.feature_code == "ADM1"


def test_country_first_keeps_regions_and_drops_town_namesakes(gazetteer: Any) -> None:
    from eventwire.places.resolve.candidates import country_first

    cs = list(gazetteer.candidates("Russia"))
    assert any(c.feature_code.startswith("PPL") for c in cs)
    kept = country_first(cs, None, {})
    assert [c.country for c in kept if c.is_country] == ["RUS"]
    assert not any(c.feature_code.startswith("PPL") for c in kept)
    assert country_first(cs, "city", {}) == cs
    town = next(c for c in cs if c.feature_code.startswith("PPL"))
    assert town in country_first(cs, None, {town.pid: 1})  # another place of the story is next to it

