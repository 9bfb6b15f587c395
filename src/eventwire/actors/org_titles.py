"""People the text introduces by an organisation and a title, and organisations it places.

- "FBI Director Alan Marsh", "Greenleaf founder Rosa Ibarra": the title between an
  organisation and a name makes the person that organisation's (its country, its sector,
  the title as role, the organisation as affiliation);
- "Gov. Mary Wexler", "Sen. Jane Doe": an abbreviated title gives role and sector (the
  country then comes as for any state official, see :mod:`~eventwire.actors.coref`);
- "an institute in Washington": an organisation without a code takes the country of the
  place named right after it.

The titles are the table ``data/actors/titles.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import data_path, read_tsv
from .draft import ActorDraft
from .lexicon import Tok

MAX_TITLE_WORDS = 3
_PLACED = ("in", "based in")


@dataclass(frozen=True, slots=True)
class Title:
    role: str
    sector: str | None
    abbreviation: bool


@cache
def titles() -> dict[tuple[str, ...], Title]:
    """Title words → title, from ``titles.tsv``."""
    out: dict[tuple[str, ...], Title] = {}
    for row in read_tsv(data_path("actors/titles.tsv")):
        abbreviation = row["abbreviation"] == "yes"
        out[tuple(row["word"].split())] = Title(row["role"], row["sector"] or None, abbreviation)
    return out


def _title_before(toks: list[Tok], first: int) -> tuple[int, Title] | None:
    """The longest title ending right before token ``first`` (full stops skipped): its first
    token and the title."""
    words: list[tuple[int, str]] = []
    k = first - 1
    while k >= 0 and len(words) < MAX_TITLE_WORDS:
        if toks[k].text == ".":
            k -= 1
            continue
        words.insert(0, (k, toks[k].lower))
        k -= 1
    table = titles()
    for size in range(len(words), 0, -1):
        found = table.get(tuple(w for _, w in words[-size:]))
        if found is not None:
            return words[-size][0], found
    return None


def attach_org_titles(people: list[ActorDraft], orgs: list[ActorDraft], toks: list[Tok]) -> None:
    """Give people introduced as "<organisation> <title> <name>" or "<Abbr.> <name>" the
    organisation's country and sector and the title's role."""
    by_last = {o.last: o for o in orgs if o.kind == "organisation"}
    for p in people:
        if p.link is not None or (p.code is not None and not p.reason):
            continue  # the text or the tables already say who they are
        found = _title_before(toks, p.first)
        if found is None:
            continue
        start, title = found
        org = by_last.get(start)
        if org is not None:
            p.role = p.role or title.role
            p.affiliation = p.affiliation or org.name
            p.sector = title.sector or org.sector or p.sector
            if org.code is not None:
                p.code, p.country = org.code, org.country
                p.reason = f"{title.role.lower()} of {org.name}"
        elif title.abbreviation and toks[p.first - 1].text == "." and p.sector is None:
            p.role, p.sector = title.role, title.sector


def place_organisations(orgs: list[ActorDraft], places: list[ActorDraft], toks: list[Tok]) -> None:
    """An organisation the tables do not know, followed by "in <place>" ("the Institute for
    Science and International Security in Washington"), is of that place's country."""
    by_first = {d.first: d for d in places if d.kind in ("location", "metonym", "country") and d.code}
    for org in orgs:
        if org.kind != "organisation" or org.code is not None:
            continue
        for lead in _PLACED:
            words = lead.split()
            k = org.last
            if [t.lower for t in toks[k : k + len(words)]] == words:
                place = by_first.get(k + len(words))
                if place is not None and place.country:
                    org.code, org.country = place.code, place.country
                    org.reason = f"organisation placed in {place.name}"
                    break
