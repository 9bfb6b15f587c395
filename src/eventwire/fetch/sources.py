"""Turn URLs and feeds into articles: fetch (in a few threads), extract, skip what was seen.

>>> with Fetcher(FetchSettings()) as fetcher:                        # doctest: +SKIP
...     for item in web_articles(fetcher, urls=["https://example.org/a"], feeds=[]):
...         ...   # (Article, FetchMeta) or Failure(stage="fetch", ...)

Every problem (refused address, robots.txt, timeout, size, content type, charset, a feed
that is not RSS/Atom, a page without article text) is a ``Failure`` naming the URL; the
run goes on. Items are yielded in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, Failure
from .client import Fetcher, FetchError
from .feeds import FeedError, FeedItem, parse_feed
from .page import FetchMeta, PageError, fetch_meta, page_article
from .state import SeenState

Work = tuple[Article, FetchMeta | None]


@dataclass(slots=True)
class WebCounts:
    """What the web side of a run did (besides the articles it yielded)."""

    feeds_read: int = 0
    feeds_unchanged: int = 0  # 304 Not Modified
    items_seen: int = 0  # skipped: URL or content already ingested
    fetched: int = 0
    failures: list[Failure] = field(default_factory=list)
    # feed -> (ETag, Last-Modified) of this run's answers; saved by :meth:`commit` once the
    # items are stored, so that a crash before that makes the next poll read the feed again
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    def commit(self, state: SeenState) -> None:
        for feed, (etag, modified) in self.validators.items():
            state.remember_feed(feed, etag, modified)
        self.validators.clear()


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def web_articles(fetcher: Fetcher, *, urls: Sequence[str], feeds: Sequence[str],
                 state: SeenState | None = None, threads: int = 4,
                 counts: WebCounts | None = None) -> Iterator[Work | Failure]:
    """Articles of ``urls`` and of the new items of ``feeds`` (URLs or local files)."""
    counts = counts if counts is not None else WebCounts()
    targets: list[tuple[str, FeedItem | None]] = [(u, None) for u in urls]
    for feed in feeds:
        items = _feed_items(fetcher, feed, state, counts)
        if isinstance(items, Failure):
            counts.failures.append(items)
            yield items
            continue
        targets.extend((item.link, item) for item in items)
    fresh: list[tuple[str, FeedItem | None]] = []
    first: dict[str, FeedItem | None] = {}
    for url, item in targets:  # a URL given twice (or in two feeds) is fetched once
        first.setdefault(url, item)
    for url, item in first.items():
        if state is not None and state.seen_url(url):
            counts.items_seen += 1
        else:
            fresh.append((url, item))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as pool:
        for result in pool.map(lambda t: _fetch_page(fetcher, *t), fresh):
            if isinstance(result, Failure):
                counts.failures.append(result)
            elif state is not None and (state.seen_url(result[1].final_url) or
                                        state.seen_content(result[1].body_hash, result[0].id)):
                counts.items_seen += 1
                continue
            else:
                counts.fetched += 1
            yield result


def _fetch_page(fetcher: Fetcher, url: str, item: FeedItem | None) -> tuple[Article, FetchMeta] | Failure:
    try:
        page = fetcher.get(url, kind="html")
        article = page_article(page, title=item.title if item else None,
                               published=item.published if item else None)
    except FetchError as exc:
        return Failure(stage="fetch", reason=exc.reason, input=url)
    except PageError as exc:
        return Failure(stage="fetch", reason=str(exc), input=url)
    article.origin = url
    return article, fetch_meta(page)


def _feed_items(fetcher: Fetcher, feed: str, state: SeenState | None,
                counts: WebCounts) -> list[FeedItem] | Failure:
    try:
        if not is_url(feed):
            data, base = Path(feed).read_bytes(), None
        else:
            etag, modified = state.validators(feed) if state is not None else (None, None)
            page = fetcher.get(feed, kind="feed", etag=etag, last_modified=modified)
            if page.not_modified:
                counts.feeds_unchanged += 1
                return []
            counts.validators[feed] = (page.headers.get("etag"), page.headers.get("last-modified"))
            data, base = page.body, page.final_url
        items = parse_feed(data, base_url=base)
    except FetchError as exc:
        return Failure(stage="fetch", reason=f"feed: {exc.reason}", input=feed)
    except (OSError, FeedError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return Failure(stage="fetch", reason=f"feed: {reason}", input=feed)
    counts.feeds_read += 1
    return items


def local_works(items: Iterable[Article | Failure]) -> Iterator[Work | Failure]:
    """Local inputs (``eventwire.ingest.read_inputs``) as works without fetch facts."""
    for item in items:
        yield item if isinstance(item, Failure) else (item, None)
