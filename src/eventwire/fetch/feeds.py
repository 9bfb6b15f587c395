"""RSS and Atom feeds (feedparser): the items' links, titles, dates and ids.

feedparser only ever sees bytes the safe fetcher already fetched (or a local file); it
never fetches anything itself. A feed that is not well-formed XML is still read when
feedparser's lenient parser recovers items from it; one that yields no item with a link and is not
well-formed is a :class:`FeedError` (a truncated download, an error page).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin


class FeedError(Exception):
    """The feed cannot be read."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    link: str  # absolute URL of the article
    title: str | None = None
    published: str | None = None  # ISO 8601 (UTC) when the feed gives a date
    guid: str | None = None


def parse_feed(data: bytes, *, base_url: str | None = None) -> list[FeedItem]:
    """The items of an RSS/Atom document, in feed order; items without a link are skipped."""
    import feedparser

    headers = {"content-location": base_url} if base_url else {}
    parsed: Any = feedparser.parse(data, response_headers=headers, sanitize_html=False,
                                   resolve_relative_uris=True)
    entries = list(parsed.get("entries") or [])
    items = _items(entries, base_url)
    if parsed.get("bozo") and not items:
        problem = parsed.get("bozo_exception")
        raise FeedError(f"not a readable RSS/Atom feed: {type(problem).__name__}: {problem}")
    if not parsed.get("version") and not items:
        raise FeedError("not an RSS/Atom feed (no feed element found)")
    return items


def _items(entries: list[Any], base_url: str | None) -> list[FeedItem]:
    items: list[FeedItem] = []
    for entry in entries:
        link = entry.get("link") or _alternate(entry)
        if not link:
            continue
        items.append(FeedItem(
            link=urljoin(base_url or "", str(link).strip()),
            title=" ".join(str(entry.get("title") or "").split()) or None,
            published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            guid=str(entry.get("id")) if entry.get("id") else None,
        ))
    return items


def _alternate(entry: Any) -> str | None:
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _iso(value: Any) -> str | None:
    if not value:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
