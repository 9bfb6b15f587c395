"""URLs and feeds → articles: extraction, fetch facts, seen items, conditional requests."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler
from pathlib import Path

from eventwire.fetch import Fetcher, FetchMeta, SeenState, WebCounts, parse_feed, web_articles
from eventwire.model import Article, Failure

from .conftest import PAGES, Site


def _serve_news(site: Site) -> None:
    site.page("/news/port-strike", "port-strike.html")
    site.page("/news/river-dam", "river-dam.html")
    site.page("/news/tram", "tram-latin1.html")
    site.route("/feed.rss", (PAGES / "news.rss").read_bytes(), content_type="application/rss+xml")
    site.route("/feed.atom", (PAGES / "news.atom").read_bytes(), content_type="application/atom+xml")


def _articles(items: list[tuple[Article, FetchMeta | None] | Failure]) -> list[tuple[Article, FetchMeta]]:
    found = []
    for item in items:
        assert not isinstance(item, Failure), item
        article, meta = item
        assert meta is not None
        found.append((article, meta))
    return found


def test_a_page_becomes_an_article_with_its_fetch_facts(site: Site, fetcher: Fetcher) -> None:
    _serve_news(site)
    [(article, meta)] = _articles(list(web_articles(fetcher, urls=[site.url("/news/port-strike")], feeds=[])))
    assert article.title == "Dockworkers in Valparaíso extend strike for a second week"
    assert article.text.startswith("VALPARAÍSO, Chile — Dockworkers at the port of Valparaíso voted")
    assert "Subscribe to our newsletter" not in article.text and "Home" not in article.text
    assert article.url == "https://harbour-ledger.example/news/port-strike"  # the page's canonical URL
    assert article.origin == site.url("/news/port-strike")
    assert meta.final_url == site.url("/news/port-strike") and meta.http_status == 200
    assert len(meta.body_hash) == 64


def test_a_declared_latin1_page_is_decoded(site: Site, fetcher: Fetcher) -> None:
    """Declared by its <meta> only, and with a header that wrongly says UTF-8."""
    _serve_news(site)
    site.route("/plain", (PAGES / "tram-latin1.html").read_bytes(), content_type="text/html")
    for path in ("/plain", "/news/tram"):
        [(article, _)] = _articles(list(web_articles(fetcher, urls=[site.url(path)], feeds=[])))
        assert "(à la française)" in article.text


def test_a_wrong_charset_is_a_recorded_failure_and_the_run_goes_on(site: Site, fetcher: Fetcher) -> None:
    _serve_news(site)
    latin1 = (PAGES / "tram-latin1.html").read_bytes().replace(b'<meta charset="iso-8859-1">', b"")
    site.route("/lying", latin1, content_type="text/html; charset=utf-8")
    items = list(web_articles(fetcher, urls=[site.url("/lying"), site.url("/news/river-dam")], feeds=[]))
    assert isinstance(items[0], Failure) and items[0].input == site.url("/lying")
    assert items[0].stage == "fetch" and "not valid UTF-8" in items[0].reason
    assert not isinstance(items[1], Failure) and items[1][0].title is not None


def test_feeds_give_their_items_once(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    _serve_news(site)
    counts = WebCounts()
    with SeenState(tmp_path / "state.sqlite") as state:
        items = _articles(list(web_articles(fetcher, urls=[], state=state, counts=counts,
                                            feeds=[site.url("/feed.rss"), site.url("/feed.atom")])))
        # river-dam is in both feeds: fetched once
        assert [a.origin for a, _ in items] == [site.url(p) for p in
                                                ("/news/port-strike", "/news/river-dam", "/news/tram")]
        assert items[1][0].published == "2025-03-13T17:05:00Z"  # the page gives no date: the feed's
        assert counts.feeds_read == 2 and counts.fetched == 3
        for article, meta in items:
            state.mark([article.origin or "", meta.final_url], meta.body_hash, article.id)
    with SeenState(tmp_path / "state.sqlite") as state:  # a restart
        again = list(web_articles(fetcher, urls=[], feeds=[site.url("/feed.rss")], state=state,
                                  counts=(counts := WebCounts())))
    assert again == [] and counts.items_seen == 2


def test_the_same_content_at_another_url_is_seen(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    _serve_news(site)
    site.page("/mirror/port-strike", "port-strike.html")
    with SeenState(tmp_path / "state.sqlite") as state:
        [(article, meta)] = _articles(list(web_articles(fetcher, urls=[site.url("/news/port-strike")],
                                                        feeds=[], state=state)))
        state.mark([site.url("/news/port-strike")], meta.body_hash, article.id)
        counts = WebCounts()
        assert list(web_articles(fetcher, urls=[site.url("/mirror/port-strike")], feeds=[], state=state,
                                 counts=counts)) == []
        assert counts.items_seen == 1


def test_unchanged_feeds_are_asked_conditionally(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    _serve_news(site)
    body = (PAGES / "news.rss").read_bytes()

    def feed(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.send_response(304)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.send_header("ETag", '"v1"')
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    site.route("/etag.rss", handler=feed)
    with SeenState(tmp_path / "state.sqlite") as state:
        first = WebCounts()
        assert len(list(web_articles(fetcher, urls=[], feeds=[site.url("/etag.rss")], state=state,
                                     counts=first))) == 2
        first.commit(state)
        second = WebCounts()
        assert list(web_articles(fetcher, urls=[], feeds=[site.url("/etag.rss")], state=state,
                                 counts=second)) == []
    assert second.feeds_unchanged == 1
    assert [h["if-none-match"] for p, h in site.hits if p == "/etag.rss" and "if-none-match" in h] == ['"v1"']


def test_an_invalid_feed_is_a_recorded_failure(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    _serve_news(site)
    site.route("/bad.rss", b"<rss><channel><item><title>unclosed & broken</titl",
               content_type="application/rss+xml")
    site.route("/html-as-feed", b"<html><body>not a feed</body></html>", content_type="text/html")
    local = tmp_path / "garbage.xml"
    local.write_bytes(b"\x00\x01 definitely not xml")
    items = list(web_articles(fetcher, urls=[], feeds=[site.url("/bad.rss"), site.url("/html-as-feed"),
                                                       str(local), site.url("/feed.atom")]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.input for f in failures] == [site.url("/bad.rss"), site.url("/html-as-feed"), str(local)]
    assert "not a readable RSS/Atom feed" in failures[0].reason
    assert "Content-Type text/html is not a feed type" in failures[1].reason
    assert len(items) - len(failures) == 2  # the good feed's items still came


def test_parse_feed_resolves_links_and_skips_items_without_one() -> None:
    data = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>No link here</title></item>"
            b"<item><title>A</title><link>/a</link></item></channel></rss>")
    [item] = parse_feed(data, base_url="http://news.example/feed")
    assert item.link == "http://news.example/a" and item.title == "A"
