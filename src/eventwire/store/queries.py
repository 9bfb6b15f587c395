"""Read queries of the SQL stores: filtered events, quotes and claims, and aggregates."""

from __future__ import annotations

import json
from typing import Any

from ..linking import LinkedClaim, responses_elsewhere
from ..model import ArticleRecord, Claim, Event, Quote, Response
from .base import (
    ActorPair,
    ArticleRef,
    ArticleStats,
    ClaimHit,
    EventFilter,
    EventHit,
    QuoteFilter,
    QuoteHit,
)
from .decode import build
from .geo import bounding_box, haversine_km
from .sql import Db

_ARTICLE = "a.id, a.title, a.published, a.source"
# the article is the first stored copy of its story (not a republication)
_ORIGINAL = "a.copy_of IS NULL"


# distinct publishers among the copies of the story of ``a`` (an article row alias); the SQL
# form of eventwire.linking.publisher_key
SOURCES_SQL = (
    "(SELECT COUNT(DISTINCT COALESCE(LOWER(TRIM(b.publisher)), 'article:' || b.id)) FROM articles b"
    " WHERE b.story_id = COALESCE(a.story_id, a.id))"
)
RECORD = f"SELECT a.rowid, a.record_json, a.copy_of, {SOURCES_SQL} FROM articles a"


def record(record_json: str, copy_of: str | None, sources: int | None) -> ArticleRecord:
    rec = build(ArticleRecord, json.loads(record_json))
    rec.provenance.republished_from = copy_of
    rec.provenance.independent_sources = None if sources is None else int(sources)
    return rec


def _ref(row: Any) -> ArticleRef:
    return ArticleRef(id=row[0], title=row[1], published=row[2], source=row[3])


def _actor_events(role: str | None, param: str) -> str:
    """``(article_id, event_id)`` of the events with an actor coded ``:param`` (the 3-letter
    code, "COL", or the combined code with sector, "COLGOV"), in ``role`` when given: two
    look-ups in the covering indexes of ``event_actors``, not a test per event (``IN`` ignores
    the repeats ``UNION ALL`` leaves)."""
    role_sql = f" AND role = '{role}'" if role else ""
    return (f"SELECT article_id, event_id FROM event_actors WHERE code = :{param}{role_sql}"
            f" UNION ALL SELECT article_id, event_id FROM event_actors WHERE actor_code = :{param}{role_sql}")


def _event_where(f: EventFilter) -> tuple[list[str], dict[str, Any]]:
    """The WHERE terms and parameters of an event query (``e.day``: :func:`.rows.event_day`)."""
    where: list[str] = []
    args: dict[str, Any] = {}
    for key, role in (("actor", None), ("source", "source"), ("target", "target")):
        code = getattr(f, key)
        if code is not None:
            where.append(f"(e.article_id, e.id) IN ({_actor_events(role, 'code_' + key)})")
            args["code_" + key] = code.upper()
    if f.type:
        where.append("e.type = :type")
        args["type"] = f.type.upper()
    if f.since:
        where.append("e.day >= :since")
        args["since"] = f.since
    if f.until:
        where.append("substr(e.day, 1, :until_len) <= :until")
        args["until"], args["until_len"] = f.until, len(f.until)
    if f.country:
        where.append("e.place_country = :country")
        args["country"] = f.country.upper()
    for flag in ("quad_class", "negated", "hypothetical"):
        value = getattr(f, flag)
        if value is not None:
            where.append(f"e.{flag} = :{flag}")
            args[flag] = int(value)
    if f.article:
        where.append("e.article_id = :article")
        args["article"] = f.article
    if f.originals:
        where.append(_ORIGINAL)
    if f.near is not None:
        lo_lat, hi_lat, ranges = bounding_box(f.near[0], f.near[1], f.km)
        args.update(lo_lat=lo_lat, hi_lat=hi_lat)
        lon_sql = []
        for i, (west, east) in enumerate(ranges):
            lon_sql.append(f"e.place_lon BETWEEN :w{i} AND :e{i}")
            args[f"w{i}"], args[f"e{i}"] = west, east
        where.append(f"e.place_lat BETWEEN :lo_lat AND :hi_lat AND ({' OR '.join(lon_sql)})")
    return where, args


_ORDER = "e.day NULLS FIRST, a.rowid, e.seq"  # the stable order of event queries


