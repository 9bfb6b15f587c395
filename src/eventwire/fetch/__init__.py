"""Fetch news from the web safely: pages (trafilatura) and RSS/Atom feeds (feedparser).

>>> with Fetcher(FetchSettings(delay=1.0)) as fetcher:                 # doctest: +SKIP
...     for item in web_articles(fetcher, urls=[...], feeds=[...], state=SeenState(path)):
...         ...

- :mod:`.policy`: which addresses may be reached (no private ones unless allowed);
- :mod:`.transport`: an httpx transport that resolves, checks and pins each hop's address;
- :mod:`.client`: the fetcher (timeouts, size cap, redirects, content types, User-Agent);
- :mod:`.body`: bounded reading and decompression, charset decoding;
- :mod:`.politeness` and :mod:`.robots`: per-host concurrency and delay, robots.txt;
- :mod:`.feeds`, :mod:`.page`: feed items, page → article with its fetch facts;
- :mod:`.state`: items and feed validators already seen, across runs;
- :mod:`.sources`: URLs and feeds → articles or failures;
- :mod:`.watch`: poll feeds at an interval.
"""

from __future__ import annotations

from .client import USER_AGENT, Fetched, Fetcher, FetchError, FetchSettings
from .feeds import FeedError, FeedItem, parse_feed
from .page import FetchMeta, page_article, stamp
from .policy import AddressPolicy, BlockedAddress
from .sources import WebCounts, Work, is_url, local_works, web_articles
from .state import SeenState, state_path

__all__ = [
    "USER_AGENT",
    "AddressPolicy",
    "BlockedAddress",
    "FeedError",
    "FeedItem",
    "FetchError",
    "FetchMeta",
    "FetchSettings",
    "Fetched",
    "Fetcher",
    "SeenState",
    "WebCounts",
    "Work",
    "is_url",
    "local_works",
    "page_article",
    "parse_feed",
    "stamp",
    "state_path",
    "web_articles",
]
