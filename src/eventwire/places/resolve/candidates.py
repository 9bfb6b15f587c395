"""Which gazetteer entries a place mention may be: the candidate list before any scoring.

- a bare name shared by a region and places of the same country (:func:`larger_unit`);
- a sovereign country's name shared by towns elsewhere (:func:`country_first`);
- alternate names of small towns where some place bears the name itself
  (:func:`bearing_the_name`);
- the known place inside an unknown name ("North Texas", :func:`core_name`);
- a following "City, State" pair (:func:`following_containers`, :func:`within`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from ..gazetteer.index import PlaceCandidate
from ..lexicon import words
from ..mention import Mention
from .article_context import prior

_DIRECTIONS = words("name_directions")
# words that open place names without naming a place ("San Andrés", "North Kivu", "El Fasher")
_NAME_OPENERS = _DIRECTIONS | words("name_openers")
_TRAILING = words("name_trailers")


def core_name(text: str) -> str | None:
    """The known place inside an unknown name: "North Texas" → "Texas", "Northeast Georgia"
    → "Georgia", "Fargo City" → "Fargo", "State of Wend" → "Wend"."""
    words = text.replace("’s", "").replace("'s", "").split()
    if len(words) < 2:
        return None
    if words[0].lower() in _DIRECTIONS:
        return " ".join(words[1:])
    if words[-1].lower() in _TRAILING:
        return " ".join(words[:-1])
    low = [w.lower() for w in words]
    if "of" in low[:-1]:
        return " ".join(words[low.index("of") + 1:])
    return None


def only_openers(part: str) -> bool:
    """Whether ``part`` is made only of words that open place names ("San", "North", "El"):
    no place is named after them inside a longer unknown name ("San Andrés Larráinzar" is not
    at the town of San in Mali, "North Kivu" not in the North region of Cameroon)."""
    words = part.lower().replace(".", "").split()
    return bool(words) and all(w in _NAME_OPENERS for w in words)


SMALL_TOWN = 100_000  # a town below this size yields its name to its country's region
OUTGROWS, OUTGROWN = 10, 10_000  # a town known by another spelling this many times bigger (and this big)
MAIN_BONUS = 0.8  # what bearing the name is worth in evidence.score


def bearing_the_name(cs: Sequence[PlaceCandidate], name: str = "") -> list[PlaceCandidate]:
    """Where some place bears the name itself, drop the towns of under :data:`SMALL_TOWN`
    people that only one of their alternate names matches: GeoNames lists old, local and
    misspelt names for many small towns ("Washington" for a town in New York), which would
    otherwise compete with the places that bear the name. Countries, regions and big cities
    keep their other names ("Burma", "Bombay"), and a name no place bears keeps them all."""
    if not any(c.main for c in cs):
        return list(cs)
    kept = [c for c in cs if c.main or c.is_country or c.feature_code in ("ADM1", "CONT", "RGN")
            or c.population >= SMALL_TOWN]
    if not name.isalpha():
        return kept
    # a town far bigger than every place bearing a one-word name competes as if it bore it
    # ("Jenin": the West Bank town listed as "Janin", not the Polish village of that name)
    notable = max(OUTGROWN, OUTGROWS * max(c.population for c in cs if c.main))
    return kept + [replace(c, bonus=c.bonus + MAIN_BONUS) for c in cs if c not in kept
                   and notable <= c.population < SMALL_TOWN and c.feature_code.startswith("PPL")]


def larger_unit(cs: list[PlaceCandidate], hint: str | None) -> list[PlaceCandidate]:
    """A bare name shared by a first-level region and places of the same country: a national
    capital wins over the region named after it ("Washington" is the capital, not the state;
    "Moscow" the city, not the oblast), and otherwise the region wins over that country's
    small towns of its name ("Kansas" the state, not the town in Illinois). The words around
    the name ("Washington state", "the city of Kansas") and a following "City, State" pair
    override this."""
    regions = [c for c in cs if c.feature_code == "ADM1" and c.main]
    if not regions or hint == "admin":
        return cs
    capitals = {c.cc: c for c in cs if c.feature_code == "PPLC" and c.main}
    if capitals:  # the capital takes the region's prior (its size and rank) with its place
        named = {c.cc: c for c in regions if c.cc in capitals}
        return [replace(c, bonus=max(0.0, prior(named[c.cc]) - prior(c)))
                if c.cc in named and c.pid == capitals[c.cc].pid else c
                for c in cs if not (c.feature_code == "ADM1" and c.cc in named)]
    if hint == "city":
        return cs
    region_ccs = {c.cc for c in regions}
    return [c for c in cs if not (c.feature_code.startswith("PPL") and c.cc in region_ccs
                                  and c.population < SMALL_TOWN)]


# independent, semi-independent and freely associated states: names that stand for a country
# wherever they are written ("Russia", "Cuba", "China"), unlike a dependency's name
SOVEREIGN = frozenset({"PCLI", "PCLS", "PCLF", "PCL"})


def country_first(cs: list[PlaceCandidate], hint: str | None,
                  support: Mapping[int, int]) -> list[PlaceCandidate]:
    """A sovereign country's name is the country, not one of the towns or counties named after
    it ("exports to China" is no town in Maine, "Russia" no village in Ohio), unless the
    text says otherwise: the words around the name make it a town ("the town of Lebanon"),
    a following "Town, State" pair restricted the candidates already (see
    :func:`following_containers`), or another place of the article lies next to the
    namesake (``support``: pid → other names with a candidate nearby, see
    :func:`~eventwire.places.resolve.article_context.neighbours`). A first-level region of that name keeps
    competing ("Georgia" the state in a story about Atlanta)."""
    if hint == "city" or not any(c.feature_code in SOVEREIGN and c.main for c in cs):
        return cs
    return [c for c in cs if c.is_country or c.feature_code == "ADM1" or support.get(c.pid, 0) > 0]


def within(c: PlaceCandidate, outer: PlaceCandidate) -> bool:
    if outer.is_country:
        return c.cc == outer.cc and not c.is_country
    return c.cc == outer.cc and c.admin1 == outer.admin1 and c.pid != outer.pid


def following_containers(mentions: Sequence[Mention]) -> Callable[[Mention], Mention | None]:
    """``find(m)``: the first toponym of ``mentions`` starting 1 to 3 characters after ``m``
    ends ("Alexandria, La."), or None. Each lookup goes through an index of the toponyms by
    start (a scan per mention made an article's cost grow with the square of its length)."""
    by_start: dict[int, list[tuple[int, Mention]]] = {}
    for n, other in enumerate(mentions):
        if other.kind == "toponym":
            by_start.setdefault(other.start, []).append((n, other))

    def find(m: Mention) -> Mention | None:
        hits = [h for s in range(m.end + 1, m.end + 4) for h in by_start.get(s, ()) if h[1] is not m]
        return min(hits, key=lambda h: h[0])[1] if hits else None

    return find
