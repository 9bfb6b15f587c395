"""Code mappings: the FIPS 10-4 crosswalk, CAMEO actor and event codes, GDELT dates."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.export.codes import (
    cameo_actor_code,
    cameo_parts,
    countries,
    date_added,
    fips,
    fraction_date,
    numeric_id,
)
from eventwire.export.gdelt_geo import geo_fields
from eventwire.model import ActorMention, Place


@pytest.mark.parametrize(("iso3", "code"), [
    ("COL", "CO"), ("RUS", "RS"), ("DEU", "GM"), ("GBR", "UK"), ("CHN", "CH"), ("CHE", "SZ"),
    ("ESP", "SP"), ("JPN", "JA"), ("AUT", "AU"), ("AUS", "AS"), ("UKR", "UP"), ("BLR", "BO"),
    ("IRL", "EI"), ("KOR", "KS"), ("PRK", "KN"), ("SSD", "OD"), ("SRB", "RI"), ("PSE", "WE"),
])
def test_fips_crosswalk(iso3: str, code: str) -> None:
    assert fips(iso3) == code


def test_crosswalk_is_complete_and_unique() -> None:
    table = countries()
    assert len(table) > 240
    codes = [c.fips for c in table.values() if c.fips]
    assert len(codes) == len(set(codes))
    assert fips("XYZ") is None and fips(None) is None


def test_cameo_codes() -> None:
    assert cameo_parts("0211") == ("0211", "021", "02")
    assert cameo_parts("112") == ("112", "112", "11")
    assert cameo_parts(None) == (None, None, None)
    col = ActorMention(0, 8, "Colombia", "Colombia", code="COL", sector="GOV")
    un = ActorMention(0, 2, "UN", "United Nations", code="IGO", sector="IGO")
    assert cameo_actor_code(col) == "COLGOV" and cameo_actor_code(un) == "IGO"


def test_dates() -> None:
    assert fraction_date(date(2022, 1, 1)) == 2022.0
    assert fraction_date(date(2022, 7, 2)) == 2022.4986  # day 183: 182 days of 365 elapsed
    assert fraction_date(date(2021, 12, 31)) == 2021.9973
    assert date_added("2022-02-05T14:30:00Z") == 20220205143000
    assert date_added("2022-02-05") == 20220205000000
    assert date_added("2022-02") is None and date_added(None) is None


def test_numeric_ids_are_stable_and_distinct() -> None:
    assert numeric_id("a", "a#e1") == numeric_id("a", "a#e1")
    assert numeric_id("a", "a#e1") != numeric_id("b", "a#e1")
    assert 0 < numeric_id("a", "a#e1") < 2**63


def test_geo_of_a_city_and_a_country() -> None:
    city = Place(0, 5, "Arauca", name="Arauca", lat=7.08, lon=-70.76, country="COL", admin1="Arauca",
                 geonames_id=3689718, feature_code="PPLA")
    kind, name, country, adm1, adm2, lat, lon, feature = geo_fields(city, lambda name, iso3: "03")
    assert (kind, country, adm1, adm2, feature) == (4, "CO", "CO03", None, "3689718")
    assert name == "Arauca, Colombia" and (lat, lon) == (7.08, -70.76)
    russia = Place(0, 6, "Russia", name="Russia", lat=60.0, lon=100.0, country="RUS", feature_code="PCLI")
    assert geo_fields(russia)[:4] == (1, "Russia", "RS", "RS")
    assert geo_fields(russia)[7] == "RS"
    assert geo_fields(None) == (None,) * 8
