"""Load figure for the web API: replay a fixed mix of API queries at N concurrent clients on
loopback against a store of at least 10,000 articles, and report p50/p95/p99 and errors.

    python scripts/web_load.py --source eventwire.db --articles 10000 --clients 20 --seconds 60

The big store is built once (``--store``, default /tmp/eventwire-load.db) by replicating the
analysed records of ``--source`` with new ids (see :func:`replicate`; publication dates
shifted by whole days to spread the timeline).
The server is ``eventwire serve`` in a subprocess; clients are threads with keep-alive
connections (stdlib http.client). Nothing here is asserted: it prints a report (and JSON with
--json), with the load average before and after and the server's CPU time per request (from
/proc: less sensitive than latencies to what else the machine runs).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import string
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.model import ArticleRecord, record_from_dict, to_dict
from eventwire.store import open_store

# (group, path): "events" are the filtered event queries the p95 goal is about.
MIX = [
    ("events", "/api/events?actor=RUS&limit=50"),
    ("events", "/api/events?type=ACCUSE&since=2024-01-01&limit=50"),
    ("events", "/api/events?country=COL&limit=50"),
    ("events", "/api/events?near=7.08,-70.76&km=300&limit=50"),
    ("events", "/api/events?actor=BLR&type=ACCUSE&limit=50&offset=50"),
    ("events", "/api/events?quad_class=4&limit=50"),
    ("lists", "/api/articles?limit=50&offset=500"),
    ("lists", "/api/quotes?speaker=minister&limit=50"),
    ("lists", "/api/claims?actor=RUS&status=denied&limit=50"),
    ("lists", "/api/search?q=border&limit=20"),
    ("lists", "/api/actors?limit=50"),
    ("article", "/api/articles/{article}"),
    ("heavy", "/api/dyads/COL/RUS/timeline"),
    ("heavy", "/api/summary"),
]


def shifted(published: str | None, days: int) -> str | None:
    if not published or len(published) < 10:
        return published
    try:
        return (date.fromisoformat(published[:10]) + timedelta(days=days)).isoformat() + published[10:]
    except ValueError:
        return published


def _cipher(seed: int) -> dict[int, int]:
    """A letter substitution (case kept, length kept) chosen by ``seed``."""
    letters = list(string.ascii_lowercase)
    random.Random(seed).shuffle(letters)
    pairs = list(zip(string.ascii_lowercase, letters, strict=True))
    table = {ord(a): ord(b) for a, b in pairs}
    table.update({ord(a.upper()): ord(b.upper()) for a, b in pairs})
    return table


def _scramble(value: Any, table: dict[int, int]) -> Any:
    """Every article-text field (``text`` beside ``start``/``end``) of a record's JSON."""
    if isinstance(value, list):
        return [_scramble(v, table) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _scramble(v, table) for k, v in value.items()}
    if "start" in out and "end" in out and isinstance(out.get("text"), str):
        out["text"] = out["text"].translate(table)
    return out


