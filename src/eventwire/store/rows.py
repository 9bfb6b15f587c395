"""One :class:`ArticleRecord` and its links as table rows (see :mod:`.schema`).

:func:`table_rows` turns a record into the rows of every table, the one flattening every
backend shares (the SQL stores insert them, the in-memory store counts and checks them);
a record that cannot be flattened fails here, before anything is written. Elements with a
repeated id inside one record are written once, the last one winning.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TypeVar

from ..linking import RecordLinks
from ..model import ActorMention, ArticleRecord, Claim, Event, Quote, to_dict
from .sql import Db

T = TypeVar("T", Event, Quote, Claim)
Row = tuple[Any, ...]

# table -> columns, in insertion order (parents before children)
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "title", "published", "url", "source", "text", "content_hash", "schema_version",
                 "story_id", "story_hash", "publisher", "record_json"),
    "actors": ("article_id", "idx", "start", "end", "text", "name", "code", "country", "sector", "kind",
               "role", "affiliation", "entity", "wikidata"),
    "events": ("article_id", "id", "seq", "type", "cameo", "quad_class", "goldstein", "date_raw",
               "date_value", "date_granularity", "place_name", "place_lat", "place_lon", "place_country",
               "confidence", "negated", "hypothetical", "reported", "sentence_start", "sentence_end",
               "trigger_start", "trigger_end", "trigger_text", "event_json", "day"),
    "event_actors": ("article_id", "event_id", "role", "idx", "code", "sector", "actor_code", "name",
                     "text", "start", "end"),
    "quotes": ("article_id", "id", "seq", "kind", "content", "content_start", "content_end", "cue",
               "speaker_text", "speaker_name", "speaker_role", "speaker_affiliation", "speaker_type",
               "speaker_actor_code", "event_id", "confidence", "quote_json"),
    "places": ("article_id", "idx", "start", "end", "text", "name", "lat", "lon", "country", "admin1",
               "geonames_id", "feature_code", "kind"),
    "counts": ("article_id", "idx", "start", "end", "text", "category", "low", "best", "high",
               "qualifier", "event_id"),
    "claims": ("article_id", "id", "seq", "claimant_code", "claimant_name", "accused_codes", "proposition",
               "proposition_start", "proposition_end", "status", "date_value", "claim_json"),
    "claim_responses": ("article_id", "claim_id", "idx", "kind", "responder_code", "responder_name",
                        "text", "start", "end", "event_id", "response_article_id"),
    "failures": ("article_id", "stage", "reason", "input"),
    "shingles": ("hash", "article_id"),
    "claim_links": ("article_id", "claim_id", "other_article_id", "other_claim_id", "kind"),
}
# a failure may be met again (one bad input is recorded once); every other row is new by
# construction (its key starts with the new article's id; sketch hashes and links are distinct)
IGNORE_DUPLICATES = frozenset({"failures"})
# tables the write-time look-ups read: their rows must be in before the next record is linked
LOOKED_UP = ("articles", "claims", "shingles", "failures")
# tables nothing reads while writing: a store may insert their rows in bulk at commit
DEFERRABLE = ("actors", "events", "event_actors", "quotes", "places", "counts", "claim_responses",
              "claim_links")


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def accused_codes(actors: list[ActorMention]) -> str:
    """Space-separated distinct codes, with a space at each end for ``LIKE '% COL %'``."""
    codes = sorted({a.code for a in actors if a.code})
    return " " + " ".join(codes) + " " if codes else ""


def last_by_id(items: Sequence[T]) -> list[tuple[int, T]]:
    """``(position, item)`` for the last item of each id, in position order."""
    last = {item.id: (i, item) for i, item in enumerate(items)}
    return sorted(last.values(), key=lambda pair: pair[0])


def table_rows(record: ArticleRecord, links: RecordLinks) -> dict[str, list[Row]]:
    """The rows of every table for ``record`` (keys in :data:`COLUMNS` order)."""
    rid = record.id
    data = to_dict(record)  # the JSON form of the record and of each event, quote and claim
    rows: dict[str, list[Row]] = {name: [] for name in COLUMNS}
    rows["articles"].append((rid, record.title, record.published, record.url, record.source, record.text,
                             links.content_hash, record.schema_version, links.story_id, links.story_hash,
                             links.publisher, _json(data)))
    rows["actors"] = [(rid, i, a.start, a.end, a.text, a.name, a.code, a.country, a.sector, a.kind,
                       a.role, a.affiliation, a.entity, a.wikidata) for i, a in enumerate(record.actors)]
    for seq, event in last_by_id(record.events):
        rows["events"].append(_event_row(rid, seq, event, _json(data["events"][seq]), record.published))
        rows["event_actors"] += [
            (rid, event.id, role, i, a.code, a.sector, a.actor_code, a.name, a.text, a.start, a.end)
            for role, actors in (("source", event.source), ("target", event.target))
            for i, a in enumerate(actors)
        ]
    rows["quotes"] = [_quote_row(rid, seq, q, _json(data["quotes"][seq]))
                      for seq, q in last_by_id(record.quotes)]
    rows["places"] = [(rid, i, p.start, p.end, p.text, p.name, p.lat, p.lon, p.country, p.admin1,
                       p.geonames_id, p.feature_code, p.kind) for i, p in enumerate(record.places)]
    rows["counts"] = [(rid, i, c.start, c.end, c.text, c.category, c.low, c.best, c.high, c.qualifier,
                       c.event_id) for i, c in enumerate(record.counts)]
    for seq, c in last_by_id(record.claims):
        rows["claims"].append((rid, c.id, seq, c.claimant.code if c.claimant else None,
                               c.claimant.name if c.claimant else None, accused_codes(c.accused),
                               c.proposition.text, c.proposition.start, c.proposition.end, c.status,
                               c.date.value if c.date else None, _json(data["claims"][seq])))
        rows["claim_responses"] += [
            (rid, c.id, i, r.kind, r.responder.code if r.responder else None,
             r.responder.name if r.responder else None, r.span.text, r.span.start, r.span.end,
             r.event_id, r.article_id)
            for i, r in enumerate(c.responses)
        ]
    rows["failures"] = [(rid, f.stage, f.reason, f.input or rid) for f in record.failures]
    rows["shingles"] = [(h, rid) for h in links.sketch]
    rows["claim_links"] = [(k.article_id, k.claim_id, k.other_article_id, k.other_claim_id, k.kind)
                           for k in links.claim_links]
    return rows


def event_day(e: Event, published: str | None) -> str | None:
    """The day an event query orders and filters by (``events.day``): the event's date, else
    the publication day (the SQL ``COALESCE(date_value, substr(published, 1, 10))``)."""
    if e.date is not None and e.date.value is not None:
        return e.date.value
    return None if published is None else published[:10]


def _event_row(article_id: str, seq: int, e: Event, event_json: str, published: str | None) -> Row:
    date, place = e.date, e.place
    return (
        article_id, e.id, seq, e.type.upper(), e.cameo, e.quad_class, e.goldstein,
        date.raw if date else None, date.value if date else None, date.granularity if date else None,
        place.name if place else None, place.lat if place else None,
        place.lon if place else None, place.country if place else None,
        e.confidence, int(e.negated), int(e.hypothetical), int(e.reported),
        e.sentence.start, e.sentence.end, e.trigger.start, e.trigger.end, e.trigger.text, event_json,
        event_day(e, published),
    )


def _quote_row(article_id: str, seq: int, q: Quote, quote_json: str) -> Row:
    s = q.speaker
    return (
        article_id, q.id, seq, q.kind, q.content.text, q.content.start, q.content.end,
        q.cue.text if q.cue else None,
        s.text if s else None, s.name if s else None, s.role if s else None,
        s.affiliation if s else None, s.type if s else None, s.actor_code if s else None,
        q.event_id, q.confidence, quote_json,
    )


def insert_sql(table: str) -> str:
    cols = COLUMNS[table]
    verb = "INSERT OR IGNORE INTO" if table in IGNORE_DUPLICATES else "INSERT INTO"
    names = ", ".join(f'"{c}"' if c == "end" else c for c in cols)
    return f"{verb} {table} ({names}) VALUES ({', '.join('?' * len(cols))})"


def insert_record(
    conn: Db, record: ArticleRecord, links: RecordLinks, pending: dict[str, list[Row]] | None = None
) -> None:
    """Insert the article's rows, its sketch and its claim links; with ``pending``, the rows are
    added to it instead, for the caller to insert in bulk (:data:`LOOKED_UP` tables before the
    next record is linked, the :data:`DEFERRABLE` ones by the end of the transaction)."""
    for table, rows in table_rows(record, links).items():
        if pending is not None:
            pending.setdefault(table, []).extend(rows)
        elif rows:
            conn.executemany(insert_sql(table), rows)
