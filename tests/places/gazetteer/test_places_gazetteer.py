from __future__ import annotations

from eventwire.places.gazetteer import Gazetteer, cache_dir
from eventwire.places.gazetteer.name_keys import name_key, usable_alias


def test_name_keys_fold_case_accents_and_punctuation() -> None:
    assert name_key("Bogotá") == "bogota"
    assert name_key("St. Louis") == name_key("Saint Louis") == "st louis"
    assert name_key("W.Va.") == "wva"
    assert name_key("the Netherlands") == "netherlands"
    assert name_key("Mt. Pleasant") == name_key("Mount Pleasant") == "mount pleasant"
    assert name_key("Ft. Worth") == "fort worth"


def test_alias_filter_drops_codes_and_other_scripts() -> None:
    assert usable_alias("Bogota")
    assert not usable_alias("LAX")
    assert not usable_alias("Москва")
    assert not usable_alias("Zone 3")


def test_cache_dir_follows_environment(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path


def test_first_level_regions_outside_the_us_have_coordinates(gazetteer: Gazetteer) -> None:
    arauca = [c for c in gazetteer.candidates("Arauca") if c.feature_code == "ADM1"]
    assert arauca and arauca[0].country == "COL" and arauca[0].lat is not None
    assert 5.5 < arauca[0].lat < 7.5 and -72.5 < arauca[0].lon < -69.5  # type: ignore[operator]
    apure = [c for c in gazetteer.candidates("Apure") if c.feature_code == "ADM1"]
    assert apure and apure[0].country == "VEN"


def test_countries_states_and_cities_share_a_name(gazetteer: Gazetteer) -> None:
    kinds = {(c.country, c.feature_code) for c in gazetteer.candidates("Georgia")}
    assert ("GEO", "PCLI") in kinds and ("USA", "ADM1") in kinds
    paris = gazetteer.candidates("Paris")
    assert paris[0].country == "FRA" and paris[0].feature_code == "PPLC"
    assert any(c.country == "USA" for c in paris)


def test_abbreviations_and_aliases(gazetteer: Gazetteer) -> None:
    assert any(c.name == "West Virginia" for c in gazetteer.candidates("W.Va."))
    us = [c for c in gazetteer.candidates("U.S.") if c.is_country]
    assert us and us[0].country == "USA" and isinstance(us[0].lat, float)
    assert gazetteer.country("COL") is not None and gazetteer.country("CO") is not None


def test_admin1_by_code(gazetteer: Gazetteer) -> None:
    region = gazetteer.admin1("US", "LA")
    assert region is not None and region.name == "Louisiana" and region.geonames_id is not None


def test_counties_lie_inside_their_state(gazetteer: Gazetteer) -> None:
    # the centre of a county's ZIP code points, not its state's centre: Kentucky's Pike County
    # lies in the far east of the state, Los Angeles County on the coast
    pike = [c for c in gazetteer.candidates("Pike County") if c.admin1 == "KY"]
    assert pike and pike[0].feature_code == "ADM2" and "ZIP" in (pike[0].note or "")
    assert 37.0 < pike[0].lat < 37.8 and -83.0 < pike[0].lon < -82.0  # type: ignore[operator]
    la = [c for c in gazetteer.candidates("Los Angeles County") if c.admin1 == "CA"]
    assert la and 33.5 < la[0].lat < 34.9 and -119.0 < la[0].lon < -117.6  # type: ignore[operator]
    kentucky = gazetteer.admin1("US", "KY")
    assert kentucky is not None and abs(kentucky.lon - pike[0].lon) > 1.5  # type: ignore[operator]


def test_abbreviated_names_find_the_places_bearing_them(gazetteer: Gazetteer) -> None:
    worth = gazetteer.candidates("Ft. Worth")
    assert worth and worth[0].name == "Fort Worth" and worth[0].main


def test_namesake_counties_rank_by_their_towns_people(gazetteer: Gazetteer) -> None:
    dekalb = [c for c in gazetteer.candidates("DeKalb County") if c.feature_code == "ADM2"]
    ranks = {c.admin1: c.population for c in dekalb}
    assert ranks["GA"] > ranks["IL"] > ranks["TN"] > 0  # around Atlanta, not the rural ones


def test_the_european_union_is_a_region_not_the_french_town(gazetteer: Gazetteer) -> None:
    eu = gazetteer.candidates("EU")
    assert eu[0].feature_code == "RGN" and eu[0].name == "EU"
    assert any(c.name == "Eu" and c.country == "FRA" for c in eu)  # still a candidate


def test_coarse_first_level_codes_keep_their_own_names(gazetteer: Gazetteer) -> None:
    # GeoNames files English towns under "England", which no subdivision list names: the
    # region is England, not one of its counties that happened to collect the most votes
    england = gazetteer.admin1("GB", "ENG")
    assert england is not None and england.name == "England"
    kent = [c for c in gazetteer.candidates("Kent") if c.cc == "GB"]
    assert all(c.feature_code != "ADM1" for c in kent)


def test_country_points_are_the_geonames_points(gazetteer: Gazetteer) -> None:
    # the countries-states-cities centre of Kuwait lies in Iraq; demonyms and country names
    # resolve to these points, so they follow GeoNames (country_points.tsv)
    kuwait = gazetteer.country("KW")
    assert kuwait is not None and (kuwait.lat, kuwait.lon) == (29.5, 47.75)
    germany = gazetteer.country("DEU")
    assert germany is not None and (germany.lat, germany.lon) == (51.5, 10.5)