def _events_sql(f: EventFilter, where: list[str]) -> str:
    """The query of one page of events (``:limit`` from ``:offset``): chosen and ordered on
    the (covering) indexes first, then only the page's rows read; without a limit, or with
    ``near`` (the radius is checked after), every matching row in order."""
    where_sql = " WHERE " + " AND ".join(where) if where else ""
    columns = f"{_ARTICLE}, e.event_json, e.place_lat, e.place_lon"
    if f.limit is None or f.near is not None:
        return (f"SELECT {columns} FROM events e JOIN articles a ON a.id = e.article_id{where_sql}"
                f" ORDER BY {_ORDER}")
    page = ("SELECT e.article_id AS aid, e.id AS eid, e.day AS d, a.rowid AS ar, e.seq AS s"
            f" FROM events e JOIN articles a ON a.id = e.article_id{where_sql}"
            f" ORDER BY {_ORDER} LIMIT :limit OFFSET :offset")
    return (f"SELECT {columns} FROM ({page}) p CROSS JOIN events e CROSS JOIN articles a"
            " WHERE e.article_id = p.aid AND e.id = p.eid AND a.id = p.aid"
            " ORDER BY p.d NULLS FIRST, p.ar, p.s")


def events(conn: Db, f: EventFilter) -> list[EventHit]:
    where, args = _event_where(f)
    sql = _events_sql(f, where)
    skip = f.offset
    if f.limit is not None and f.near is None:
        args["limit"], args["offset"], skip = f.limit, f.offset, 0
    hits: list[EventHit] = []
    for row in conn.execute(sql, args):
        distance = None
        if f.near is not None:
            distance = haversine_km(f.near[0], f.near[1], row[5], row[6])
            if distance > f.km:
                continue
        if skip:  # an offset the SQL could not apply (near: some rows are outside the radius)
            skip -= 1
            continue
        hits.append(EventHit(article=_ref(row), event=build(Event, json.loads(row[4])), distance_km=distance))
        if f.limit is not None and len(hits) >= f.limit:
            break
    return hits


def quotes(conn: Db, f: QuoteFilter) -> list[QuoteHit]:
    where: list[str] = []
    args: dict[str, Any] = {}
    if f.speaker:
        where.append(
            "(LOWER(q.speaker_name) LIKE :speaker ESCAPE '!'"
            " OR LOWER(q.speaker_text) LIKE :speaker ESCAPE '!')"
        )
        escaped = f.speaker.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
        args["speaker"] = f"%{escaped}%"
    if f.actor:
        where.append("(q.speaker_actor_code = :actor OR substr(q.speaker_actor_code, 1, 3) = :actor)")
        args["actor"] = f.actor.upper()
    if f.kind:
        where.append("q.kind = :kind")
        args["kind"] = f.kind.lower()
    if f.article:
        where.append("q.article_id = :article")
        args["article"] = f.article
    if f.originals:
        where.append(_ORIGINAL)
    # articles first (CROSS JOIN keeps SQLite's loops in this order): read in publication
    # order, their quotes tested, and done at the limit, rather than every quote tested and sorted
    sql = (
        f"SELECT {_ARTICLE}, q.quote_json FROM articles a CROSS JOIN quotes q"
        " WHERE " + " AND ".join(["q.article_id = a.id", *where])
        + " ORDER BY a.published NULLS FIRST, a.rowid, q.seq"
    )
    if f.limit is not None:
        sql += " LIMIT :limit"
        args["limit"] = f.limit
    rows = conn.execute(sql, args)
    return [QuoteHit(article=_ref(row), quote=build(Quote, json.loads(row[4]))) for row in rows]