def replicate(base: list[ArticleRecord], n: int) -> Any:
    """``n`` records cycling over ``base`` with new ids. Replica texts are letter-substituted
    (length kept, so every offset still holds; codes, names and types unchanged) so that the
    store's near-copy detection sees distinct articles, as it would with n real ones."""
    for i in range(n):
        r = base[i % len(base)]
        data = to_dict(r)
        if i >= len(base):
            table = _cipher(i)
            data = _scramble(data, table)
            data["text"] = r.text.translate(table)
        data["id"] = f"{r.id}~r{i}"
        data["published"] = shifted(r.published, i // len(base) % 900)
        data["provenance"] = {}
        yield record_from_dict(data)


def build_store(source: str, target: Path, articles: int) -> None:
    with open_store(target) as big:
        have = big.article_stats().count
        if have >= articles:
            print(f"store {target}: {have} articles already", file=sys.stderr)
            return
    with open_store(source) as small:
        base = list(small.iter_records())
    if not base:
        raise SystemExit(f"{source}: no stored articles to replicate (run `eventwire run` first)")
    started = time.monotonic()
    with open_store(target) as big:
        batch: list[ArticleRecord] = []
        for record in replicate(base, articles):
            batch.append(record)
            if len(batch) == 500:
                big.add(batch)
                batch = []
                print(f"  {big.article_stats().count} articles", file=sys.stderr, end="\r")
        big.add(batch)
    print(f"built {target} with {articles} articles in {time.monotonic() - started:.0f} s", file=sys.stderr)


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client(port: int, paths: list[tuple[str, str]], start: int, stop_at: float,
           out: list[tuple[str, float, int]]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = start
    while time.monotonic() < stop_at:
        group, path = paths[i % len(paths)]
        i += 1
        t0 = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        out.append((group, (time.perf_counter() - t0) * 1000, status))
    conn.close()


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by process ``pid`` and its children still alive
    (the workers of ``--workers N``), from /proc; None where there is no /proc."""
    try:
        tick = float(os.sysconf("SC_CLK_TCK"))
        total = 0.0
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(entry.name) == pid or int(fields[1]) == pid:  # fields[1]: the parent's pid
                total += (int(fields[11]) + int(fields[12])) / tick
        return total
    except (OSError, ValueError, IndexError):
        return None


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(results: list[tuple[str, float, int]], seconds: float) -> dict[str, Any]:
    groups: dict[str, Any] = {}
    for name in [*sorted({g for g, _, _ in results}), "all"]:
        rows = [r for r in results if name in ("all", r[0])]
        ms = [r[1] for r in rows]
        failed = Counter(str(r[2] or "no answer") for r in rows if r[2] != 200)
        groups[name] = {"requests": len(rows), "errors": sum(failed.values()), "error_statuses": dict(failed),
                        "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1),
                        "p99_ms": round(pct(ms, 99), 1),
                        "mean_ms": round(statistics.fmean(ms), 1) if ms else None}
    groups["all"]["requests_per_s"] = round(len(results) / seconds, 1)
    return groups


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", default="eventwire.db", help="store whose records are replicated")
    ap.add_argument("--store", default="/tmp/eventwire-load.db", help="the big store (built once)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60.0, help="how long the clients run")
    ap.add_argument("--workers", type=int, default=1, help="server processes (eventwire serve --workers)")
    ap.add_argument("--threads", type=int, default=None, help="threads per server process (serve --threads)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    target = Path(args.store)
    build_store(args.source, target, args.articles)
    with open_store(target) as big:
        article = next(big.iter_records()).id
    paths = [(g, p.replace("{article}", article)) for g, p in MIX]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from eventwire.cli import main; main()", "serve",
                               "--db", str(target), "--port", str(port), "--workers", str(args.workers),
                               *(["--threads", str(args.threads)] if args.threads else [])],
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(300):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/openapi.json")
                break
            except OSError:
                time.sleep(0.1)
        for _, path in paths:  # warm-up: one of each, not counted
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            c.request("GET", path)
            c.getresponse().read()
        results: list[tuple[str, float, int]] = []
        cpu_before, load_before = cpu_seconds(server.pid), _loadavg()
        stop_at = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, paths, i, stop_at, results))
                   for i in range(args.clients)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - t0
        cpu_after, load_after = cpu_seconds(server.pid), _loadavg()
    finally:
        server.terminate()
        server.wait(30)
    summary = report(results, elapsed)
    summary["setup"] = {"articles": args.articles, "clients": args.clients, "workers": args.workers,
                        "threads": args.threads,
                        "seconds": round(elapsed, 1), "load_average_before": load_before,
                        "load_average_after": load_after}
    if cpu_before is not None and cpu_after is not None and results:
        # the server's own CPU time per request: what the code costs, whatever else the machine runs
        per_request = (cpu_after - cpu_before) * 1000 / len(results)
        summary["setup"]["server_cpu_ms_per_request"] = round(per_request, 2)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for name, g in summary.items():
            print(f"{name:8} {g}")


if __name__ == "__main__":
    main()
