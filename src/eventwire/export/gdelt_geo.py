"""GDELT's eight geography fields of a place: type, full name, FIPS 10-4 country code, ADM1 code,
ADM2 code, latitude, longitude and feature id.

Types are GDELT's: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark,
5 world first-level division. ``ADM1Code`` is the FIPS country code followed by the region's
GeoNames admin1 code, which is the FIPS 10-4 division code for most countries and the postal
code for US states (GDELT's form); it is looked up in the places gazetteer by the region's
name. ADM2 is never known (empty).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..model import Place
from .codes import country_name, fips

Admin1Lookup = Callable[[str, str], str | None]  # (region name, ISO alpha-3) -> admin1 code

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5
EMPTY: tuple[object, ...] = (None,) * 8


@lru_cache(maxsize=4096)
def gazetteer_admin1(name: str, iso3: str) -> str | None:
    """The GeoNames admin1 code of the first-level region ``name`` of country ``iso3``."""
    from ..places.gazetteer import default_gazetteer

    for c in default_gazetteer().candidates(name):
        if c.feature_code == "ADM1" and c.country == iso3 and c.admin1:
            return c.admin1
    return None


def geo_type(place: Place) -> int:
    code = place.feature_code or ""
    us = place.country == "USA"
    if code.startswith("PCL") or (place.lat is None and not place.admin1):
        return COUNTRY
    if code == "ADM1":
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def full_name(place: Place, kind: int) -> str | None:
    country = country_name(place.country)
    if kind == COUNTRY:
        return country or place.name
    parts = [place.name] if kind in (US_CITY, WORLD_CITY) and place.name else []
    if (place.admin1 and place.admin1 != place.name) or kind in (US_STATE, WORLD_STATE):
        parts.append(place.admin1 or place.name or "")
    if country:
        parts.append(country)
    return ", ".join(p for p in parts if p) or None


def feature_id(place: Place, kind: int, adm1: str | None) -> str | None:
    """GDELT's FeatureID: the country code for a country, the ADM1 code for a region, else the
    place's GeoNames id (GDELT uses GNS/GNIS ids there, which eventwire does not have)."""
    if kind == COUNTRY:
        return fips(place.country)
    if kind in (US_STATE, WORLD_STATE):
        return adm1
    return str(place.geonames_id) if place.geonames_id is not None else None


def geo_fields(place: Place | None, admin1: Admin1Lookup = gazetteer_admin1) -> tuple[object, ...]:
    """(Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) of ``place``."""
    if place is None or (place.country is None and place.lat is None):
        return EMPTY
    kind = geo_type(place)
    country = fips(place.country)
    region = place.admin1 or (place.name if kind in (US_STATE, WORLD_STATE) else None)
    adm1 = country
    if kind != COUNTRY:
        code = admin1(region, place.country) if region and place.country else None
        adm1 = country + code if country and code else None
    return (kind, full_name(place, kind), country, adm1, None, place.lat, place.lon,
            feature_id(place, kind, adm1))
