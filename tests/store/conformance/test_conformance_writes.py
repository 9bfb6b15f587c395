"""Writing to a store: round trip, idempotency, conflicts, replacement, atomic batches, failures."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord, Failure, to_dict
from eventwire.store import Store, open_store
from eventwire.store.schema import LATEST

from .conftest import OpenBackend

Make = Callable[..., ArticleRecord]


def test_round_trip_keeps_the_whole_record(open_backend: OpenBackend, make_record: Make) -> None:
    record = make_record()
    with open_backend() as store:
        result = store.add([record])
        assert result.added == ["a1"]
        got = store.get("a1")
        assert got is not None
        assert to_dict(got) == to_dict(record)
        assert got.provenance.content_hash and got.provenance.independent_sources == 1
        assert [to_dict(r) for r in store.iter_records()] == [to_dict(record)]
        assert store.get("missing") is None


def test_the_store_follows_the_protocol(open_backend: OpenBackend) -> None:
    with open_backend() as store:
        assert isinstance(store, Store)


def test_every_table_is_filled(open_backend: OpenBackend, make_record: Make) -> None:
    with open_backend() as store:
        store.add([make_record()], [Failure(stage="ingest", reason="empty file", input="x.txt")])
        counts = store.table_counts()
    assert counts["articles"] == 1
    assert counts["actors"] == 3
    assert counts["events"] == 3
    assert counts["event_actors"] == 4
    assert counts["quotes"] == 2
    assert counts["places"] == 1
    assert counts["counts"] == 1
    assert counts["claims"] == 1
    assert counts["claim_responses"] == 1
    assert counts["failures"] == 2  # the stage failure in the record + the ingest failure
    assert counts["shingles"] > 0
    assert counts["schema_migrations"] == LATEST


def test_adding_the_same_articles_twice_changes_no_table(
    open_backend: OpenBackend, make_record: Make
) -> None:
    bad = [Failure(stage="ingest", reason="undecodable bytes", input="bad.txt:3")]
    batch = [make_record("a1"), make_record("a2", extra=" Another story entirely." * 3, source="X")]
    with open_backend() as store:
        store.add(copy.deepcopy(batch), bad)
        before = store.table_counts()
        again = store.add(copy.deepcopy(batch), bad)
        assert again.added == [] and sorted(again.skipped) == ["a1", "a2"] and again.failures == 0
        assert store.table_counts() == before
    with open_backend() as store:  # and after reopening the store
        store.add(copy.deepcopy(batch), bad)
        assert store.table_counts() == before


def test_duplicates_inside_one_batch_are_stored_once(open_backend: OpenBackend, make_record: Make) -> None:
    with open_backend() as store:
        result = store.add([make_record("a1"), make_record("a1")])
        assert result.added == ["a1"] and result.skipped == ["a1"]
        assert store.table_counts()["articles"] == 1


def test_same_id_with_other_text_keeps_the_first_and_reports(
    open_backend: OpenBackend, make_record: Make
) -> None:
    first = make_record("a1")
    changed = make_record("a1", dead=21)
    with open_backend() as store:
        store.add([first])
        before = store.table_counts()
        result = store.add([changed])
        assert result.conflicts == ["a1"] and result.added == [] and result.failures == 1
        stored = store.get("a1")
        assert stored is not None and "20 dead" in stored.text
        assert [f.stage for f in store.failures()].count("store") == 1
        after = store.table_counts()
        assert after["articles"] == before["articles"] and after["events"] == before["events"]


def test_replace_swaps_every_row_in_one_go(open_backend: OpenBackend, make_record: Make) -> None:
    first = make_record("a1")
    changed = make_record("a1", dead=21)
    with open_backend() as store:
        store.add([first])
        before = store.table_counts()
        result = store.add([changed], replace=True)
        assert result.replaced == ["a1"]
        stored = store.get("a1")
        assert stored is not None and "21 dead" in stored.text
        assert stored.provenance.republished_from is None
        assert store.table_counts() == before
        assert next(h.event.sentence.text for h in store.events()).startswith("Clashes in Arauca left 21")


def test_replace_settles_the_conflict_recorded_before(open_backend: OpenBackend, make_record: Make) -> None:
    other = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:4")
    with open_backend() as store:
        store.add([make_record("a1")], [other])
        assert store.add([make_record("a1", dead=21)]).conflicts == ["a1"]
        assert [f.stage for f in store.failures()].count("store") == 1
        assert store.add([make_record("a1", dead=21)], replace=True).replaced == ["a1"]
        # the conflict is gone with the replacement; other failures stay
        kept = [(f.stage, f.input) for f in store.failures()]
        assert ("store", "a1") not in kept and ("ingest", "in.jsonl:4") in kept


def test_a_batch_is_one_transaction(open_backend: OpenBackend, make_record: Make) -> None:
    broken = make_record("a2")
    broken.events[0].trigger = None  # type: ignore[assignment]  # writing it fails mid-batch
    with open_backend() as store:
        with pytest.raises(AttributeError):
            store.add([make_record("a1"), broken], [Failure(stage="ingest", reason="r", input="i")])
        counts = store.table_counts()
        assert counts["articles"] == 0 and counts["failures"] == 0 and counts["events"] == 0
        store.add([make_record("a1")])  # the store is still usable
        assert store.table_counts()["articles"] == 1


def test_the_same_failure_is_recorded_once(open_backend: OpenBackend) -> None:
    failure = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:4")
    with open_backend() as store:
        assert store.add([], [failure, failure]).failures == 1
        assert store.add([], [failure]).failures == 0
        other_line = Failure(stage="ingest", reason="malformed JSON", input="in.jsonl:5")
        assert store.add([], [other_line]).failures == 1
        assert [f.input for f in store.failures()] == ["in.jsonl:4", "in.jsonl:5"]


def test_an_analysis_that_failed_is_replaced_by_a_clean_one(
    open_backend: OpenBackend, make_record: Make
) -> None:
    failed = make_record("a1")  # carries a stage failure (see conftest)
    clean = make_record("a1")
    clean.failures = []
    with open_backend() as store:
        store.add([failed])
        assert store.has("a1", failed.text) and not store.has("a1", failed.text, complete=True)
        assert store.add([copy.deepcopy(failed)]).skipped == ["a1"]  # failing again: kept as is
        before = store.table_counts()
        assert store.add([clean]).replaced == ["a1"]
        after = store.table_counts()
        assert after["failures"] == before["failures"] - 1
        assert {k: v for k, v in after.items() if k != "failures"} == {
            k: v for k, v in before.items() if k != "failures"}
        assert store.has("a1", clean.text, complete=True)
        assert store.add([copy.deepcopy(clean)]).skipped == ["a1"]


def test_the_environment_names_any_backend(
    backend_url: str, monkeypatch: pytest.MonkeyPatch, make_record: Make
) -> None:
    monkeypatch.setenv("EVENTWIRE_DB", backend_url)
    with open_store() as store:
        store.add([make_record("env")])
    with open_store(backend_url) as store:
        assert store.has("env")
