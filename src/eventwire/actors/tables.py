"""Load the actor tables (countries, organisations, sectors, leaders) into one lexicon.

The shipped tables live in ``eventwire/data/actors/`` and are documented in the README
there. Users add their own tables with the stage option ``extra``: a TSV in the format of
any shipped table (the header tells which); user rows replace shipped rows with the same
surface form.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..resources import data_path, read_tsv, word_list, word_sequence
from .lexicon import NameLexicon

COUNTRY_COLUMNS = word_list("actors/words.tsv", "country_columns")
ORG_COLUMNS = word_list("actors/words.tsv", "organisation_columns")
SECTOR_COLUMNS = word_list("actors/words.tsv", "sector_columns")
LEADER_COLUMNS = word_list("actors/words.tsv", "leader_columns")


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form means.

    ``kind``: country | demonym | seat | location | organisation | group | sector | leader.
    """

    kind: str
    name: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    plural: bool = False  # sector nouns and demonym nouns ("troops", "Colombians")
    person: bool = False  # sector noun naming one person ("minister")
    title: bool = False  # may stand before a personal name ("President")
    role: str | None = None  # leaders
    start: str = ""  # leaders: ISO dates in office ("" = open)
    end: str = ""
    short: bool = False  # leaders: a one-word alias ("Duque"), trusted only on a PERSON entity
    forms: tuple[str, ...] = ()  # leaders: every name form of the row (for given-name checks)


def _cells(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _none(value: str) -> str | None:
    return value or None


def _add_country(lex: NameLexicon[Entry], row: dict[str, str]) -> None:
    code = row["code"]
    iso = row.get("iso3", "") or None
    wd = _none(row.get("wikidata", ""))
    name = row["name"]
    base = Entry("country", name, code, iso, None, wd)
    for form in [name, *_cells(row["aliases"])]:
        lex.add(form, base, replace=True)
        if form.lower().startswith("the "):
            continue
    for dem in _cells(row["demonyms"]):
        plural = dem.endswith("s") and not dem.endswith("ss") and dem.lower() not in ("u.s.", "us")
        lex.add(dem, Entry("demonym", name, code, iso, None, wd, plural=plural), replace=True)
    for seat in _cells(row["seats"]):
        form, _, sector = seat.partition(":")
        lex.add(form, Entry("seat", form, code, iso, sector or "GOV", wd), replace=True)


def _add_org(lex: NameLexicon[Entry], row: dict[str, str]) -> None:
    kind = row["kind"] or "organisation"
    entry = Entry(
        kind,
        row["name"],
        _none(row["code"]),
        _none(row["country"]),
        _none(row["sector"]),
        _none(row.get("wikidata", "")),
        plural=kind == "group",
    )
    for form in [row["name"], *_cells(row["aliases"])]:
        lex.add(form, entry, replace=True)


def _add_sector(lex: NameLexicon[Entry], row: dict[str, str]) -> None:
    for word in _cells(row["words"]):
        entry = Entry(
            "sector",
            word,
            sector=row["sector"],
            plural=row["number"] == "pl" and _plural_word(word),
            person=row["person"] == "yes",
            title=row["title"] == "yes",
        )
        lex.add(word, entry, replace=True)


_MASS_PLURALS = word_list("actors/words.tsv", "mass_plurals")


def _plural_word(word: str) -> bool:
    """Whether a table noun takes "they": "troops", "police"; not "government", "army"."""
    return (word.endswith("s") and not word.endswith("ss")) or word in _MASS_PLURALS


def _add_leader(lex: NameLexicon[Entry], row: dict[str, str]) -> None:
    country = _none(row["country"])
    iso = country if country not in ("IGO", "NGO") else None
    name = row["name"]
    forms = (name, *_cells(row["aliases"]))
    for form in forms:
        entry = Entry("leader", name, code=country, country=iso, sector=_none(row["sector"]),
                      wikidata=_none(row.get("wikidata", "")), role=_none(row["role"]),
                      start=row["start"], end=row["end"], person=True, short=len(form.split()) == 1,
                      forms=forms)
        lex.add(form, entry)


def load_table(lex: NameLexicon[Entry], path: str | Path) -> int:
    """Add one table to ``lex``; the header decides the format. Returns rows read."""
    rows = list(read_tsv(path))
    if not rows:
        return 0
    cols = set(rows[0])
    if cols >= COUNTRY_COLUMNS:
        add = _add_country
    elif cols >= LEADER_COLUMNS:
        add = _add_leader
    elif cols >= SECTOR_COLUMNS:
        add = _add_sector
    elif cols >= ORG_COLUMNS:
        add = _add_org
    else:
        raise ConfigError(
            "actor table header matches no known format (see eventwire/data/actors/README.md)",
            where=str(path),
        )
    for row in rows:
        add(lex, row)
    return len(rows)


SHIPPED = word_sequence("actors/words.tsv", "shipped_tables")  # in load order: later rows win


def build_lexicon(extra: Iterable[str | Path] = ()) -> NameLexicon[Entry]:
    """The shipped tables, then the user's ``extra`` tables (later rows win)."""
    lex: NameLexicon[Entry] = NameLexicon()
    for name in SHIPPED:
        load_table(lex, data_path(f"actors/{name}"))
    for path in extra:
        load_table(lex, path)
    return lex


def load_given_names() -> dict[str, str]:
    """Given name (as written) → "f" or "m", from ``given_names.tsv``."""
    out: dict[str, str] = {}
    for row in read_tsv(data_path("actors/given_names.tsv")):
        gender = "f" if row["gender"] == "female" else "m"
        for name in _cells(row["names"]):
            out[name] = gender
    return out


_OFFICES = {row["spelling"]: row["office"] for row in read_tsv(data_path("actors/offices.tsv"))}


def office_key(title: str) -> str:
    """One spelling per office: "Defence Secretary" and "minister of defense" are both
    "defense minister"."""
    key = " ".join(title.lower().replace("defence", "defense").split())
    return _OFFICES.get(key, key)
