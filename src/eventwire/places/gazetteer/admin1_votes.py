"""Which countries-states-cities subdivision each GeoNames admin1 code is, by the votes of
namesake cities, and where a subdivision without a good point lies; for
:mod:`~eventwire.places.gazetteer.build`."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from .name_keys import name_key
from .sources import csc_cities, km

MIN_VOTE_SHARE = 0.5  # a subdivision takes a GeoNames admin1 code only with this share of its votes


class Admin1:
    """GeoNames admin1 codes, from their cities: people, centroids, largest city, and the
    countries-states-cities subdivision each code is (by votes of namesake cities)."""

    def __init__(self) -> None:
        self.votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
        self.pop: Counter[tuple[str, str]] = Counter()
        self.sum: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
        self.mean: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])  # unweighted
        self.top: dict[tuple[str, str], tuple[int, float, float]] = {}  # largest city: pop, lat, lon
        self.state_of_code: dict[int, tuple[str, str]] = {}

    @classmethod
    def count(cls, cities: dict[str, dict[str, Any]], csc: Path) -> Admin1:
        a1 = cls()
        csc_by_name = csc_cities(csc)
        for city in cities.values():
            a1._add_city(city, csc_by_name)
        del csc_by_name
        for key, counter in a1.votes.items():
            sid, n = counter.most_common(1)[0]
            # a code whose towns spread over many subdivisions is a coarser unit than any of
            # them (England, Île-de-France, Lombardy over counties, départements, provinces)
            if (n >= 2 or sum(counter.values()) == n) and n >= MIN_VOTE_SHARE * sum(counter.values()):
                previous = a1.state_of_code.get(sid)
                if previous is None or a1.votes[previous][sid] < n:
                    a1.state_of_code[sid] = key
        return a1

    def _add_city(self, city: dict[str, Any],
                  csc_by_name: dict[tuple[str, str], list[tuple[float, float, int]]]) -> None:
        cc, code = city["countrycode"], str(city.get("admin1code") or "")
        if not code:
            return
        pop = int(city.get("population") or 0)
        self.pop[(cc, code)] += pop
        acc = self.sum[(cc, code)]
        weight = pop + 1.0
        acc[0] += weight * city["latitude"]
        acc[1] += weight * city["longitude"]
        acc[2] += weight
        mean = self.mean[(cc, code)]
        mean[0] += city["latitude"]
        mean[1] += city["longitude"]
        mean[2] += 1.0
        if pop > self.top.get((cc, code), (-1, 0.0, 0.0))[0]:
            self.top[(cc, code)] = (pop, city["latitude"], city["longitude"])
        for lat, lon, sid in csc_by_name.get((cc, name_key(city["name"])), ()):
            if km(lat, lon, city["latitude"], city["longitude"]) < 25:
                self.votes[(cc, code)][sid] += 1

    def point(self, code_key: tuple[str, str] | None, lat: float | None,
              lon: float | None) -> tuple[float | None, float | None, str | None]:
        """A subdivision's point and the note saying how it was found: its cities' centroid
        where it has none, the centre of its towns where it was geocoded to its largest city."""
        note = None
        if (lat is None or lon is None) and code_key and self.sum[code_key][2] > 0:
            t = self.sum[code_key]
            lat, lon, note = t[0] / t[2], t[1] / t[2], "centroid of its cities, weighted by population"
        elif lat is not None and lon is not None and code_key in self.top and self.mean[code_key][2] >= 20:
            # a region geocoded to its largest city ("New York" state at New York City): use
            # the centre of its towns when they spread far from that city
            _pop, tlat, tlon = self.top[code_key]
            m = self.mean[code_key]
            mlat, mlon = m[0] / m[2], m[1] / m[2]
            if km(lat, lon, tlat, tlon) < 25 and km(lat, lon, mlat, mlon) > 150:
                lat, lon, note = mlat, mlon, "centre of its towns (the published point is its largest city)"
        return lat, lon, note
