"""A fetched HTML page → an :class:`Article`, through the project's HTML extraction."""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest.checks import BadInput
from ..ingest.html import parse_html
from ..model import Article, ArticleRecord
from .body import BodyError, decode_text
from .client import Fetched


@dataclass(frozen=True, slots=True)
class FetchMeta:
    """What the fetch of one article recorded; copied into ``record.provenance``."""

    final_url: str
    http_status: int
    fetched_at: str
    body_hash: str


class PageError(Exception):
    """The page was fetched but holds no usable article."""


def page_article(page: Fetched, *, title: str | None = None, published: str | None = None) -> Article:
    """Extract the article of ``page`` (trafilatura). From a feed, ``title`` fills a page
    without one, and ``published`` replaces the page's date: the feed states it, where
    the page's is often guessed from its text. The article's URL is the page's own canonical URL
    when it names one, else the final URL. Raises :class:`PageError`."""
    try:
        text = decode_text(page.body, page.content_type)
        article = parse_html(text.encode("utf-8"), origin=page.final_url)
    except (BodyError, BadInput) as exc:
        raise PageError(str(exc)) from None
    article.url = article.url or page.final_url
    article.title = article.title or title
    article.published = published or article.published
    return article


def fetch_meta(page: Fetched) -> FetchMeta:
    return FetchMeta(final_url=page.final_url, http_status=page.status, fetched_at=page.fetched_at,
                     body_hash=page.body_hash)


def stamp(record: ArticleRecord, meta: FetchMeta | None) -> ArticleRecord:
    """Copy the fetch facts into the record's provenance (after the stages ran)."""
    if meta is not None:
        prov = record.provenance
        prov.final_url = meta.final_url
        prov.http_status = meta.http_status
        prov.fetched_at = meta.fetched_at
        prov.body_hash = meta.body_hash
    return record
