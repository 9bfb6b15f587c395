"""The pages in a real headless Chromium: dashboard, the seed's evidence view, the COL–RUS
timeline, every other page, and an article built to run script if anything is rendered
as markup. Screenshots go to $EVENTWIRE_SCREENSHOTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from .conftest import SEED_ID, XSS_ID, Server

pytestmark = pytest.mark.browser


@dataclass
class Watched:
    page: Any
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # requests that left the server


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("EVENTWIRE_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def tab(browser: Any, live: Server) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watched = Watched(page)
    page.on("console", lambda m: watched.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: watched.errors.append(str(exc)))
    local = (live.url, "data:")
    page.on("request", lambda r: None if r.url.startswith(local) else watched.foreign.append(r.url))
    yield watched
    context.close()


def visit(tab: Watched, live: Server, path: str) -> Any:
    response = tab.page.goto(live.url + path, wait_until="networkidle")
    assert response is not None and response.status == 200, path
    return tab.page


def clean(tab: Watched) -> None:
    assert tab.errors == [], tab.errors
    assert tab.foreign == [], tab.foreign
    assert tab.page.evaluate("typeof window.__pwned") == "undefined"


def test_dashboard(tab: Watched, live: Server, shots: Path) -> None:
    page = visit(tab, live, "/")
    assert int(page.locator("#total-articles").inner_text()) >= 12
    assert page.locator("#type-chart rect.bar").count() > 0
    assert page.locator("a[href='/dyads/COL/RUS'], a[href='/dyads/RUS/COL']").count() >= 1
    page.screenshot(path=str(shots / "dashboard.jpg"), full_page=True, quality=70)
    clean(tab)


def test_seed_evidence_view_shows_the_rejection_record(tab: Watched, live: Server, shots: Path) -> None:
    page = visit(tab, live, f"/articles/{SEED_ID}")
    trigger = page.locator(".hl.k-trigger", has_text="unfounded").first
    assert trigger.is_visible()
    trigger.click()
    record = page.locator("#record")
    text = record.inner_text()
    assert "REJECT" in text and "Russian Embassy" in text, text
    assert "unfounded" in record.locator(".sentence").first.inner_text()
    page.locator(".hl.k-actor", has_text="Colombia").first.hover()  # pinned: the click's record stays
    assert "REJECT" in record.inner_text()
    page.screenshot(path=str(shots / "evidence.jpg"), full_page=True, quality=70)
    clean(tab)


def test_col_rus_timeline_bars_list_their_events(tab: Watched, live: Server, shots: Path) -> None:
    page = visit(tab, live, "/dyads/COL/RUS")
    page.wait_for_selector("#timeline rect.bar")
    assert page.locator("#timeline rect.bar").count() >= 1
    assert page.locator("#timeline polyline.goldstein, #timeline circle.gdot").count() >= 1
    page.locator("#timeline g.period").first.click()
    page.wait_for_selector("#period-events li")
    first = page.locator("#period-events li").first
    assert first.locator(".sentence").inner_text().strip()
    assert first.locator("a").get_attribute("href", timeout=2000).startswith("/articles/")
    page.screenshot(path=str(shots / "dyad-timeline.jpg"), full_page=True, quality=70)
    clean(tab)


def test_hostile_article_renders_as_text(tab: Watched, live: Server, shots: Path) -> None:
    page = visit(tab, live, f"/articles/{XSS_ID}")
    body = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 3;</script>" in body
    assert 'onerror="window.__pwned=4"' in body and "javascript:window.__pwned=5" in body
    assert "</script><script>window.__pwned=6</script>" in body and "{{ 7*7 }}" in body
    assert "<script>" in page.locator("#article-title").inner_text()
    assert page.locator("#article-text img, #article-text script, #article-text a, #article-text svg,"
                        " #article-text iframe, #article-text style").count() == 0
    highlights = page.locator("#article-text .hl")
    assert highlights.count() >= 3  # the pipeline still found actors and events in it
    for span in highlights.all()[:6]:
        span.click()
        span.click()
    page.screenshot(path=str(shots / "xss-article.jpg"), full_page=True, quality=70)
    clean(tab)
    for path in ("/", "/events", "/claims", "/search?q=pwned", f"/api/articles/{XSS_ID}"):
        visit(tab, live, path)
        clean(tab)


@pytest.mark.parametrize(("path", "ready", "shot"), [
    ("/events?actor=RUS", "#events-table tbody tr", "events.jpg"),
    ("/claims", ".thread", "claims.jpg"),
    ("/network", "#network svg circle", "network.jpg"),
    ("/map", "#map svg circle.event", "map.jpg"),
    ("/docs", "#api-docs .endpoint", "api-docs.jpg"),
])
def test_every_page_draws(tab: Watched, live: Server, shots: Path, path: str, ready: str, shot: str) -> None:
    page = visit(tab, live, path)
    page.wait_for_selector(ready)
    page.screenshot(path=str(shots / shot), quality=70)  # the first screen: tables run long
    clean(tab)


def test_events_table_sorts_and_downloads(tab: Watched, live: Server) -> None:
    page = visit(tab, live, "/events?actor=RUS")
    page.locator("#events-table th", has_text="Type").click()
    types = page.locator("#events-table tbody td:nth-child(2)").all_inner_texts()
    assert types == sorted(types)
    href = page.locator("#download").get_attribute("href")
    assert href is not None and "format=jsonl" in href and "actor=RUS" in href
    clean(tab)


def test_map_draws_country_outlines_under_the_events(tab: Watched, live: Server) -> None:
    page = visit(tab, live, "/map")
    page.wait_for_selector("#map svg circle.event")
    assert page.locator("#map svg path.land").count() >= 170
    box = page.locator("#map svg path.land >> nth=0").bounding_box()
    assert box is not None and box["width"] > 0 and box["height"] > 0
    clean(tab)
