"""The base map's data (no tiles, nothing fetched): every country's outline, from Natural
Earth's 1:110m countries shipped in ``eventwire/data/web``, and a reference point and name
for every country, from the ``countrystatecity-countries`` package the places stage uses."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..resources import data_path


@lru_cache(maxsize=1)
def country_points() -> list[dict[str, Any]]:
    """[{iso3, name, lat, lon}] of every country with coordinates."""
    path = resources.files("countrystatecity_countries") / "data" / "countries.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for c in rows:
        try:
            lat, lon = float(c["latitude"]), float(c["longitude"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append({"iso3": c.get("iso3"), "name": c.get("name"), "lat": lat, "lon": lon,
                    "region": c.get("region") or ""})
    return out


BASEMAP = "web/countries-110m.json"
BASEMAP_SOURCE = "Natural Earth 1:110m admin-0 countries (public domain; naturalearthdata.com)"


@lru_cache(maxsize=1)
def country_shapes() -> list[dict[str, Any]]:
    """[{iso3, name, rings}] of every country's outline (rings of [lon, lat] at 0.1°), shipped
    in ``eventwire/data`` (made by ``scripts/make_basemap.py`` from Natural Earth)."""
    rows: list[dict[str, Any]] = json.loads(data_path(BASEMAP).read_text(encoding="utf-8"))
    return rows
