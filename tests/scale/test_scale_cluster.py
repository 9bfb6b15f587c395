"""Ingest on a real local Dask cluster (two worker processes): store, partitions, a dead worker."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import ConfigError
from eventwire.fetch import FetchMeta, Work
from eventwire.model import ArticleRecord
from eventwire.pipeline import PipelineConfig
from eventwire.scale import (
    DaskRunner,
    connect,
    dask_temp_dir,
    ingest_works,
    parse_spec,
    read_partitions,
    write_works,
)
from eventwire.scale.worker import worker_stats
from eventwire.store import open_store

from .conftest import CONFIG, articles


def _works(n: int) -> list[Work]:
    return [(a, None) for a in articles(n)]


def test_records_come_back_and_are_stored_once(client: Any, tmp_path: Path) -> None:
    runner = DaskRunner(client, CONFIG, partition=3)
    with open_store(tmp_path / "c.db") as store:
        first = ingest_works(store, _works(10), runner)
        assert (first.read, first.added, first.skipped) == (10, 10, 0)
        again = ingest_works(store, _works(12), runner)  # two new ones
        assert (again.read, again.added, again.skipped) == (12, 2, 10)
        stored = {r.id: r for r in store.iter_records()}
    assert sorted(stored) == sorted(a.id for a in articles(12))
    assert stored["a-4"].text == articles(5)[4].text and stored["a-4"].provenance.content_hash


def test_each_worker_builds_its_pipeline_once(client: Any) -> None:
    records = list(DaskRunner(client, CONFIG, partition=2).analyse(_works(8)))
    assert sorted(r.id for r in records) == sorted(f"a-{i}" for i in range(8))
    stats = client.run(worker_stats)
    assert all(s["builds"] <= 1 for s in stats.values())
    assert sum(s["partitions"] for s in stats.values()) >= 4


def test_fetch_facts_travel_with_the_articles(client: Any) -> None:
    meta = FetchMeta(final_url="https://news.example/a", http_status=200,
                     fetched_at="2025-03-14T09:30:00+00:00", body_hash="ab" * 32)
    [article] = articles(1)
    [record] = DaskRunner(client, CONFIG).analyse([(article, meta)])
    assert isinstance(record, ArticleRecord)
    assert record.provenance.final_url == "https://news.example/a" and record.provenance.http_status == 200


def test_workers_write_partitions_once(client: Any, tmp_path: Path) -> None:
    out = tmp_path / "lake"
    runner = DaskRunner(client, CONFIG, partition=4)
    report = write_works(_works(10), runner, str(out))
    assert report.written == 10
    files = sorted(out.glob("part-*.jsonl"))
    assert len(files) == 3
    stamps = {f: f.stat().st_mtime_ns for f in files}
    write_works(_works(10), runner, str(out))  # a re-run rewrites nothing
    assert {f: f.stat().st_mtime_ns for f in sorted(out.glob("part-*.jsonl"))} == stamps
    assert sorted(str(r["id"]) for r in read_partitions(out)) == sorted(f"a-{i}" for i in range(10))
    assert not list(out.glob(".*.tmp"))


def test_a_dead_worker_loses_no_article(client: Any, tmp_path: Path) -> None:
    """Kill a worker process while partitions are in flight: its partitions run elsewhere."""
    pids = client.run(os.getpid)
    runner = DaskRunner(client, CONFIG, partition=1, in_flight=6)
    killed: list[int] = []

    def kill_after_first(records: Iterator[ArticleRecord]) -> Iterator[ArticleRecord]:
        for record in records:
            if not killed:
                victim = next(iter(pids.values()))
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)
            yield record

    class Killing:
        failed = runner.failed

        def write(self, works: Any, out_dir: str, fmt: str = "jsonl") -> Iterator[list[str]]:
            raise NotImplementedError

        def analyse(self, works: Any) -> Iterator[ArticleRecord]:
            return kill_after_first(runner.analyse(works))

    with open_store(tmp_path / "k.db") as store:
        report = ingest_works(store, _works(16), Killing())
        ids = sorted(r.id for r in store.iter_records())
    assert killed and report.added == 16
    assert ids == sorted(f"a-{i}" for i in range(16))
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it


def test_a_partition_that_keeps_failing_is_recorded_and_the_run_goes_on(client: Any, tmp_path: Path) -> None:
    broken = PipelineConfig(stages=("provenance", "no-such-stage"))  # every worker fails to build it
    runner = DaskRunner(client, broken, partition=2, retries=1)
    with open_store(tmp_path / "f.db") as store:
        report = ingest_works(store, _works(3), runner)
        stored = list(store.failures())
    assert report.added == 0 and not report.ok
    assert sorted(str(f.input) for f in report.failures) == ["a-0", "a-1", "a-2"]
    assert all(f.stage == "cluster" and "no-such-stage" in f.reason for f in report.failures)
    assert sorted(str(f.input) for f in stored) == ["a-0", "a-1", "a-2"]


def test_an_existing_scheduler_is_joined_by_address(client: Any) -> None:
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    with connect(address) as other:
        records = list(DaskRunner(other, CONFIG).analyse(_works(2)))
    assert sorted(r.id for r in records) == ["a-0", "a-1"]
    assert client.status == "running"  # leaving the second client leaves the cluster up


def test_cluster_specs_and_temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_spec("local:3") == ("local", 3)
    assert parse_spec("tcp://10.0.0.5:8786") == ("remote", "tcp://10.0.0.5:8786")
    assert parse_spec("local")[0] == "local"
    with pytest.raises(ConfigError, match="expected local, local:N or tcp://HOST:PORT"):
        parse_spec("kubernetes")
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "cache"))
    assert dask_temp_dir() == tmp_path / "cache" / "dask" and dask_temp_dir().is_dir()



def test_workers_keep_glibc_default_trimming_and_one_thread(client: Any) -> None:
    """A nanny's default MALLOC_TRIM_THRESHOLD_=65536 cost the analysis 16 % more CPU."""
    trim = client.run(os.getenv, "MALLOC_TRIM_THRESHOLD_")
    threads = client.run(os.getenv, "OMP_NUM_THREADS")
    assert len(trim) == 2 and set(trim.values()) == {None}
    assert set(threads.values()) == {"1"}
