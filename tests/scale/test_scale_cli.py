"""``eventwire ingest … --cluster local:N`` through the real CLI (its own small cluster)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.scale import connect, read_partitions

from .conftest import articles


def test_ingest_on_a_local_cluster_writes_partitions(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": a.text, "title": a.title}) + "\n"
                           for a in articles(6)) + "{broken\n", encoding="utf-8")
    out = tmp_path / "lake"
    result = CliRunner().invoke(cli, ["ingest", str(src), "--cluster", "local:1", "--partition", "4",
                                      "--out", str(out), "--stages", "provenance", "--json"])
    assert result.exit_code == 1  # the broken line is reported; the rest is written
    assert f"{src}:7: malformed JSON" in result.stderr
    figures = json.loads(result.stdout.splitlines()[-1])
    assert figures["read"] == 6 and figures["written"] == 6 and figures["input_failures"] == 1
    assert len(list(out.glob("part-*.jsonl"))) == 2
    assert sorted(str(r["id"]) for r in read_partitions(out)) == [f"a-{i}" for i in range(6)]


def test_a_bad_cluster_spec_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--cluster", "swarm", "--db",
                                      str(tmp_path / "x.db")])
    assert result.exit_code != 0 and "expected local, local:N or tcp://HOST:PORT" in result.output


def test_out_without_a_cluster_writes_partitions_once(tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles(3)),
                   encoding="utf-8")
    out = tmp_path / "lake"
    args = ["ingest", str(src), "--out", str(out), "--stages", "provenance", "--json"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    [part] = list(out.glob("part-*.jsonl"))
    stamp = part.stat().st_mtime_ns
    again = CliRunner().invoke(cli, args)
    assert json.loads(again.stdout.splitlines()[-1])["written"] == 3
    assert [p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")] == [stamp]  # not rewritten
    assert sorted(str(r["id"]) for r in read_partitions(out)) == ["a-0", "a-1", "a-2"]


def test_watch_keeps_one_cluster_across_polls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ..fetch.conftest import PAGES, Site

    started: list[str] = []

    def counting(spec: str) -> Any:  # the real connect, counted
        started.append(spec)
        return connect(spec)

    monkeypatch.setattr("eventwire.scale.connect", counting)
    site = Site()
    try:
        site.page("/news/port-strike", "port-strike.html")
        site.page("/news/river-dam", "river-dam.html")
        site.route("/feed.rss", (PAGES / "news.rss").read_bytes(), content_type="application/rss+xml")
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(site.url("/feed.rss") + "\n", encoding="utf-8")
        result = CliRunner().invoke(cli, ["watch", str(feeds), "--every", "0.1s", "--polls", "2", "--cluster",
                                          "local:1", "--db", str(tmp_path / "w.db"), "--allow-private",
                                          "--delay", "0", "--stages", "provenance", "--json"])
    finally:
        site.close()
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["added"] for line in result.stdout.splitlines()] == [2, 0]
    assert started == ["local:1"]
