"""Every backend gives the same answers as the in-memory reference, query by query.

One scenario touches every table and every query: three stories (one republished twice,
in an order that makes the later-stored copy the original), claims linked across
stories, a conflict, a replacement, stage and input failures, undated articles.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from eventwire.model import ArticleRecord, Failure, to_dict
from eventwire.store import EventFilter, QuoteFilter, Store, backends, open_store

from .conftest import BACKENDS, OpenBackend

Make = Callable[..., ArticleRecord]


def _scenario(make_record: Make) -> list[tuple[list[ArticleRecord], list[Failure], bool]]:
    first = make_record("s1", published="2021-03-26")
    copy_early = make_record("s1-copy", source="Gulf Times", published="2021-03-25")  # published before
    undated = make_record("u1", extra=" A second, unrelated part of the story." * 30, source=None,
                          published=None)
    other = make_record("o1", extra=" Something else entirely happened in the region." * 30,
                        source="La Patilla", published="2021-04-02")
    changed = make_record("o1", extra=" Something else entirely happened in the region." * 30,
                          source="La Patilla", published="2021-04-02", dead=30)
    bad = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:3")
    return [
        ([first, other], [bad], False),
        ([copy_early, undated], [bad, Failure(stage="ingest", reason="empty file", input="e.txt")], False),
        ([copy.deepcopy(changed)], [], False),  # a conflict: kept the first
        ([changed], [], True),  # replaced
    ]


def _answers(store: Store) -> dict[str, Any]:
    queries: dict[str, Any] = {
        "events": store.events(),
        "events_actor": store.events(EventFilter(actor="RUS", originals=True)),
        "events_since": store.events(EventFilter(since="2021-03-26", until="2021-04")),
        "events_near": store.events(EventFilter(near=(7.08, -70.76), km=25, limit=3)),
        "events_country": store.events(EventFilter(country="COL", type="ASSAULT", article="s1-copy")),
        "quotes": store.quotes(),
        "quotes_speaker": store.quotes(QuoteFilter(speaker="EMBASSY", originals=True)),
        "quotes_kind": store.quotes(QuoteFilter(kind="indirect", limit=2)),
        "claims": store.claims(),
        "claims_between": store.claims(between=("RUS", "COL"), originals=True),
        "claims_status": store.claims(actor="col", status="denied", limit=2),
        "records": list(store.iter_records()),
        "get": [store.get(i) for i in ("s1", "s1-copy", "u1", "o1", "none")],
        "failures": store.failures(),
        "failure_kinds": store.failure_kinds(),
        "stats": store.article_stats(),
        "types": (store.event_types(), store.event_types(originals=True)),
        "pairs": (store.actor_pairs(), store.actor_pairs(1, originals=True)),
        "statuses": store.claim_statuses(),
        "tables": store.table_counts(),
        "has": [store.has("s1"), store.has("u1", "other text"), store.has("o1", complete=True)],
    }
    return {k: to_dict(v) for k, v in queries.items()}


def _run(store: Store, make_record: Make) -> list[Any]:
    results = [to_dict(store.add(records, failures, replace=replace))
               for records, failures, replace in _scenario(make_record)]
    return [results, _answers(store)]


def test_every_backend_answers_like_the_reference(open_backend: OpenBackend, make_record: Make) -> None:
    with open_store("memory:") as reference:
        expected = _run(reference, make_record)
    with open_backend() as store:
        got = _run(store, make_record)
    assert got[0] == expected[0]
    for key, value in expected[1].items():
        assert got[1][key] == value, key
    assert got[1]["stats"]["copies"] == 1 and got[1]["get"][0]["provenance"]["republished_from"] == "s1-copy"


def test_every_built_in_backend_is_in_the_suite() -> None:
    suite = {p if isinstance(p, str) else p.values[0] for p in BACKENDS}
    assert {"sqlite", "memory", "postgresql"} <= set(backends())
    assert suite == {"sqlite", "memory", "postgresql"}
