"""The article as evidence for resolving one place name: what the other names resolved to.

:class:`ArticleContext` holds the countries and first-level regions of the places chosen so far
(weighted by how sure each choice was) and their points, and is updated in place when one
name's choice changes, so that the resolver can revise names one after another, each seeing
the latest choices of the others (revising all names at once from the same snapshot lets two
names swap readings forever: "Monroe" moving to Ohio because "Trenton" was in Louisiana while
"Trenton" moves to Louisiana because "Monroe" was). A name never votes for its own reading.
A first-level region the article names ("Nebraska", "Ky.") counts beyond the towns read in
it: a place in it scores :data:`NAMED_REGION` more; a place in a country bordering one the
article names scores :data:`NEIGHBOUR_BONUS` more ("Gaza" next to "Israel" is the Gaza of the
Palestinian territories, not the province of Mozambique).

:func:`score` rates one candidate of a mention against the context.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from ...model import ActorMention
from ..gazetteer.index import Gazetteer, PlaceCandidate
from ..gazetteer.index_format import COUNTY_NOTE
from ..mention import Mention

MAX_POINTS = 64  # distinct places used for distance context: keeps scoring linear in mentions
POP_WEIGHT = 0.45  # score per tenfold population
REGION_CAP = 2.5  # most score from other places read in the same first-level region
NEAR_BONUS = 2.0  # score for lying within 80 km of a place read for another name (60 % within 250 km)
NEIGHBOUR_BONUS = 2.0  # score for lying in a country bordering one the article names
ACTOR_BONUS = 2.0  # score for lying in a country that an actor of the article acts for (as NEIGHBOUR_BONUS:
# 'Indian police' must not send Hyderabad to Pakistan, nor 'Russian troops' Donetsk to Russia)
NAMED_REGION = 1.0  # score for lying in a first-level region the article names
NEAR_KM = 40.0  # candidates of two names this close support each other
SUPPORT_WEIGHT = 0.6  # score per other name with a candidate near this one ...
SUPPORT_CAP = 4  # ... counting at most this many names
_ACTING = frozenset({"person", "government", "organisation", "group"})  # actor kinds whose country counts
# organisations of these sectors act for their country where it acts ("the Valdorian Authority")
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "INS", "SPY"})
_FEATURE_PRIOR = {"PCLI": 3.0, "ADM1": 1.6, "ADM2": 0.6, "CONT": 3.0, "RGN": 1.5}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(slots=True)
class ArticleContext:
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))  # alpha-2 → weight
    admin1: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    # what each name (by key) contributed, so that a name does not vote for its own reading
    own_countries: dict[str, defaultdict[str, float]] = field(default_factory=dict)
    own_admin1: dict[str, defaultdict[tuple[str, str], float]] = field(default_factory=dict)
    # first-level regions a name of the article is read as ("Georgia", "Ky."): name key → count
    named: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # name key → its chosen points (with the number of mentions at each)
    points: dict[str, dict[tuple[float, float], int]] = field(default_factory=dict)
    n_points: int = 0
    # countries read for names of the article: alpha-2 → name key → count
    countries_read: dict[str, Counter[str]] = field(default_factory=dict)
    # the neighbours of the countries among the article's candidates (alpha-2 → alpha-2 codes)
    borders: dict[str, frozenset[str]] = field(default_factory=dict)
    # candidate pid → how many other names have a candidate near it (see :func:`neighbours`)
    support: dict[int, int] = field(default_factory=dict)
    # countries (alpha-2) the article's actors act for, read off no place name (see resolve)
    actor_countries: frozenset[str] = frozenset()

    def copy(self) -> ArticleContext:
        return ArticleContext(defaultdict(float, self.countries), defaultdict(float, self.admin1),
                       support=self.support, borders=self.borders, actor_countries=self.actor_countries)

    def add(self, key: str, cand: PlaceCandidate, conf: float, sign: int = 1, vote: bool = True) -> None:
        """Count (``sign`` 1) or discount (-1) one mention named ``key`` read as ``cand``.
        A mention that does not ``vote`` (a reference such as "Russian") counts only as a
        country read, for its neighbours."""
        if cand.is_country and cand.cc:
            self.countries_read.setdefault(cand.cc, Counter())[key] += sign
        if not vote:
            return
        weight = sign * (0.5 + conf)
        if cand.cc:
            self.countries[cand.cc] += weight
            self.own_countries.setdefault(key, defaultdict(float))[cand.cc] += weight
        if cand.cc and cand.admin1:
            w = weight * (2.0 if cand.feature_code == "ADM1" else 1.0)  # a named state counts double
            self.admin1[(cand.cc, cand.admin1)] += w
            self.own_admin1.setdefault(key, defaultdict(float))[(cand.cc, cand.admin1)] += w
            if cand.feature_code == "ADM1":
                self.named.setdefault((cand.cc, cand.admin1), Counter())[key] += sign
        if (cand.lat is None or cand.lon is None or cand.is_country or cand.feature_code == "CONT"
                or cand.note == COUNTY_NOTE):  # a county's state point says little about distance
            return
        point = (cand.lat, cand.lon)
        mine = self.points.setdefault(key, {})
        if sign > 0:
            if point not in mine and self.n_points >= MAX_POINTS:
                return
            self.n_points += point not in mine
            mine[point] = mine.get(point, 0) + 1
        elif point in mine:
            mine[point] -= 1
            if mine[point] <= 0:
                del mine[point]
                self.n_points -= 1

    def nearest_km(self, lat: float, lon: float, key: str) -> float:
        """Distance to the nearest place chosen for another name."""
        best = 1e9
        for other, pts in self.points.items():
            if other == key:
                continue
            for plat, plon in pts:
                d = km(lat, lon, plat, plon)
                if d < best:
                    best = d
        return best


def prior(cand: PlaceCandidate) -> float:
    """What a candidate scores before any context: its size and kind."""
    return POP_WEIGHT * math.log10(cand.population + 10) + _FEATURE_PRIOR.get(cand.feature_code, 0.0)


def score(cand: PlaceCandidate, mention: Mention, ctx: ArticleContext, key: str) -> float:
    s = prior(cand) + cand.bonus
    s += 0.8 if cand.main else 0.0
    hint = mention.hint
    if (hint == "admin" and cand.feature_code in ("ADM1", "ADM2")) or (
            hint == "county" and cand.feature_code == "ADM2"):
        s += 3.0
    elif hint == "city" and cand.feature_code.startswith("PPL"):
        s += 2.5
    own = ctx.own_countries.get(key)
    total = sum(ctx.countries.values()) - (sum(own.values()) if own else 0.0)
    if cand.cc and total > 1e-9 and not cand.is_country:
        share = (ctx.countries[cand.cc] - (own[cand.cc] if own else 0.0)) / total
        s += 3.0 * share + (0.8 if share > 0.01 else 0.0)
    if cand.cc and cand.admin1 and not cand.is_country and cand.feature_code != "ADM1":
        own_a = ctx.own_admin1.get(key)
        n = ctx.admin1[(cand.cc, cand.admin1)] - (own_a[(cand.cc, cand.admin1)] if own_a else 0.0)
        s += min(REGION_CAP, 1.5 * n)
        named = ctx.named.get((cand.cc, cand.admin1))
        if named and any(n > 0 for k, n in named.items() if k != key):
            s += NAMED_REGION  # its state or province is named in the article
    if cand.lat is not None and cand.lon is not None and not cand.is_country:
        near = ctx.nearest_km(cand.lat, cand.lon, key)
        s += NEAR_BONUS if near < 80 else 0.6 * NEAR_BONUS if near < 250 else 0.0
    if cand.cc and not cand.is_country and _next_door(cand.cc, ctx, key):
        s += NEIGHBOUR_BONUS
    if cand.cc in ctx.actor_countries:
        s += ACTOR_BONUS
    s += SUPPORT_WEIGHT * min(SUPPORT_CAP, ctx.support.get(cand.pid, 0))
    return s


def _next_door(cc: str, ctx: ArticleContext, key: str) -> bool:
    """Whether another name of the article is read as a country bordering ``cc``."""
    for other, readers in ctx.countries_read.items():
        if cc in ctx.borders.get(other, ()) and any(n > 0 for k, n in readers.items() if k != key):
            return True
    return False


def actor_countries(gaz: Gazetteer, actors: Sequence[ActorMention],
                    mentions: Sequence[Mention]) -> frozenset[str]:
    """The countries (alpha-2) that the article's people, governments, organisations and
    groups act for ("Valdorian troops", "the Valdorian Authority", "President Marek";
    organisations only of a state or armed sector),
    a moderate flat bonus (:data:`ACTOR_BONUS`), not a vote
    among the places' countries. Actors overlapping a place name are left out: their
    country was read off that name ("Sparta City Council" → Greece) and would vote for
    the name's own reading; a demonym inside one ("Israeli troops") names it outright. So
    are those whose country the actors stage inferred from the article (they carry a
    reason: "police", "officials")."""
    names = sorted((m.start, m.end) for m in mentions if m.kind != "demonym")
    starts = [start for start, _end in names]
    reach = list(accumulate((end for _start, end in names), max))  # furthest end among the first n
    out: set[str] = set()
    for a in actors:
        if a.kind not in _ACTING or not a.country or a.reason is not None:
            continue  # a reason: the country was inferred from the article ("police")
        if a.kind == "organisation" and a.sector not in _STATE_SECTORS:
            continue  # firms and media ("Boeing", "ABC News") act far from home
        before = bisect_left(starts, a.end)  # names starting before the actor ends ...
        if before and reach[before - 1] > a.start:  # ... one of which ends after it starts
            continue
        country = gaz.country(a.country)
        if country is not None and country.cc:
            out.add(country.cc)
    return frozenset(out)


def neighbours(names: Mapping[str, Sequence[PlaceCandidate]]) -> dict[int, int]:
    """For each candidate (pid), the number of *other* names of the article that have some
    candidate within :data:`NEAR_KM` of it, whichever reading those names end up with.

    Towns of one local story lie together: "Grovetown", "Martinez", "Columbia County" and
    "Richmond County" each have namesakes in many states, but only in one do all four lie
    within a few kilometres of each other. Candidates are bucketed on a one-degree grid, so
    the work grows with the number of candidates, not with its square."""
    grid: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for key, cands in names.items():
        for c in cands:
            if c.lat is not None and c.lon is not None and _local(c):
                grid[(math.floor(c.lat), math.floor(c.lon))].append((c.lat, c.lon, key))
    out: dict[int, int] = {}
    for key, cands in names.items():
        for c in cands:
            if c.lat is None or c.lon is None or not _local(c) or c.pid in out:
                continue
            row, col = math.floor(c.lat), math.floor(c.lon)
            near: set[str] = set()
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    for lat, lon, other in grid.get((row + dr, col + dc), ()):
                        if other != key and other not in near and km(c.lat, c.lon, lat, lon) < NEAR_KM:
                            near.add(other)
            out[c.pid] = len(near)
    return out


def _local(c: PlaceCandidate) -> bool:
    """Towns and counties: the places whose neighbours say something."""
    return c.feature_code.startswith("PPL") or (c.feature_code == "ADM2" and c.note != COUNTY_NOTE)
