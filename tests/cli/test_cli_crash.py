"""kill -9 in the middle of an ingest: little is lost, workers follow their parent, a rerun
completes the store without duplicates."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil

N = 1500  # enough that the ingest is still running when 16 are stored, even on a fast machine


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _children(pid: int) -> set[int]:
    try:
        return {c.pid for c in psutil.Process(pid).children(recursive=True)}
    except psutil.Error:  # the process ended meanwhile
        return set()


def test_kill_9_mid_ingest_loses_only_what_is_in_flight(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    news.write_text(
        "".join(
            json.dumps({"id": f"n{i}", "text": f"Troops of unit {i} crossed the river on Monday."}) + "\n"
            for i in range(N)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    exe = shutil.which("eventwire", path=str(Path(sys.executable).parent))
    assert exe is not None
    args = [
        exe,
        "ingest",
        str(news),
        "--db",
        str(db),
        "--stages",
        "actors",
        "-p",
        "2",
        "--json",
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 240
        seen: set[int] = set()  # every worker seen while waiting, so none is missed
        while _count(db) < 16 and time.monotonic() < deadline and proc.poll() is None:
            seen |= _children(proc.pid)
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        seen |= _children(proc.pid)
        workers = sorted(seen)
        assert workers, "no worker processes"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    stored = _count(db)
    assert 16 <= stored < N
    deadline = time.monotonic() + 5  # PDEATHSIG is immediate; the watchdog polls every second
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert all(_gone(pid) for pid in workers), "a worker outlived its killed parent"
    rerun = subprocess.run([*args[:-3], "--json"], capture_output=True, text=True, timeout=600, check=False)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = json.loads(rerun.stdout.splitlines()[0])
    assert report["skipped"] == stored and report["added"] == N - stored
    assert _count(db) == N
