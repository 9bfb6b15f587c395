"""Hand-made article records covering every table of the store."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest

from eventwire.model import (
    ActorMention,
    ArticleRecord,
    Claim,
    Count,
    Event,
    EventDate,
    Failure,
    Place,
    Quote,
    Response,
    Span,
    Speaker,
)

TEXT = (
    "Colombia accused Russia of interference on Friday. "
    "The Russian Embassy rejected the “unfounded” accusations. "
    "Clashes in Arauca left {dead} dead, officials said."
)


def span(text: str, piece: str, after: int = 0) -> Span:
    start = text.index(piece, after)
    return Span(start, start + len(piece), piece)


def actor(
    text: str, piece: str, name: str, code: str, sector: str | None, kind: str = "country"
) -> ActorMention:
    s = span(text, piece)
    return ActorMention(s.start, s.end, s.text, name=name, code=code, country=code, sector=sector, kind=kind)


def build_record(
    article_id: str = "a1",
    extra: str = "",
    source: str | None = "El Tiempo",
    published: str | None = "2021-03-26",
    dead: int = 20,
) -> ArticleRecord:
    """A record with one of each element; ``extra`` is appended to the text."""
    text = TEXT.format(dead=dead) + extra
    col = actor(text, "Colombia", "Colombia", "COL", "GOV")
    rus = actor(text, "Russia", "Russia", "RUS", None)
    emb = actor(text, "The Russian Embassy", "Embassy of Russia", "RUS", "GOV", kind="organisation")
    s1 = span(text, "Colombia accused Russia of interference on Friday.")
    s2 = span(text, "The Russian Embassy rejected the “unfounded” accusations.")
    s3 = span(text, f"Clashes in Arauca left {dead} dead, officials said.")
    arauca = span(text, "Arauca")
    place = Place(arauca.start, arauca.end, arauca.text, name="Arauca", lat=7.0847, lon=-70.7591,
                  country="COL", admin1="Arauca", geonames_id=3689717, feature_code="PPLA",
                  confidence=0.9)
    dead_span = span(text, f"{dead} dead")
    count = Count(dead_span.start, dead_span.end, dead_span.text, category="dead",
                  low=dead, best=dead, high=dead, event_id=f"{article_id}#e3", place=place)
    friday = span(text, "on Friday")
    e1 = Event(id=f"{article_id}#e1", type="ACCUSE", trigger=span(text, "accused"), sentence=s1,
               cameo="112", quad_class=3, goldstein=-2.0, source=[col], target=[rus],
               date=EventDate(raw=friday.text, value="2021-03-26", granularity="day",
                              start=friday.start, end=friday.end),
               confidence=0.9, rule="test")
    e2 = Event(id=f"{article_id}#e2", type="REJECT", trigger=span(text, "rejected"), sentence=s2,
               cameo="125", quad_class=3, goldstein=-5.0, source=[emb], target=[col],
               negated=False, confidence=0.8)
    e3 = Event(id=f"{article_id}#e3", type="ASSAULT", trigger=span(text, "Clashes"), sentence=s3,
               cameo="190", quad_class=4, goldstein=-10.0, place=place, counts=[count],
               date=EventDate(raw=None, value="2021-03-25", granularity="day", basis="published"),
               confidence=0.7)
    content = span(text, "unfounded")
    quote = Quote(id=f"{article_id}#q1", kind="direct", content=content, cue=span(text, "rejected"),
                  speaker=Speaker(emb.start, emb.end, emb.text, name="Embassy of Russia",
                                  type="organisation", actor_code="RUSGOV"),
                  event_id=e2.id, confidence=0.9)
    officials = span(text, "officials")
    reported = span(text, f"Clashes in Arauca left {dead} dead")
    quote2 = Quote(id=f"{article_id}#q2", kind="indirect", content=reported,
                   cue=span(text, "said"),
                   speaker=Speaker(officials.start, officials.end, officials.text, name="officials",
                                   type="official"))
    claim = Claim(id=f"{article_id}#c1", claimant=col, accused=[rus], proposition=span(text, "interference"),
                  status="denied", hedges=[span(text, "unfounded")], event_ids=[e1.id],
                  responses=[Response(kind="denial", responder=emb, span=s2, event_id=e2.id)])
    record = ArticleRecord(id=article_id, text=text, title="Colombia accuses Russia", published=published,
                           url=f"https://example.org/{article_id}", source=source,
                           actors=[col, rus, emb], events=[e1, e2, e3], quotes=[quote, quote2],
                           places=[place], claims=[claim], counts=[count],
                           failures=[Failure(stage="events", reason="ValueError: test", input=article_id)])
    return record


@pytest.fixture
def make_record() -> Callable[..., ArticleRecord]:
    return build_record


PG_ENV = "EVENTWIRE_TEST_PG"


def pg_dsn() -> str:
    """The test server's DSN; a test needing it fails in CI without one and skips elsewhere."""
    dsn = os.environ.get(PG_ENV)
    if not dsn:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but ${PG_ENV} is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip(f"needs a PostgreSQL server: set ${PG_ENV} to a DSN (.ci/run starts one)")
    return dsn


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL of an empty schema of its own on the test server, dropped afterwards."""
    import psycopg

    dsn = pg_dsn()
    schema = f"ew_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{dsn}{'&' if '?' in dsn else '?'}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
