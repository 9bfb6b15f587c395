"""`eventwire serve`: starts the app on a store, refuses a path that is no database."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import cli

from .conftest import free_port

CLI = [sys.executable, "-c", "from eventwire.cli import main; main()"]


@pytest.mark.parametrize(("workers", "threads"), [(1, None), (2, None), (1, 2), (2, 3)])
def test_serve_answers_on_its_port(web_db: Path, workers: int, threads: int | None) -> None:
    port = free_port()
    args = ["serve", "--db", str(web_db), "--port", str(port), "--workers", str(workers)]
    args += ["--threads", str(threads)] if threads else []
    server = subprocess.Popen([*CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=5) as r:
                    body = json.load(r)
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert body["articles"] >= 12
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert b"read-only" in err


def test_serve_refuses_a_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path)])
    assert result.exit_code != 0 and "directory" in result.output
