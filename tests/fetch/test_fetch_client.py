"""The safe fetcher against a real HTTP server on 127.0.0.1: guards and hostile answers."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from eventwire.fetch import USER_AGENT, Fetcher, FetchError

from .conftest import PAGES, Site, settings


def test_fetches_a_page_with_its_facts_and_a_clear_user_agent(site: Site, fetcher: Fetcher) -> None:
    site.page("/news/port-strike", "port-strike.html")
    page = fetcher.get(site.url("/news/port-strike"))
    body = (PAGES / "port-strike.html").read_bytes()
    assert page.status == 200 and page.body == body
    assert page.final_url == site.url("/news/port-strike")
    assert page.body_hash == hashlib.sha256(body).hexdigest()
    assert page.fetched_at.endswith("+00:00")
    headers = dict(site.hits)["/news/port-strike"]
    assert headers["user-agent"] == USER_AGENT and "eventwire" in USER_AGENT
    assert site.paths() == ["/robots.txt", "/news/port-strike"]  # robots.txt first, once


def test_loopback_is_refused_without_allow_private(site: Site) -> None:
    site.page("/a", "port-strike.html")
    with Fetcher(settings(allow_private=False)) as fetcher, pytest.raises(FetchError) as err:
        fetcher.get(site.url("/a"))
    assert "127.0.0.1" in err.value.reason and "loopback" in err.value.reason
    assert "--allow-private" in err.value.reason
    assert site.hits == []  # nothing was sent, not even robots.txt


def test_every_redirect_hop_is_checked(site: Site) -> None:
    """127.0.0.1 is allowed here, the redirect target 127.0.0.2 (loopback too) is not."""
    site.route("/hop", status=302, headers={"Location": f"http://127.0.0.2:{site.port}/secret"})
    with Fetcher(settings(allow_private=False, allow_networks=("127.0.0.1/32",))) as fetcher, \
            pytest.raises(FetchError) as err:
        fetcher.get(site.url("/hop"))
    assert "127.0.0.2" in err.value.reason and "loopback" in err.value.reason
    assert "/secret" not in site.paths()


def test_redirects_are_followed_and_limited(site: Site, fetcher: Fetcher) -> None:
    site.page("/final", "river-dam.html")
    site.route("/old", status=301, headers={"Location": "/final"})
    page = fetcher.get(site.url("/old"))
    assert page.final_url == site.url("/final") and page.url == site.url("/old")
    site.route("/loop", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetcher.get(site.url("/loop"))


def test_the_address_is_pinned_and_the_host_name_kept(site: Site, fetcher: Fetcher) -> None:
    site.page("/a", "river-dam.html")
    page = fetcher.get(site.url("/a", host="localhost"))
    assert page.status == 200
    assert dict(site.hits)["/a"]["host"] == f"localhost:{site.port}"


def test_robots_txt_is_respected(site: Site, fetcher: Fetcher) -> None:
    site.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.page("/private/a", "river-dam.html")
    site.page("/public/a", "river-dam.html")
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt"):
        fetcher.get(site.url("/private/a"))
    assert fetcher.get(site.url("/public/a")).status == 200
    assert "/private/a" not in site.paths() and site.paths().count("/robots.txt") == 1


def test_a_failing_robots_txt_disallows_the_site(site: Site, fetcher: Fetcher) -> None:
    site.route("/robots.txt", "down", content_type="text/plain", status=503)
    site.page("/a", "river-dam.html")
    with pytest.raises(FetchError, match=r"robots\.txt"):
        fetcher.get(site.url("/a"))


@pytest.mark.parametrize(("status", "content_type", "expected"), [
    (404, "text/html", "HTTP 404"),
    (500, "text/html", "HTTP 500"),
    (200, "image/png", "Content-Type image/png is not a html type"),
    (200, "", "no Content-Type"),
])
def test_bad_status_and_content_type(site: Site, fetcher: Fetcher, status: int, content_type: str,
                                     expected: str) -> None:
    site.route("/x", b"<html><body>x</body></html>", content_type=content_type, status=status)
    with pytest.raises(FetchError, match=expected):
        fetcher.get(site.url("/x"))


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    try:
        for _ in range(100):
            handler.wfile.write(b"<p>")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def test_a_slow_drip_hits_the_deadline(site: Site) -> None:
    site.route("/drip", handler=_drip)
    with Fetcher(settings(deadline=0.8)) as fetcher, pytest.raises(FetchError, match="too slow"):
        t0 = time.monotonic()
        fetcher.get(site.url("/drip"))
    assert time.monotonic() - t0 < 3


def _silent(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    handler.wfile.flush()
    time.sleep(1.5)


def test_a_silent_server_hits_the_read_timeout(site: Site) -> None:
    site.route("/silent", handler=_silent)
    with Fetcher(settings(read_timeout=0.3)) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.get(site.url("/silent"))


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Connection", "close")  # no length: the body runs until the socket closes
    handler.end_headers()
    handler.close_connection = True
    try:
        for _ in range(64):
            handler.wfile.write(b"<p>" + b"x" * 16381)
    except OSError:
        pass


def test_a_huge_body_stops_at_the_cap(site: Site, fetcher: Fetcher) -> None:
    site.route("/declared", b"", headers={"Content-Length": str(50 * 1024 * 1024)}, handler=None)
    site.routes["/declared"].handler = _declares_huge
    with pytest.raises(FetchError, match="over the 262,144-byte limit"):
        fetcher.get(site.url("/declared"))
    site.route("/endless", handler=_endless)
    with pytest.raises(FetchError, match="body over the 262,144-byte limit"):
        fetcher.get(site.url("/endless"))


def _declares_huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * 1024 * 1024))
    handler.end_headers()
    handler.wfile.write(b"<p>only this</p>")


def test_a_gzip_bomb_stops_at_the_cap(site: Site, fetcher: Fetcher) -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    site.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="decompressed body over the 262,144-byte limit"):
        fetcher.get(site.url("/bomb"))


def test_gzip_pages_are_decoded(site: Site, fetcher: Fetcher) -> None:
    body = (PAGES / "river-dam.html").read_bytes()
    site.route("/gz", gzip.compress(body), headers={"Content-Encoding": "gzip"})
    assert fetcher.get(site.url("/gz")).body == body
    site.route("/broken", b"\x1f\x8b not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="corrupt gzip body"):
        fetcher.get(site.url("/broken"))


def test_per_host_delay_and_concurrency(site: Site) -> None:
    active, peak = [0], [0]
    lock = threading.Lock()
    body = (PAGES / "river-dam.html").read_bytes()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.2)
        with lock:
            active[0] -= 1
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    for name in "abcd":
        site.route(f"/{name}", handler=slow)
    with Fetcher(settings(per_host=1, delay=0.5)) as fetcher:
        threads = [threading.Thread(target=fetcher.get, args=(site.url(f"/{n}"),)) for n in "abcd"]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert peak[0] == 1
    starts = site.times[1:]  # after robots.txt
    assert len(starts) == 4
    # requests leave 0.5 s apart; their arrival can jitter a little (connection set-up)
    assert all(b - a >= 0.3 for a, b in itertools.pairwise(starts))
    assert starts[-1] - starts[0] >= 1.4
