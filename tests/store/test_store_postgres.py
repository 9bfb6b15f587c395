"""The PostgreSQL backend on a real server: every store command through ``--db postgresql://``,
two ingest processes on overlapping inputs, refusals with clear messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner, Result

from eventwire.cli import cli
from eventwire.errors import StoreError
from eventwire.store import open_store
from eventwire.store.postgres import PostgresStore, redact
from eventwire.store.schema import LATEST

pytestmark = pytest.mark.postgres

ARTICLES = [
    "Chile accused Peru of moving troops to the northern border on Monday, the ministry said.",
    "Peru rejected the accusation from Chile and said its soldiers were on a routine exercise.",
    "Police arrested twelve protesters in Lima after clashes near the parliament on Tuesday.",
    "Bolivia and Chile signed a trade agreement in La Paz, officials from both sides said.",
    "Argentina condemned an attack on a border post that killed two guards near Salta.",
    "The foreign minister of Ecuador met his Colombian counterpart in Quito to discuss migration.",
    "Brazil sent aid to flooded towns in the south, the government said in a statement.",
    "Uruguay expelled a diplomat from Paraguay after a dispute over river shipping rights.",
    "Venezuela accused Guyana of provoking tension in the Essequibo region on Wednesday.",
    "Guyana denied the accusation and called for talks under international supervision.",
]
STAGES = "actors,events,quotes,claims"


def _jsonl(path: Path, picks: range) -> Path:
    rows = [{"id": f"sa{i}", "text": ARTICLES[i], "published": f"2023-05-{i + 1:02d}",
             "source": f"Wire {i % 3}"} for i in picks]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "400"})


def test_every_store_command_takes_a_postgresql_url(pg_url: str, tmp_path: Path) -> None:
    inputs = _jsonl(tmp_path / "news.jsonl", range(len(ARTICLES)))
    first = invoke("ingest", str(inputs), "--db", pg_url, "--stages", STAGES, "--json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout.splitlines()[-1])["added"] == len(ARTICLES)
    again = invoke("ingest", str(inputs), "--db", pg_url, "--stages", STAGES, "--json")
    assert json.loads(again.stdout.splitlines()[-1])["skipped"] == len(ARTICLES)
    events = invoke("events", "--db", pg_url, "--actor", "CHL", "--json")
    assert events.exit_code == 0
    assert "sa0" in {json.loads(x)["article_id"] for x in events.stdout.splitlines()}
    assert invoke("quotes", "--db", pg_url, "--json").exit_code == 0
    claims = invoke("claims", "--db", pg_url, "--json")
    assert claims.exit_code == 0, claims.output
    disputes = invoke("disputes", "VEN", "GUY", "--db", pg_url, "--json")
    assert disputes.exit_code == 0, disputes.output
    show = invoke("show", "sa0", "--db", pg_url, "--json")
    assert show.exit_code == 0 and json.loads(show.stdout)["id"] == "sa0"
    summary = invoke("summary", "--db", pg_url, "--json")
    assert summary.exit_code == 0 and '"count": 10' in summary.stdout
    # the same answers as an SQLite file holding the same records
    with open_store(pg_url) as pg, open_store(tmp_path / "same.db") as lite:
        lite.add(list(pg.iter_records()))
        assert [h.event.id for h in lite.events()] == [h.event.id for h in pg.events()]
        assert lite.article_stats() == pg.article_stats()


def test_two_ingest_processes_on_overlapping_inputs(pg_url: str, tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", range(0, 7))
    b = _jsonl(tmp_path / "b.jsonl", range(3, 10))
    command = [sys.executable, "-c", "from eventwire.cli import main; main()", "ingest", "--db", pg_url,
               "--stages", STAGES, "--json"]
    procs = [subprocess.Popen([*command, str(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for p in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert "Error" not in err and "deadlock" not in err.lower()
    reports = [json.loads(out.splitlines()[-1]) for out, _ in outs]
    assert sum(r["added"] for r in reports) == len(ARTICLES)  # each article stored by one of them
    assert sum(r["added"] + r["skipped"] for r in reports) == 14
    with open_store(pg_url) as store:
        counts = store.table_counts()
        assert counts["articles"] == len(ARTICLES)
        assert sorted(r.id for r in store.iter_records()) == sorted(f"sa{i}" for i in range(len(ARTICLES)))


def test_schema_and_refusals(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore) and store.schema_version() == LATEST
        assert store.table_counts()["schema_migrations"] == LATEST
    open_store(pg_url).close()  # opening again migrates nothing
    conn = psycopg.connect(pg_url, autocommit=True)
    conn.execute("INSERT INTO schema_migrations (version, name) VALUES (%s, 'future')", (LATEST + 1,))
    with pytest.raises(StoreError, match="newer"):
        open_store(pg_url)
    conn.execute("DROP TABLE schema_migrations")
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(pg_url)
    conn.close()


def test_bad_urls_give_a_store_error_without_the_password() -> None:
    assert redact("postgresql://ann:s3cret@db.example/news") == "postgresql://ann:***@db.example/news"
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as info:
        open_store("postgresql://ann:s3cret@127.0.0.1:1/news")
    assert "s3cret" not in str(info.value)


def test_a_lost_connection_gives_a_store_error(pg_url: str) -> None:
    with open_store(pg_url + "&application_name=ew_lost") as store:
        store.article_stats()
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                          " WHERE application_name = 'ew_lost'")
        with pytest.raises(StoreError, match="PostgreSQL"):
            store.article_stats()
