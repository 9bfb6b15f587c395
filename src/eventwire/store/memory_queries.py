"""The queries of the in-memory store, over the same flattened rows the SQL tables hold.

Each function here answers what the SQL in :mod:`.queries` answers, with the same
filters, orders (NULLs first) and limits, so both kinds of store pass one conformance suite.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from ..linking import LinkedClaim, RecordLinks, StoredClaim, publisher_key, responses_elsewhere
from ..model import ArticleRecord, Claim, Event, Quote
from .base import ActorPair, ArticleRef, ArticleStats, ClaimHit, EventFilter, EventHit, QuoteFilter, QuoteHit
from .decode import build
from .geo import bounding_box, haversine_km
from .rows import COLUMNS, Row

Links = Iterable[tuple[tuple[str, str, str, str], str]]  # (article, claim, other article, other claim), kind


def _col(table: str) -> dict[str, int]:
    return {name: i for i, name in enumerate(COLUMNS[table])}


E, EA, Q, C = _col("events"), _col("event_actors"), _col("quotes"), _col("claims")


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: str
    rowid: int
    title: str | None
    published: str | None
    source: str | None
    content_hash: str
    story_hash: str
    story_id: str
    publisher: str | None
    copy_of: str | None
    sketch: tuple[int, ...]
    record_json: str
    rows: dict[str, list[Row]]

    @classmethod
    def create(cls, record: ArticleRecord, links: RecordLinks, rowid: int,
               rows: dict[str, list[Row]]) -> StoredArticle:
        keep = {t: rows[t] for t in ("actors", "events", "event_actors", "quotes", "places", "counts",
                                     "claims", "claim_responses")}
        return cls(id=record.id, rowid=rowid, title=record.title, published=record.published,
                   source=record.source, content_hash=links.content_hash, story_hash=links.story_hash,
                   story_id=links.story_id, publisher=links.publisher, copy_of=None,
                   sketch=tuple(sorted(set(links.sketch))), record_json=rows["articles"][0][-1], rows=keep)

    def with_copy_of(self, copy_of: str | None) -> StoredArticle:
        return replace(self, copy_of=copy_of)

    def ref(self) -> ArticleRef:
        return ArticleRef(id=self.id, title=self.title, published=self.published, source=self.source)


def _nulls_first(value: str | None) -> tuple[bool, str]:
    return (value is not None, value or "")


def sources(articles: Iterable[StoredArticle], story_id: str) -> int:
    return len({publisher_key(a.id, a.publisher) for a in articles if a.story_id == story_id})


def record(a: StoredArticle, articles: Iterable[StoredArticle]) -> ArticleRecord:
    rec = build(ArticleRecord, json.loads(a.record_json))
    rec.provenance.republished_from = a.copy_of
    rec.provenance.independent_sources = sources(articles, a.story_id)
    return rec


def _day(a: StoredArticle, e: Row) -> str | None:
    """The event's date, else the article's publication day (as the SQL COALESCE)."""
    value: str | None = e[E["date_value"]]
    if value is not None:
        return value
    return a.published[:10] if a.published is not None else None


def _codes_match(ea: Row, code: str) -> bool:
    return bool(ea[EA["code"]] == code or ea[EA["actor_code"]] == code)


def _event_ok(a: StoredArticle, e: Row, actors: list[Row], f: EventFilter) -> bool:
    for key, role in (("actor", None), ("source", "source"), ("target", "target")):
        code = getattr(f, key)
        if code is None:
            continue
        if not any((role is None or ea[EA["role"]] == role) and _codes_match(ea, code.upper())
                   for ea in actors):
            return False
    day = _day(a, e)
    checks = [
        not f.type or e[E["type"]] == f.type.upper(),
        not f.since or (day is not None and day >= f.since),
        not f.until or (day is not None and day[: len(f.until)] <= f.until),
        not f.country or e[E["place_country"]] == f.country.upper(),
        f.quad_class is None or e[E["quad_class"]] == f.quad_class,
        f.negated is None or bool(e[E["negated"]]) == f.negated,
        f.hypothetical is None or bool(e[E["hypothetical"]]) == f.hypothetical,
        not f.article or a.id == f.article,
        not f.originals or a.copy_of is None,
    ]
    return all(checks)


def _near(e: Row, f: EventFilter) -> float:
    """Distance to ``f.near`` when the event's place is inside the radius, else -1."""
    assert f.near is not None
    lat, lon = e[E["place_lat"]], e[E["place_lon"]]
    if lat is None or lon is None:
        return -1.0
    lo_lat, hi_lat, ranges = bounding_box(f.near[0], f.near[1], f.km)
    if not lo_lat <= lat <= hi_lat or not any(w <= lon <= east for w, east in ranges):
        return -1.0
    distance = haversine_km(f.near[0], f.near[1], lat, lon)
    return distance if distance <= f.km else -1.0


