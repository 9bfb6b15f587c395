"""``eventwire ingest URL... / --feed`` and ``eventwire watch`` through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from eventwire.cli import cli
from eventwire.contract import validate
from eventwire.model import to_dict
from eventwire.store import open_store

from .conftest import PAGES, Site


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "400"})


def _figures(result: Result) -> dict[str, int]:
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _serve(site: Site) -> None:
    site.page("/news/port-strike", "port-strike.html")
    site.page("/news/river-dam", "river-dam.html")
    site.route("/news/tram", (PAGES / "tram-latin1.html").read_bytes(), content_type="text/html")
    site.route("/feed.rss", (PAGES / "news.rss").read_bytes(), content_type="application/rss+xml")
    site.route("/feed.atom", (PAGES / "news.atom").read_bytes(), content_type="application/atom+xml")


BASE = ("--stages", "provenance", "--delay", "0", "--json")


def test_ingest_urls_records_the_fetch_in_provenance(site: Site, tmp_path: Path) -> None:
    _serve(site)
    site.route("/moved", status=301, headers={"Location": "/news/port-strike"})
    db = tmp_path / "news.db"
    result = invoke("ingest", site.url("/moved"), site.url("/missing"), "--db", str(db), "--allow-private",
                    "--user-agent", "eventwire (ops@news.example)", *BASE)
    assert result.exit_code == 1  # the 404 is a failure; the page is stored anyway
    assert f"{site.url('/missing')}: HTTP 404" in result.stderr
    assert _figures(result)["added"] == 1
    assert {h["user-agent"] for _, h in site.hits} == {"eventwire (ops@news.example)"}
    with open_store(db) as store:
        [record] = list(store.iter_records())
        failures = store.failures()
    validate(to_dict(record))
    prov = record.provenance
    assert prov.final_url == site.url("/news/port-strike") and prov.http_status == 200
    assert prov.fetched_at and prov.body_hash and len(prov.body_hash) == 64
    assert prov.source == "Harbour Ledger" and record.url == "https://harbour-ledger.example/news/port-strike"
    assert [(f.stage, f.input) for f in failures] == [("fetch", site.url("/missing"))]


def test_a_loopback_url_is_refused_without_allow_private(site: Site, tmp_path: Path) -> None:
    _serve(site)
    db = tmp_path / "news.db"
    result = invoke("ingest", site.url("/news/river-dam"), "--db", str(db), *BASE)
    assert result.exit_code == 1
    assert "127.0.0.1, a loopback address; refused" in result.stderr
    assert _figures(result)["added"] == 0 and site.hits == []


def test_feeds_are_ingested_once_across_runs(site: Site, tmp_path: Path) -> None:
    _serve(site)
    db = tmp_path / "news.db"
    args = ("ingest", "--feed", site.url("/feed.rss"), "--feed", site.url("/feed.atom"), "--db", str(db),
            "--allow-private", *BASE)
    first = invoke(*args)
    assert first.exit_code == 0, first.output
    assert _figures(first)["added"] == 3 and _figures(first)["fetched"] == 3
    assert (tmp_path / "news.db.fetch.sqlite").exists()
    pages_before = [p for p in site.paths() if p.startswith("/news/")]
    second = invoke(*args)
    assert second.exit_code == 0
    figures = _figures(second)
    assert figures["added"] == 0 and figures["read"] == 0 and figures["already_seen"] == 3
    assert [p for p in site.paths() if p.startswith("/news/")] == pages_before  # no page asked again
    with open_store(db) as store:
        assert store.article_stats().count == 3


def test_feeds_with_worker_processes(site: Site, tmp_path: Path) -> None:
    """The pool's feeder thread reads the seen-items state while the main thread marks it."""
    _serve(site)
    db = tmp_path / "news.db"
    result = invoke("ingest", "--feed", site.url("/feed.atom"), site.url("/news/port-strike"),
                    "--db", str(db), "--allow-private", "--processes", "2", *BASE)
    assert result.exit_code == 0, result.output
    assert _figures(result)["added"] == 3
    again = invoke("ingest", "--feed", site.url("/feed.atom"), "--db", str(db), "--allow-private", *BASE)
    assert _figures(again)["already_seen"] == 2


def test_watch_polls_and_survives_a_restart(site: Site, tmp_path: Path) -> None:
    _serve(site)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# news\n{site.url('/feed.rss')}\n\n", encoding="utf-8")
    db = tmp_path / "news.db"
    watch = ("watch", str(feeds), "--every", "0.2s", "--db", str(db), "--allow-private", "--stages",
             "provenance", "--delay", "0", "--json")
    first = invoke(*watch, "--polls", "2")
    assert first.exit_code == 0, first.output
    polls = [json.loads(line) for line in first.stdout.splitlines()]
    assert [p["added"] for p in polls] == [2, 0]
    feeds.write_text(f"{site.url('/feed.rss')}\n{site.url('/feed.atom')}\n", encoding="utf-8")
    again = invoke(*watch, "--polls", "1")  # a restart, with one more feed
    assert [json.loads(line)["added"] for line in again.stdout.splitlines()] == [1]  # only the tram
    with open_store(db) as store:
        assert store.article_stats().count == 3


def test_watch_rejects_a_bad_interval(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("", encoding="utf-8")
    result = invoke("watch", str(feeds), "--every", "soon")
    assert result.exit_code != 0 and "not a duration: 'soon'" in result.output
