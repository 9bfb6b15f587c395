"""The base map's data: a reference point and name for every country, read from the
``countrystatecity-countries`` package the places stage already ships with (no tiles)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


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