def events(articles: Iterable[StoredArticle], f: EventFilter) -> list[EventHit]:
    found: list[tuple[Any, EventHit]] = []
    for a in articles:
        for e in a.rows["events"]:
            actors = [ea for ea in a.rows["event_actors"] if ea[EA["event_id"]] == e[E["id"]]]
            if not _event_ok(a, e, actors, f):
                continue
            distance = None
            if f.near is not None:
                distance = _near(e, f)
                if distance < 0:
                    continue
            day = _day(a, e)
            hit = EventHit(article=a.ref(), event=build(Event, json.loads(e[E["event_json"]])),
                           distance_km=distance)
            found.append(((_nulls_first(day), a.rowid, e[E["seq"]]), hit))
    found.sort(key=lambda p: p[0])
    hits = [h for _, h in found][f.offset:]
    return hits[: f.limit] if f.limit is not None else hits


def quotes(articles: Iterable[StoredArticle], f: QuoteFilter) -> list[QuoteHit]:
    found: list[tuple[Any, QuoteHit]] = []
    for a in articles:
        if (f.article and a.id != f.article) or (f.originals and a.copy_of is not None):
            continue
        for q in a.rows["quotes"]:
            names = [(q[Q[k]] or "").lower() for k in ("speaker_name", "speaker_text") if q[Q[k]] is not None]
            code = q[Q["speaker_actor_code"]]
            if f.speaker and not any(f.speaker.lower() in n for n in names):
                continue
            if f.actor and not (code is not None and f.actor.upper() in (code, code[:3])):
                continue
            if f.kind and q[Q["kind"]] != f.kind.lower():
                continue
            hit = QuoteHit(article=a.ref(), quote=build(Quote, json.loads(q[Q["quote_json"]])))
            found.append(((_nulls_first(a.published), a.rowid, q[Q["seq"]]), hit))
    found.sort(key=lambda p: p[0])
    hits = [h for _, h in found]
    return hits[: f.limit] if f.limit is not None else hits


def _between(c: Row, a: str, b: str) -> bool:
    who, accused = c[C["claimant_code"]], c[C["accused_codes"]]
    return (who == a and f" {b} " in accused) or (who == b and f" {a} " in accused)


def claims_between(articles: Iterable[StoredArticle], a: str, b: str, story_id: str, article_id: str,
                   limit: int) -> list[StoredClaim]:
    """Stored claims between ``a`` and ``b`` outside a story and an article, latest published first."""
    # latest published first, undated last, then latest stored first
    pool = sorted((x for x in articles if x.story_id != story_id and x.id != article_id),
                  key=lambda x: (x.published is not None, x.published or "", x.rowid), reverse=True)
    found = [StoredClaim(article_id=x.id, claim_id=c[C["id"]], claimant=c[C["claimant_code"]],
                         proposition=c[C["proposition"]])
             for x in pool for c in x.rows["claims"] if _between(c, a, b)]
    return found[:limit]


def elsewhere(articles: dict[str, StoredArticle], links: Links, article_id: str, claim_id: str,
              published: str | None) -> list[Any]:
    linked: dict[tuple[str, str, str], LinkedClaim] = {}
    for (a1, c1, a2, c2), kind in links:
        if (a1, c1) == (article_id, claim_id):
            other = (a2, c2)
        elif (a2, c2) == (article_id, claim_id):
            other = (a1, c1)
        else:
            continue
        art = articles.get(other[0])
        row = next((c for c in art.rows["claims"] if c[C["id"]] == other[1]), None) if art else None
        if art is None or row is None:
            continue
        claim = build(Claim, json.loads(row[C["claim_json"]]))
        linked[(art.id, claim.id, kind)] = LinkedClaim(article_id=art.id, published=art.published,
                                                       kind=kind, claim=claim)
    return responses_elsewhere(published, linked.values())


