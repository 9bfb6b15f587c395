"""Resolve place mentions to gazetteer entries, using the whole article as context.

Each candidate (at most :data:`~eventwire.places.gazetteer.MAX_CANDIDATES` per name) gets a
score from

- its population (a log prior) and feature type (country > first-level region > city for
  a bare name, since "Georgia" or "Arauca" alone names the larger unit more often);
- words around the mention ("the department of Arauca", "Rapides Parish", "the city of
  Paris") and explicit "City, State" / "City, Country" pairs, which restrict the candidates;
- the countries the article's actors act for, where no place name gave it them ("Israeli
  troops", "the Valdorian Authority": a flat :data:`~eventwire.places.resolve.article_context.ACTOR_BONUS`);
- the article: countries and first-level regions of the other places, their distance, the
  country of the publication's web domain or name, and the country whose local vocabulary
  the text uses (:mod:`~eventwire.places.resolve.locale_country`; when the caller passes the text);
- the other names' candidates: how many other names of the article have a namesake right
  next to this candidate (towns of one local story lie together, whatever their namesakes
  elsewhere; see :func:`~eventwire.places.resolve.article_context.neighbours`).

Resolution runs in three rounds: the first reads each name against the article-wide priors
alone; the later ones revise the names one after another (clearest first), each against the
latest choices of the others (see :mod:`~eventwire.places.resolve.article_context`). The work is linear in
the number of mentions (names are looked up once per article, candidates are bucketed on a
grid).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from ...model import ActorMention, Place
from ..gazetteer.index import Gazetteer, PlaceCandidate
from ..gazetteer.index_format import COUNTY_NOTE, ZIP_NOTE
from ..gazetteer.name_keys import name_key, spelling_variants
from ..mention import Mention
from ..recognize.references import country_of_demonym as demonym_country
from .article_context import ArticleContext, actor_countries, neighbours, prior
from .candidates import (
    SMALL_TOWN,
    bearing_the_name,
    core_name,
    country_first,
    following_containers,
    larger_unit,
    only_openers,
    within,
)
from .estimated_coordinates import place_landmarks
from .locale_country import locale_country
from .rounds import choose

LOCALE_WEIGHT = 2.0  # the country whose local vocabulary the article uses, as much as a web domain's
_TLD_COUNTRY = {"uk": "GB", "ca": "CA", "au": "AU", "nz": "NZ", "ie": "IE", "in": "IN", "za": "ZA",
                "co": "CO", "ve": "VE", "mx": "MX", "ar": "AR", "br": "BR", "es": "ES", "fr": "FR",
                "de": "DE", "it": "IT", "ru": "RU", "ng": "NG", "ke": "KE", "pk": "PK", "ph": "PH"}


class Resolver:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def country_of_demonym(self, word: str) -> PlaceCandidate | None:
        """The country the demonym ``word`` names ("Colombian" → Colombia), by the demonyms
        the references read (the actors stage's country table)."""
        iso = demonym_country(word)
        return self.gaz.country(iso) if iso else None

    def resolve(self, mentions: Sequence[Mention], actors: Sequence[ActorMention],
                source_url: str | None = None, source_name: str | None = None,
                text: str | None = None) -> list[Place]:
        """Places for ``mentions`` (same order). ``text``, the article's text, lets its local
        vocabulary count as evidence for a country (see :mod:`~eventwire.places.resolve.locale_country`)."""
        toponyms = [m for m in mentions if m.kind in ("toponym", "landmark", "metonym", "demonym")]
        follow = following_containers(mentions)
        cands = [self._candidates(m, follow) for m in toponyms]
        base = ArticleContext(actor_countries=actor_countries(self.gaz, actors, mentions))
        tld = _tld_country(source_url)
        if tld:
            base.countries[tld] += 2.0
        home = self._source_country(source_name)
        if home:  # "The Bogotá Post", "Kentucky New Era": where the publisher is
            base.countries[home] += 2.0
        local = locale_country(text) if text else None
        if local:  # "the councilman", "sheriff's deputies": American local news
            base.countries[local] += LOCALE_WEIGHT
        names: dict[str, list[PlaceCandidate]] = {}
        for m, cs in zip(toponyms, cands, strict=True):
            if m.kind != "demonym":
                names.setdefault(name_key(m.text), []).extend(cs)
        base.support = neighbours(names)
        cands = [country_first(cs, m.hint, base.support) for m, cs in zip(toponyms, cands, strict=True)]
        base.borders = {c.cc: self.gaz.neighbours(c.cc) for cs in cands for c in cs if c.is_country and c.cc}
        chosen = choose(toponyms, cands, base)
        places = {id(m): self._place(m, ch) for m, ch in zip(toponyms, chosen, strict=True)}
        self._estimate_counties(places.values())
        out: list[Place] = []
        near = _Near(list(places.values()), actors)
        for m in mentions:
            if id(m) in places:
                out.append(places[id(m)])
            else:
                out.append(self._border_or_side(m, mentions, near, actors))
        place_landmarks(out)
        for p in out:  # still nowhere: a big place whose name opens or closes its own
            if p.lat is None and p.kind in ("toponym", "landmark") and p.geonames_id is None:
                self._inner_name(p)
        return out

    def _source_country(self, name: str | None) -> str | None:
        """The country of a place named in the publisher's name, when the name holds one that
        is a country, a first-level region or a city of 100,000 people."""
        if not name:
            return None
        words = [w.strip(".,:;()'’") for w in name.split()]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                chunk = " ".join(words[i : i + size])
                if not chunk[:1].isupper():
                    continue
                strong = [c for c in self.gaz.candidates(chunk) if c.main and c.cc and (
                    c.is_country or c.feature_code == "ADM1" or c.population >= 100_000)]
                if strong:
                    return strong[0].cc
        return None

    def _candidates(self, m: Mention, follow: Callable[[Mention], Mention | None]) -> list[PlaceCandidate]:
        if m.kind == "demonym":  # "Russian" → Russia: the recogniser gives the country (ISO3) in inner
            country = self.gaz.country(m.inner) if m.inner else None
            return [country] if country is not None else []
        cs = bearing_the_name(self.gaz.candidates(m.text), m.text)
        if m.hint == "county" and not m.text.endswith(("County", "Parish")):  # "Wend and Holt counties"
            cs = [c for word in ("County", "Parish") for c in self.gaz.candidates(f"{m.text} {word}")
                  if c.feature_code == "ADM2"] + cs
        if not cs and m.kind == "toponym" and m.text.isupper() and len(m.text) > 3:
            cs = list(self.gaz.candidates(m.text.title()))
        for variant in spelling_variants(name_key(m.text)) if m.kind == "toponym" else ():
            if any(c.main for c in cs):
                break
            # "El-Arish" → "Arish"; "Anbar" is Al Anbar, not a town one of whose other names is Ambar
            other = bearing_the_name(self.gaz.lookup(variant))
            cs = [c for c in other if c.main] + cs if cs else other
        if not cs and m.kind == "toponym":
            core = core_name(m.text)
            if core:
                cs = list(self.gaz.candidates(core))
                m.core = core
        # "Alexandria, La." / "Lexington, Kentucky" / "Paris, France": the second restricts the first
        container = follow(m)
        if container is not None and cs:
            outer = [c for c in self.gaz.candidates(container.text)
                     if c.is_country or c.feature_code == "ADM1"]
            inside = [c for c in cs if any(within(c, o) for o in outer)]
            if inside:
                return inside
        return larger_unit(cs, m.hint)

    def _inner_name(self, p: Place) -> None:
        """Place an unknown name that the article gives no town for at the big place whose
        name opens or closes it ("Tarnfield International Airport"): a country, a first-level
        region or a city of 100,000 (the largest of that name), with a reason saying so."""
        words = p.text.split()
        for size in range(len(words) - 1, 0, -1):
            for part in (" ".join(words[:size]), " ".join(words[-size:])):
                if not part[:1].isupper() or only_openers(part):
                    continue
                strong = [c for c in self.gaz.candidates(part) if c.main and c.lat is not None and (
                    c.is_country or c.feature_code == "ADM1" or c.population >= SMALL_TOWN)]
                if strong:
                    c = max(strong, key=prior)
                    p.lat, p.lon, p.country = c.lat, c.lon, c.country
                    region = self.gaz.admin1(c.cc, c.admin1) if c.cc and c.admin1 else None
                    p.admin1 = region.name if region else None
                    p.reason = f"not in the gazetteer; placed at {c.name}, named in it"
                    return

    def _place(self, m: Mention, chosen: tuple[PlaceCandidate, float] | None) -> Place:
        if chosen is None:
            return Place(m.start, m.end, m.text, kind=m.kind, reason="not in the gazetteer")
        c, conf = chosen
        note = c.note
        if m.core:
            note = f"not in the gazetteer; resolved through {m.core!r}" + (f" ({note})" if note else "")
        admin1 = None
        if c.cc and c.admin1 and c.feature_code != "ADM1":
            region = self.gaz.admin1(c.cc, c.admin1)
            admin1 = region.name if region else None  # a code no subdivision list names
        elif c.feature_code == "ADM1":
            admin1 = c.name
        return Place(m.start, m.end, m.text, name=c.name, lat=c.lat, lon=c.lon, country=c.country,
                     admin1=admin1, geonames_id=c.geonames_id, feature_code=c.feature_code,
                     population=(c.population or None) if c.note != ZIP_NOTE else None,
                     kind=m.kind if m.kind in ("metonym", "demonym") else "toponym",
                     confidence=round(conf, 3), reason=note)

    def _estimate_counties(self, places: object) -> None:
        """Counties come without coordinates: take the article's places in the same state
        (a local article names the county around its towns), else the state's centre."""
        ps = [p for p in places if isinstance(p, Place)]  # type: ignore[attr-defined]
        for p in ps:
            estimated = p.lat is None or p.reason == COUNTY_NOTE
            if p.feature_code != "ADM2" or p.country is None or not estimated:
                continue
            near = [q for q in ps if q.country == p.country and q.admin1 == p.admin1 and q.lat is not None
                    and q.feature_code and q.feature_code.startswith("PPL")]
            if near:
                p.lat, p.lon = near[0].lat, near[0].lon
                p.reason = f"county coordinates estimated from {near[0].name}, named in the same article"
                continue
            region = self._region_named(p.admin1, p.country)
            if region is not None:
                p.lat, p.lon = region.lat, region.lon
                p.reason = "county coordinates estimated from its state's centre"

    def _region_named(self, name: str | None, country: str) -> PlaceCandidate | None:
        if not name:
            return None
        for c in self.gaz.candidates(name):
            if c.feature_code == "ADM1" and c.country == country:
                return c
        return None

    def _border_or_side(self, m: Mention, mentions: Sequence[Mention], near: _Near,
                        actors: Sequence[ActorMention]) -> Place:
        # "the border with Venezuela" (the place after "with"), "the Wend border" (inside)
        lo = m.start if m.inner_start is None else min(m.start, m.inner_start)
        hi = m.end if m.inner_start is None else max(m.end, m.inner_start + 1)
        inner_place = next((p for p in near.places_in(lo, hi) if p.lat is not None and (
            (m.inner_start is not None and p.start == m.inner_start)
            or (m.inner is not None and m.start <= p.start < m.end and p.text == m.inner))), None)
        country: PlaceCandidate | None = None
        if inner_place is None and m.inner:
            actor = next((a for a in near.actors_in(m.start, m.end) if a.country), None)
            if actor is not None and actor.country:
                country = self.gaz.country(actor.country)
            for part in m.inner.replace("–", "-").split("-"):
                if country is None and part.strip():
                    country = self.country_of_demonym(part.strip())
                    if country is None:
                        found = [c for c in self.gaz.candidates(part.strip()) if c.is_country]
                        country = found[0] if found else None
        label = "border" if m.kind == "border" else "side"
        if inner_place is not None:
            return Place(m.start, m.end, m.text, name=f"{label} with {inner_place.name}", lat=inner_place.lat,
                         lon=inner_place.lon, country=inner_place.country, kind=m.kind, confidence=0.5,
                         reason=f"{label}: coordinates of {inner_place.name}")
        if country is None:
            return Place(m.start, m.end, m.text, kind=m.kind, reason=f"{label}: no country named")
        lat, lon, why = country.lat, country.lon, f"{label}: centre of {country.name}"
        if m.kind == "side":  # "the Colombian side": a region of that country named in the sentence
            region = next((p for p in near.places_in(m.start - 399, m.start + 400)
                           if p.country == country.country and p.lat is not None
                           and p.feature_code in ("ADM1", "ADM2")), None)
            if region is not None:
                lat, lon, why = region.lat, region.lon, f"side: coordinates of {region.name}, named nearby"
        return Place(m.start, m.end, m.text, name=f"{country.name} {label}", lat=lat, lon=lon,
                     country=country.country, geonames_id=country.geonames_id, kind=m.kind,
                     confidence=0.5, reason=why)


class _Near:
    """Places and actor mentions by start offset, for lookups inside a span: a border or
    side mention looks at what lies inside it, not at every place of the article."""

    def __init__(self, places: list[Place], actors: Sequence[ActorMention]) -> None:
        self.places = sorted(places, key=lambda p: p.start)  # stable: list order within a start
        self.place_starts = [p.start for p in self.places]
        self.actors = sorted(actors, key=lambda a: a.start)
        self.actor_starts = [a.start for a in self.actors]

    def places_in(self, lo: int, hi: int) -> list[Place]:
        """Places starting in ``[lo, hi)``, by start."""
        return self.places[bisect_left(self.place_starts, lo) : bisect_left(self.place_starts, hi)]

    def actors_in(self, lo: int, hi: int) -> list[ActorMention]:
        """Actor mentions starting in ``[lo, hi)``, by start."""
        return self.actors[bisect_left(self.actor_starts, lo) : bisect_left(self.actor_starts, hi)]


def _tld_country(url: str | None) -> str | None:
    if not url:
        return None
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    return _TLD_COUNTRY.get(tld)
