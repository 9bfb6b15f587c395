"""Writes: POST /api/ingest needs the bearer token; bodies are size-limited; pages and API
keep answering while `eventwire ingest` writes to the same SQLite file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.ingest import samples_dir
from eventwire.store import open_store
from eventwire.web import Settings, create_app

TEXT = "Peru accused Chile of spying on its navy on Tuesday, officials in Lima said."


def test_ingest_needs_the_token(db_copy: Path) -> None:
    app = create_app(Settings(db=str(db_copy), token="s3cret"))
    with TestClient(app, raise_server_exceptions=False) as c:
        plain = {"content-type": "text/plain"}
        assert c.post("/api/ingest", content=TEXT.encode(), headers=plain).status_code == 401
        wrong = {**plain, "authorization": "Bearer nope"}
        assert c.post("/api/ingest", content=TEXT.encode(), headers=wrong).status_code == 401
        good = {**plain, "authorization": "Bearer s3cret"}
        before = c.get("/api/summary").json()["articles"]
        response = c.post("/api/ingest", content=TEXT.encode(), headers=good)
        assert response.status_code == 200, response.text
        assert response.json()["added"] == 1
        assert c.get("/api/summary").json()["articles"] == before + 1  # cached figures follow the store
        again = c.post("/api/ingest", content=TEXT.encode(), headers=good).json()
        assert again["added"] == 0 and again["skipped"] == 1
        hits = c.get("/api/search", params={"q": "spying on its navy"}).json()["items"]
        assert len(hits) == 1
        bad_type = c.post("/api/ingest", content=b"{}", headers={**good, "content-type": "image/png"})
        assert bad_type.status_code == 415


def test_body_over_the_limit_is_refused(db_copy: Path) -> None:
    app = create_app(Settings(db=str(db_copy), token="t", max_body=1000))
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post("/api/ingest", content=b"x" * 5000,
                          headers={"content-type": "text/plain", "authorization": "Bearer t"})
        assert response.status_code == 413
        assert "1000" in response.json()["error"]

        def chunks() -> Iterator[bytes]:  # no content-length: counted as it arrives
            for _ in range(10):
                yield b"y" * 400

        streamed = c.post("/api/ingest", content=chunks(),
                          headers={"content-type": "text/plain", "authorization": "Bearer t"})
        assert streamed.status_code == 413


def test_reads_go_on_while_the_cli_ingests(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    open_store(db).close()
    app = create_app(Settings(db=str(db)))
    writer = subprocess.Popen(
        [sys.executable, "-c", "from eventwire.cli import main; main()", "ingest", str(samples_dir()),
         "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    statuses: list[int] = []
    counts: list[int] = []
    with TestClient(app, raise_server_exceptions=False) as c:
        while writer.poll() is None or len(statuses) < 8:
            for url in ("/api/summary", "/api/events?limit=20", "/api/articles", "/"):
                response = c.get(url)
                statuses.append(response.status_code)
                if url == "/api/summary" and response.status_code == 200:
                    counts.append(response.json()["articles"])
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err.decode()
        final = c.get("/api/summary").json()["articles"]
    assert set(statuses) == {200}, statuses
    assert counts == sorted(counts)  # readers saw the store grow, never shrink or break
    assert final >= 10
