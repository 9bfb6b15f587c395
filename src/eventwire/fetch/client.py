"""The safe fetcher: one HTTP GET with every guard a crawler of other people's sites needs.

>>> with Fetcher(FetchSettings()) as fetcher:                     # doctest: +SKIP
...     page = fetcher.get("https://example.org/news/1", kind="html")

Guards: connect/read timeouts and a total deadline per request (a slow drip stops), a size
cap on the decoded body (a gzip bomb stops at the cap), at most ``max_redirects`` hops,
each hop checked by the address policy (no private, loopback, link-local or metadata
addresses unless ``allow_private``) and by robots.txt, a Content-Type check per kind of
document, at most ``per_host`` requests at a time per host, ``delay`` seconds apart, and a
User-Agent that names eventwire. Every refusal raises :class:`FetchError` with the reason.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__
from .body import ACCEPT_ENCODING, BodyError, read_body
from .policy import AddressPolicy, BlockedAddress
from .politeness import HostGate
from .robots import RobotsCache
from .transport import PinnedTransport

USER_AGENT = f"eventwire/{__version__} (news event extraction; obeys robots.txt)"
CONTENT_TYPES: dict[str, tuple[str, ...]] = {
    "html": ("text/html", "application/xhtml+xml"),
    "feed": ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
             "text/xml", "application/feed+json", "application/json", "text/plain"),
    "robots": ("text/plain",),
}
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """A fetch that was refused or failed; ``reason`` says why, ``url`` what was asked."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@dataclass(slots=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # longest silence between two pieces of the body
    deadline: float = 60.0  # whole request, body included
    max_bytes: int = 10 * 1024 * 1024  # decoded body
    max_redirects: int = 5
    per_host: int = 2
    delay: float = 1.0  # seconds between two request starts to one host
    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()  # reachable even when private (CIDR)
    robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(slots=True)
class Fetched:
    """A successful response (``status`` 200) or a ``not_modified`` answer (304)."""

    url: str  # as asked
    final_url: str
    status: int
    body: bytes
    content_type: str
    fetched_at: str  # ISO 8601 UTC
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def body_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


class Fetcher:
    def __init__(self, settings: FetchSettings | None = None, *,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = s = settings or FetchSettings()
        self.policy = AddressPolicy(allow_private=s.allow_private, allow_networks=s.allow_networks)
        timeout = httpx.Timeout(connect=s.connect_timeout, read=s.read_timeout, write=s.read_timeout,
                                pool=s.deadline)
        self._client = httpx.Client(
            transport=PinnedTransport(self.policy, inner=transport), timeout=timeout,
            follow_redirects=False, trust_env=False,
            headers={"User-Agent": s.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        )
        self.gate = HostGate(concurrency=s.per_host, delay=s.delay)
        self.robots = RobotsCache(self._robots_txt, s.user_agent)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, *, kind: str = "html", etag: str | None = None,
            last_modified: str | None = None) -> Fetched:
        """GET ``url`` (following checked redirects); raises :class:`FetchError`."""
        headers = {"Accept": ", ".join(CONTENT_TYPES[kind]) + ", */*;q=0.1"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self._check_address(url, current)
            if self.settings.robots and kind != "robots" and not self.robots.allowed(current):
                raise FetchError(url, f"disallowed by robots.txt ({current})")
            status, body, response_headers, content_type = self._one(url, current, headers, kind)
            if status in REDIRECTS and "location" in response_headers:
                current = urljoin(current, response_headers["location"])
                continue
            return Fetched(url=url, final_url=current, status=status, body=body, content_type=content_type,
                           fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
                           headers=response_headers)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _one(self, url: str, current: str, headers: dict[str, str],
             kind: str) -> tuple[int, bytes, dict[str, str], str]:
        host = urlsplit(current).hostname or ""
        with self.gate.slot(host):
            deadline = time.monotonic() + self.settings.deadline
            try:
                with self._client.stream("GET", current, headers=headers) as response:
                    return self._read(url, response, kind, deadline)
            except BlockedAddress as exc:
                raise FetchError(url, str(exc)) from None
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timed out ({type(exc).__name__}) at {current}") from None
            except (httpx.HTTPError, BodyError) as exc:
                raise FetchError(url, f"{type(exc).__name__}: {exc}") from None

    def _read(self, url: str, response: httpx.Response, kind: str,
              deadline: float) -> tuple[int, bytes, dict[str, str], str]:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        content_type = headers.get("content-type", "")
        if status in REDIRECTS or status == 304:
            return status, b"", headers, content_type
        if kind == "robots":
            if status != 200:
                return status, b"", headers, content_type
        elif status != 200:
            raise FetchError(url, f"HTTP {status} {response.reason_phrase} from {response.request.url}")
        else:
            _check_type(url, kind, content_type)
        declared = headers.get("content-length", "")
        cap = self.settings.max_bytes
        if declared.isdigit() and int(declared) > cap and "content-encoding" not in headers:
            raise FetchError(url, f"body of {int(declared):,} bytes over the {cap:,}-byte limit")
        body = read_body(response.iter_raw(), coding=headers.get("content-encoding", ""),
                         max_bytes=self.settings.max_bytes, deadline=deadline)
        return status, body, headers, content_type

    def _check_address(self, url: str, current: str) -> None:
        """Refuse early (before robots.txt is asked) a URL whose host the policy refuses; the
        transport checks again, on the address it connects to."""
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(url, f"not an http(s) URL: {current!r}")
        try:
            self.policy.resolve(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
        except BlockedAddress as exc:
            raise FetchError(url, str(exc)) from None
        except ValueError as exc:  # a malformed port
            raise FetchError(url, f"bad URL {current!r}: {exc}") from None

    def _robots_txt(self, robots_url: str) -> tuple[int, bytes]:
        fetched = self.get(robots_url, kind="robots")
        return fetched.status, fetched.body




def _check_type(url: str, kind: str, content_type: str) -> None:
    mime = content_type.split(";", 1)[0].strip().lower()
    if not mime:
        raise FetchError(url, "response has no Content-Type")
    if mime not in CONTENT_TYPES[kind]:
        raise FetchError(url, f"Content-Type {mime} is not a {kind} type ({', '.join(CONTENT_TYPES[kind])})")
