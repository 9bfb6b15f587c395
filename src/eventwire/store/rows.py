"""Write one :class:`ArticleRecord` into the SQLite tables (see :mod:`.schema`)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any
from urllib.parse import urlparse

from ..model import ActorMention, ArticleRecord, Claim, Event, Quote, to_dict


def dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def _codes(actors: list[ActorMention]) -> str:
    """Space-separated distinct codes, with a space at each end for ``LIKE '% COL %'``."""
    codes = sorted({a.code for a in actors if a.code})
    return " " + " ".join(codes) + " " if codes else ""


def publisher(record: ArticleRecord) -> str | None:
    """The publisher of this copy: the provenance stage's, else the record's source, else the URL host."""
    if record.provenance.source:
        return record.provenance.source
    if record.source:
        return record.source
    if record.url:
        host = urlparse(record.url if "//" in record.url else "//" + record.url).hostname
        return host.removeprefix("www.") if host else None
    return None


def insert_record(
    conn: sqlite3.Connection, record: ArticleRecord, content_hash: str, story_hash: str, story_id: str
) -> None:
    conn.execute(
        "INSERT INTO articles (id, title, published, url, source, text, content_hash, schema_version,"
        " story_id, story_hash, publisher, record_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.id, record.title, record.published, record.url, record.source, record.text,
            content_hash, record.schema_version, story_id, story_hash, publisher(record), dumps(record),
        ),
    )
    conn.executemany(
        "INSERT INTO actors (article_id, idx, start, \"end\", text, name, code, country, sector, kind,"
        " role, affiliation, entity, wikidata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (record.id, i, a.start, a.end, a.text, a.name, a.code, a.country, a.sector, a.kind,
             a.role, a.affiliation, a.entity, a.wikidata)
            for i, a in enumerate(record.actors)
        ],
    )
    for seq, event in enumerate(record.events):
        _insert_event(conn, record.id, seq, event)
    for seq, quote in enumerate(record.quotes):
        _insert_quote(conn, record.id, seq, quote)
    conn.executemany(
        "INSERT INTO places (article_id, idx, start, \"end\", text, name, lat, lon, country, admin1,"
        " geonames_id, feature_code, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (record.id, i, p.start, p.end, p.text, p.name, p.lat, p.lon, p.country, p.admin1,
             p.geonames_id, p.feature_code, p.kind)
            for i, p in enumerate(record.places)
        ],
    )
    conn.executemany(
        "INSERT INTO counts (article_id, idx, start, \"end\", text, category, low, best, high,"
        " qualifier, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (record.id, i, c.start, c.end, c.text, c.category, c.low, c.best, c.high, c.qualifier,
             c.event_id)
            for i, c in enumerate(record.counts)
        ],
    )
    for seq, claim in enumerate(record.claims):
        _insert_claim(conn, record.id, seq, claim)
    conn.executemany(
        "INSERT OR IGNORE INTO failures (article_id, stage, reason, input) VALUES (?, ?, ?, ?)",
        [(record.id, f.stage, f.reason, f.input or record.id) for f in record.failures],
    )


def _insert_event(conn: sqlite3.Connection, article_id: str, seq: int, e: Event) -> None:
    date, place = e.date, e.place
    conn.execute(
        "INSERT OR REPLACE INTO events (article_id, id, seq, type, cameo, quad_class, goldstein,"
        " date_raw, date_value, date_granularity, place_name, place_lat, place_lon, place_country,"
        " confidence, negated, hypothetical, reported, sentence_start, sentence_end, trigger_start,"
        " trigger_end, trigger_text, event_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id, e.id, seq, e.type.upper(), e.cameo, e.quad_class, e.goldstein,
            date.raw if date else None, date.value if date else None,
            date.granularity if date else None,
            place.name if place else None, place.lat if place else None,
            place.lon if place else None, place.country if place else None,
            e.confidence, int(e.negated), int(e.hypothetical), int(e.reported),
            e.sentence.start, e.sentence.end, e.trigger.start, e.trigger.end, e.trigger.text,
            dumps(e),
        ),
    )
    rows = [
        (article_id, e.id, role, i, a.code, a.sector, a.actor_code, a.name, a.text, a.start, a.end)
        for role, actors in (("source", e.source), ("target", e.target))
        for i, a in enumerate(actors)
    ]
    conn.executemany(
        "INSERT OR REPLACE INTO event_actors (article_id, event_id, role, idx, code, sector,"
        " actor_code, name, text, start, \"end\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _insert_quote(conn: sqlite3.Connection, article_id: str, seq: int, q: Quote) -> None:
    s = q.speaker
    conn.execute(
        "INSERT OR REPLACE INTO quotes (article_id, id, seq, kind, content, content_start, content_end,"
        " cue, speaker_text, speaker_name, speaker_role, speaker_affiliation, speaker_type,"
        " speaker_actor_code, event_id, confidence, quote_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id, q.id, seq, q.kind, q.content.text, q.content.start, q.content.end,
            q.cue.text if q.cue else None,
            s.text if s else None, s.name if s else None, s.role if s else None,
            s.affiliation if s else None, s.type if s else None, s.actor_code if s else None,
            q.event_id, q.confidence, dumps(q),
        ),
    )


def _insert_claim(conn: sqlite3.Connection, article_id: str, seq: int, c: Claim) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO claims (article_id, id, seq, claimant_code, claimant_name, accused_codes,"
        " proposition, proposition_start, proposition_end, status, date_value, claim_json)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article_id, c.id, seq, c.claimant.code if c.claimant else None,
            c.claimant.name if c.claimant else None, _codes(c.accused),
            c.proposition.text, c.proposition.start, c.proposition.end, c.status,
            c.date.value if c.date else None, dumps(c),
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO claim_responses (article_id, claim_id, idx, kind, responder_code,"
        " responder_name, text, start, \"end\", event_id, response_article_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, c.id, i, r.kind, r.responder.code if r.responder else None,
             r.responder.name if r.responder else None, r.span.text, r.span.start, r.span.end,
             r.event_id, r.article_id)
            for i, r in enumerate(c.responses)
        ],
    )
