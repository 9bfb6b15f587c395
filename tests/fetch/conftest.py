"""A real HTTP server on 127.0.0.1 (a thread of the test process) with scripted routes.

``site.route("/path", body, content_type=..., status=..., headers=...)`` serves a fixed
answer; ``site.route("/path", handler=fn)`` lets ``fn(request_handler)`` write anything
(a slow drip, a lying header). ``site.url("/path")`` is the absolute URL and
``site.hits`` lists ``(path, headers)`` of every request, in order, and ``site.times``
their arrival times (``time.monotonic()``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.fetch import Fetcher, FetchSettings

PAGES = Path(__file__).parent / "pages"
Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    handler: Handler | None = None


class Site:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[tuple[str, dict[str, str]]] = []
        self.times: list[float] = []
        site = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site.times.append(time.monotonic())
                site.hits.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = Route(404, b"not found", {"Content-Type": "text/plain"})
                if route.handler is not None:
                    route.handler(self)
                    return
                self.send_response(route.status)
                for key, value in route.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host, 0), _Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.host = host
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def route(self, path: str, body: bytes | str = b"", *, content_type: str = "text/html; charset=utf-8",
              status: int = 200, headers: dict[str, str] | None = None,
              handler: Handler | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = dict(headers or {})
        if content_type:
            all_headers = {"Content-Type": content_type, **all_headers}
        self.routes[path] = Route(status, data, all_headers, handler)

    def page(self, path: str, name: str) -> None:
        """Serve the test page ``tests/fetch/pages/NAME`` at ``path``."""
        self.route(path, (PAGES / name).read_bytes())

    def paths(self) -> list[str]:
        return [p for p, _ in self.hits]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.close()


def settings(**changes: object) -> FetchSettings:
    """Test settings: loopback allowed, no politeness delay, short limits."""
    base = FetchSettings(allow_private=True, delay=0.0, connect_timeout=2.0, read_timeout=2.0,
                         deadline=5.0, max_bytes=256 * 1024)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(settings()) as f:
        yield f