def claims(
    conn: Db,
    *,
    actor: str | None,
    status: str | None,
    limit: int | None,
    between: tuple[str, str] | None = None,
    article: str | None = None,
    originals: bool = False,
) -> list[ClaimHit]:
    where: list[str] = []
    args: dict[str, Any] = {}
    if originals:
        where.append(_ORIGINAL)
    if article:
        where.append("c.article_id = :article")
        args["article"] = article
    if between:
        a, b = between[0].upper(), between[1].upper()
        where.append(
            "((c.claimant_code = :pa AND c.accused_codes LIKE :lb)"
            " OR (c.claimant_code = :pb AND c.accused_codes LIKE :la))"
        )
        args.update(pa=a, pb=b, la=f"% {a} %", lb=f"% {b} %")
    if actor:
        where.append("(c.claimant_code = :actor OR c.accused_codes LIKE :accused)")
        args["actor"] = actor.upper()
        args["accused"] = f"% {actor.upper()} %"
    if status:
        where.append("c.status = :status")
        args["status"] = status
    sql = (
        f"SELECT {_ARTICLE}, c.claim_json FROM claims c JOIN articles a ON a.id = c.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY COALESCE(c.date_value, a.published) NULLS FIRST, a.rowid, c.seq"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        args["limit"] = limit
    rows = conn.execute(sql, args).fetchall()
    found = [(row, build(Claim, json.loads(row[4]))) for row in rows]
    others = elsewhere_many(conn, [(row[0], claim.id, row[2]) for row, claim in found])
    return [ClaimHit(article=_ref(row), claim=claim, elsewhere=others[(row[0], claim.id)])
            for row, claim in found]


_LINKED = (
    "SELECT k.a, k.c, c.article_id, a.published, l.kind, c.claim_json FROM k"
    " CROSS JOIN claim_links l CROSS JOIN claims c CROSS JOIN articles a"
    " WHERE l.{here}article_id = k.a AND l.{here}claim_id = k.c"
    " AND c.article_id = l.{other}article_id AND c.id = l.{other}claim_id AND a.id = c.article_id"
)
CHUNK = 400  # claims looked up per statement


def elsewhere_many(
    conn: Db, claims: list[tuple[str, str, str | None]]
) -> dict[tuple[str, str], list[Response]]:
    """(article id, claim id) -> the responses to that claim in other stored articles, for
    each (article id, claim id, publication date) of ``claims``; through the stored links (a
    link is stored once per pair, from the claim stored later, and read both ways)."""
    linked: dict[tuple[str, str], list[LinkedClaim]] = {(a, c): [] for a, c, _ in claims}
    for start in range(0, len(claims), CHUNK):
        keys = [(a, c) for a, c, _ in claims[start:start + CHUNK]]
        marks = ", ".join("(?, ?)" for _ in keys)
        sql = (f"WITH k (a, c) AS (VALUES {marks}) " + _LINKED.format(here="", other="other_")
               + " UNION " + _LINKED.format(here="other_", other=""))
        flat = [v for key in keys for v in key]
        for here_a, here_c, other_a, published, kind, claim_json in conn.execute(sql, flat).fetchall():
            claim = build(Claim, json.loads(claim_json))
            linked[(here_a, here_c)].append(LinkedClaim(article_id=other_a, published=published, kind=kind,
                                                        claim=claim))
    return {(a, c): responses_elsewhere(published, linked[(a, c)]) for a, c, published in claims}


def article_stats(conn: Db) -> ArticleStats:
    sql = "SELECT COUNT(*), MIN(published), MAX(published) FROM articles"
    count, first, last = conn.execute(sql).fetchone()
    publishers = conn.execute(
        "SELECT source, COUNT(*) AS n FROM articles WHERE source IS NOT NULL AND source != ''"
        " GROUP BY source ORDER BY n DESC, source"
    ).fetchall()
    originals = conn.execute("SELECT COUNT(*) FROM articles WHERE copy_of IS NULL").fetchone()[0]
    return ArticleStats(count=count, first_published=first, last_published=last,
                        publishers=[(s, n) for s, n in publishers], copies=count - originals,
                        originals=originals)


def event_types(conn: Db, originals: bool) -> list[tuple[str, int]]:
    where = f" WHERE {_ORIGINAL}" if originals else ""
    rows = conn.execute(
        f"SELECT e.type, COUNT(*) AS n FROM events e JOIN articles a ON a.id = e.article_id{where}"
        " GROUP BY e.type ORDER BY n DESC, e.type"
    )
    return [(t, n) for t, n in rows]


def actor_pairs(conn: Db, limit: int, originals: bool) -> list[ActorPair]:
    rows = conn.execute(
        "WITH pairs AS (SELECT DISTINCT s.code AS src, t.code AS tgt, e.article_id, e.id, e.quad_class"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " JOIN event_actors s ON s.article_id = e.article_id AND s.event_id = e.id AND s.role = 'source'"
        " JOIN event_actors t ON t.article_id = e.article_id AND t.event_id = e.id AND t.role = 'target'"
        " WHERE s.code IS NOT NULL AND t.code IS NOT NULL"
        + (f" AND {_ORIGINAL}" if originals else "")
        + ")"
        " SELECT src, tgt, COUNT(*) AS n, SUM(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END)"
        " FROM pairs GROUP BY src, tgt ORDER BY n DESC, src, tgt LIMIT ?",
        (limit,),
    )
    return [ActorPair(source=s, target=t, events=n, cooperation=c or 0, conflict=k or 0)
            for s, t, n, c, k in rows]


def claim_statuses(conn: Db) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT status, COUNT(*) AS n FROM claims GROUP BY status ORDER BY n DESC, status")
    return [(s, n) for s, n in rows]


def failure_kinds(conn: Db, limit: int) -> list[tuple[str, str, int, str]]:
    rows = conn.execute(
        "SELECT stage, reason, COUNT(*) AS n, MIN(input) FROM failures GROUP BY stage, reason"
        " ORDER BY n DESC, stage, reason LIMIT ?",
        (limit,),
    )
    return [(stage, reason, n, example or "") for stage, reason, n, example in rows]
