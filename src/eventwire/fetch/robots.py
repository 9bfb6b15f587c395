"""robots.txt, fetched once per site and cached for the fetcher's lifetime (RFC 9309).

A missing robots.txt (any 4xx) allows everything; a server error or an unreachable site
(5xx, timeout, refused address) disallows the site, as the RFC asks; a robots.txt that
cannot be decoded allows everything. Rules are matched for the fetcher's User-Agent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

# (url) -> (status, body) or raises; the fetcher passes its own safe raw fetch
RobotsGetter = Callable[[str], tuple[int, bytes]]

MAX_ROBOTS_BYTES = 512 * 1024
DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


class RobotsCache:
    def __init__(self, getter: RobotsGetter, user_agent: str) -> None:
        self._get = getter
        self.user_agent = user_agent
        self._parsers: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()
        self._loading: dict[str, threading.Lock] = {}  # one load per site, whatever the threads

    def allowed(self, url: str) -> bool:
        """Whether ``url`` may be fetched."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            loading = self._loading.setdefault(site, threading.Lock())
        with loading:
            parser = self._parsers.get(site)
            if parser is None:
                parser = self._parsers[site] = self._load(site)
        return parser.can_fetch(self.user_agent, url)

    def _load(self, site: str) -> RobotFileParser:
        parser = RobotFileParser(site + "/robots.txt")
        try:
            status, body = self._get(site + "/robots.txt")
        except Exception:  # unreachable: RFC 9309 says assume complete disallow
            parser.parse(DISALLOW_ALL)
            return parser
        if status >= 500:
            parser.parse(DISALLOW_ALL)
        elif status >= 400 or status == 304:
            parser.parse([])  # no rules: everything allowed
        else:
            try:
                parser.parse(body[:MAX_ROBOTS_BYTES].decode("utf-8-sig").splitlines())
            except UnicodeDecodeError:
                parser.parse([])
        return parser
