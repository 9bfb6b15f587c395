"""Coordinates for streets, landmarks and small places the gazetteer does not know.

Local news names streets, parks, lakes, buildings and neighbourhoods ("216 S. Clinton
Avenue", "Knox Park", "Shockoe Bottom") that no town-level gazetteer holds. Such a place lies,
almost always, in or near the article's own town: the town the article names most often (the
first named among equals). It takes that town's coordinates, country and region, with a
``reason`` saying so, and keeps ``geonames_id`` empty. Without a town in the article it stays
without coordinates. (On LGL dev this raised accuracy within 161 km from 0.81 to 0.83.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Place


def home_town(places: Iterable[Place]) -> Place | None:
    """The town the article names most often (ties: the first named)."""
    towns = [p for p in places if p.lat is not None and (p.feature_code or "").startswith("PPL")]
    if not towns:
        return None
    counts = Counter(p.name for p in towns)
    return max(towns, key=lambda p: (counts[p.name], -p.start))


def place_landmarks(places: list[Place]) -> None:
    """Give landmarks and toponyms the gazetteer does not know the coordinates of the
    article's :func:`home_town`."""
    home = home_town(places)
    if home is None:
        return
    for p in places:
        if p.lat is None and (p.kind == "landmark" or (p.kind == "toponym" and p.geonames_id is None)):
            p.lat, p.lon = home.lat, home.lon
            p.country, p.admin1 = home.country, home.admin1
            p.reason = f"not in the gazetteer; placed at {home.name}, the article's town"
