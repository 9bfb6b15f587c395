"""Code mappings shared by the export formats: FIPS 10-4 countries, CAMEO actor and event codes,
dates in GDELT's integer forms, and stable numeric event ids.

The ISO 3166 alpha-3 → FIPS 10-4 crosswalk is the data table ``data/export/iso3_fips.tsv``
(facts from the GeoNames country table; see its header).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import ActorMention
from ..resources import data_path, read_tsv

# actor code blocks that are not countries (CAMEO's international and transnational actors)
NON_STATE_BLOCKS = frozenset({"IGO", "NGO", "IMG", "MNC", "UNK"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    fips: str | None
    name: str


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO alpha-3 → :class:`Country` (with its FIPS 10-4 code) from the shipped crosswalk."""
    table: dict[str, Country] = {}
    for row in read_tsv(data_path("export/iso3_fips.tsv")):
        table[row["iso3"]] = Country(row["iso3"], row["iso2"], row["fips"] or None, row["name"])
    return table


def fips(iso3: str | None) -> str | None:
    """FIPS 10-4 country code of an ISO alpha-3 code (``None`` where FIPS has none)."""
    found = countries().get(iso3 or "")
    return found.fips if found else None


def country_name(iso3: str | None) -> str | None:
    found = countries().get(iso3 or "")
    return found.name if found else None


def cameo_actor_code(actor: ActorMention) -> str | None:
    """CAMEO actor code: the country or block code followed by the role ("COLGOV", "IGO")."""
    if actor.code is None:
        return None
    role = actor.sector if actor.sector and actor.sector != actor.code else ""
    return actor.code + role


def actor_type(actor: ActorMention) -> str | None:
    """CAMEO type (role) code: the sector, or the block of an international actor."""
    if actor.sector:
        return actor.sector
    return actor.code if actor.code in NON_STATE_BLOCKS else None


def cameo_parts(code: str | None) -> tuple[str | None, str | None, str | None]:
    """(EventCode, EventBaseCode, EventRootCode): "0211" → ("0211", "021", "02")."""
    if not code:
        return None, None, None
    return code, code[:3], code[:2]


def day_of(value: str | None) -> date | None:
    """The calendar day of an ISO date or datetime at day granularity (first day of a range)."""
    if not value:
        return None
    head = value.split("/", 1)[0][:10]
    try:
        return date.fromisoformat(head) if len(head) == 10 else None
    except ValueError:
        return None


def fraction_date(day: date) -> float:
    """GDELT's FractionDate: the year plus the share of it elapsed, ``YYYY.FFFF``."""
    return round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4)


def date_added(published: str | None) -> int | None:
    """``YYYYMMDDHHMMSS`` of a publication date or datetime (midnight when it has no time)."""
    day = day_of(published)
    if day is None or published is None:
        return None
    clock = "".join(ch for ch in published[11:19] if ch.isdigit()) if len(published) > 10 else ""
    clock = clock if len(clock) == 6 else "000000"
    return int(day.strftime("%Y%m%d") + clock)


def numeric_id(article_id: str, event_id: str) -> int:
    """A stable positive 63-bit integer for an event (GDELT's GlobalEventID is an integer)."""
    digest = hashlib.blake2b(f"{article_id}\x00{event_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF
