"""A store built once per session from the bundled samples, the seed article and a hostile
article written for these tests, and the app over it (test client, or a real server)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from eventwire.ingest import samples_dir
from eventwire.ingest.loader import ingest, ingest_items
from eventwire.model import Article
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.store import open_store
from eventwire.web import Settings, create_app

SEED_ID = "seed-col-rus"
XSS_ID = "xss-probe"
# Every trick a stored string could use to run code or load something, in an article that
# still reads as news so the pipeline finds actors and events in it.
XSS_TITLE = 'Ministry says <script>window.__pwned=1</script> "</title><img src=x onerror=window.__pwned=2>'
XSS_TEXT = (
    "Colombia accused Russia of interference on Monday. <script>window.__pwned = 3;</script>\n"
    "The embassy rejected the claim <img src=x onerror=\"window.__pwned=4\"> and called it "
    "<a href=\"javascript:window.__pwned=5\">baseless</a>.\n"
    "A spokesman wrote </script><script>window.__pwned=6</script> and {{ 7*7 }} and "
    "</span></article><svg onload=window.__pwned=7></svg> in a statement.\n"
    "<style>body{display:none}</style><iframe src=\"https://example.invalid/\"></iframe>"
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, nlp: Any, seed_text: str) -> Path:
    """The samples, the seed (dated, so its events fall on a timeline) and the XSS article."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    pipeline = Pipeline(PipelineConfig(), nlp=nlp)
    with open_store(path) as store:
        ingest(store, [samples_dir()], pipeline)
        extra = [
            Article(id=SEED_ID, text=seed_text, title="Russia and Colombia trade accusations",
                    published="2021-03-26", source="Gestion"),
            Article(id=XSS_ID, text=XSS_TEXT, title=XSS_TITLE, published="2021-03-29",
                    url="javascript:window.__pwned=8", source="<b>Wire</b>"),
        ]
        report = ingest_items(store, extra, pipeline)
        assert report.added == 2, report
    return path


@pytest.fixture
def db_copy(web_db: Path, tmp_path: Path) -> Path:
    """A private copy of the session store, for tests that write."""
    target = tmp_path / "copy.db"
    shutil.copy(web_db, target)
    return target


@pytest.fixture(scope="session")
def app(web_db: Path) -> FastAPI:
    return create_app(Settings(db=str(web_db)))


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Server:
    """uvicorn serving an app on a loopback port in a thread."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def live(app: FastAPI) -> Iterator[Server]:
    with Server(app) as server:
        yield server


CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright; skipped where it is absent, except in CI."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {CHROMIUM} is missing: .ci/run must apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
