"""Coordinates for streets, landmarks and small places the gazetteer does not know.

Local news names streets, parks, lakes, buildings and neighbourhoods ("216 S. Clinton
Avenue", "Knox Park", "Shockoe Bottom") that no town-level gazetteer holds. Such a place
lies, almost always, in or near the article's own town: the town the article names most
often (the first named among equals), unless its name begins or ends with another place the
article names ("Corran Memorial Park", "Holt City Hall", "Historic Ashby"), where it lies
instead. It takes that town's coordinates, country and region, with a ``reason`` saying so,
and keeps ``geonames_id`` empty. Without a town in the article it stays without
coordinates. (On LGL dev the home town raised accuracy within 161 km from 0.81 to 0.83.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...model import Place
from ..gazetteer.name_keys import name_key


def home_town(places: Iterable[Place]) -> Place | None:
    """The town the article names most often (ties: the first named)."""
    towns = [p for p in places if p.lat is not None and (p.feature_code or "").startswith("PPL")]
    if not towns:
        return None
    counts = Counter(p.name for p in towns)
    return max(towns, key=lambda p: (counts[p.name], -p.start))


def _unknown(p: Place) -> bool:
    return p.lat is None and (p.kind == "landmark" or (p.kind == "toponym" and p.geonames_id is None))


def place_by_inner_name(places: list[Place]) -> None:
    """Landmarks and toponyms the gazetteer does not know that begin or end with the name of
    a place the article names elsewhere lie there: "Ashby Regional Park" in the article's
    Ashby, "Holt City Hall" in Holt, "Historic Corran" in Corran (the longest such name
    wins, the beginning before the end)."""
    known: dict[str, Place] = {}
    for p in places:
        if p.lat is not None and p.feature_code and p.name and name_key(p.text) not in known:
            known[name_key(p.text)] = p
    if not known:
        return
    for p in places:
        if not _unknown(p):
            continue
        words = name_key(p.text).split()
        for size in range(len(words) - 1, 0, -1):
            found = known.get(" ".join(words[:size])) or known.get(" ".join(words[-size:]))
            if found is not None:
                p.lat, p.lon = found.lat, found.lon
                p.country, p.admin1 = found.country, found.admin1
                p.reason = f"not in the gazetteer; placed at {found.name}, named in it and in the article"
                break


def place_landmarks(places: list[Place]) -> None:
    """Give landmarks and toponyms the gazetteer does not know the coordinates of a place of
    the article whose name they contain (:func:`place_by_inner_name`), else of the article's
    :func:`home_town`."""
    place_by_inner_name(places)
    home = home_town(places)
    if home is None:
        return
    for p in places:
        if _unknown(p):
            p.lat, p.lon = home.lat, home.lon
            p.country, p.admin1 = home.country, home.admin1
            p.reason = f"not in the gazetteer; placed at {home.name}, the article's town"