def claims(articles: dict[str, StoredArticle], links: Links, *, actor: str | None, status: str | None,
           limit: int | None, between: tuple[str, str] | None, article: str | None,
           originals: bool) -> list[ClaimHit]:
    found: list[tuple[Any, StoredArticle, Row]] = []
    for a in articles.values():
        if (originals and a.copy_of is not None) or (article and a.id != article):
            continue
        for c in a.rows["claims"]:
            if between and not _between(c, between[0].upper(), between[1].upper()):
                continue
            if actor and not (c[C["claimant_code"]] == actor.upper()
                              or f" {actor.upper()} " in c[C["accused_codes"]]):
                continue
            if status and c[C["status"]] != status:
                continue
            day = c[C["date_value"]] if c[C["date_value"]] is not None else a.published
            found.append(((_nulls_first(day), a.rowid, c[C["seq"]]), a, c))
    found.sort(key=lambda p: p[0])
    picked = found[:limit] if limit is not None else found
    link_list = list(links)
    return [ClaimHit(article=a.ref(), claim=build(Claim, json.loads(c[C["claim_json"]])),
                     elsewhere=elsewhere(articles, link_list, a.id, c[C["id"]], a.published))
            for _, a, c in picked]


def _ranked(counter: Counter[Any]) -> list[tuple[Any, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def article_stats(articles: list[StoredArticle]) -> ArticleStats:
    dates = [a.published for a in articles if a.published is not None]
    publishers = Counter(a.source for a in articles if a.source)
    originals = sum(1 for a in articles if a.copy_of is None)
    return ArticleStats(count=len(articles), first_published=min(dates, default=None),
                        last_published=max(dates, default=None), publishers=_ranked(publishers),
                        copies=len(articles) - originals, originals=originals)


def event_types(articles: Iterable[StoredArticle], originals: bool) -> list[tuple[str, int]]:
    return _ranked(Counter(e[E["type"]] for a in articles if not (originals and a.copy_of)
                           for e in a.rows["events"]))


def actor_pairs(articles: Iterable[StoredArticle], limit: int, originals: bool) -> list[ActorPair]:
    seen: set[tuple[str, str, str, str]] = set()
    pairs: dict[tuple[str, str], list[int]] = {}
    for a in articles:
        if originals and a.copy_of:
            continue
        quad = {e[E["id"]]: e[E["quad_class"]] for e in a.rows["events"]}
        srcs = [s for s in a.rows["event_actors"] if s[EA["role"]] == "source"]
        tgts = [t for t in a.rows["event_actors"] if t[EA["role"]] == "target"]
        for s in srcs:
            for t in tgts:
                key = (s[EA["code"]], t[EA["code"]], a.id, s[EA["event_id"]])
                if s[EA["event_id"]] != t[EA["event_id"]] or key[0] is None or key[1] is None or key in seen:
                    continue
                seen.add(key)
                tally = pairs.setdefault((key[0], key[1]), [0, 0, 0])
                q = quad[key[3]]
                tally[0] += 1
                tally[1] += q in (1, 2)
                tally[2] += q in (3, 4)
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [ActorPair(source=s, target=t, events=n, cooperation=c, conflict=k)
            for (s, t), (n, c, k) in ranked]


def claim_statuses(articles: Iterable[StoredArticle]) -> list[tuple[str, int]]:
    return _ranked(Counter(c[C["status"]] for a in articles for c in a.rows["claims"]))


def failure_kinds(failures: Iterable[tuple[str, str, str]], limit: int) -> list[tuple[str, str, int, str]]:
    groups: dict[tuple[str, str], list[str]] = {}
    for stage, reason, input_ in failures:
        groups.setdefault((stage, reason), []).append(input_)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    return [(stage, reason, len(inputs), min(inputs) or "") for (stage, reason), inputs in ranked]
