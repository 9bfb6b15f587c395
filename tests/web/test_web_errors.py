"""Bad parameters get a JSON error naming them; nothing answers with a stack trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.web import Settings, create_app


@pytest.mark.parametrize(("url", "params", "parameter"), [
    ("/api/events", {"since": "2021-02-30"}, "since"),
    ("/api/events", {"until": "yesterday"}, "until"),
    ("/api/events", {"km": "50000", "near": "1,2"}, "km"),
    ("/api/events", {"km": "-1"}, "km"),
    ("/api/events", {"near": "91,0"}, "near"),
    ("/api/events", {"type": "PARTY"}, "type"),
    ("/api/events", {"actor": "not an actor!"}, "actor"),
    ("/api/events", {"quad_class": "7"}, "quad_class"),
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"partner": "RUS"}, "partner"),
    ("/api/events", {"country": "Colombia"}, "country"),
    ("/api/claims", {"status": "rumoured"}, "status"),
    ("/api/search", {}, "q"),
    ("/api/dyads/COL/RUS/timeline", {"interval": "year"}, "interval"),
])
def test_bad_parameter_is_named(client: TestClient, url: str, params: dict[str, str], parameter: str) -> None:
    response = client.get(url, params=params)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["parameter"] == parameter and parameter in body["error"]


def test_unknown_route_is_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing")
    assert response.status_code == 404 and response.json()["status"] == 404


def test_writes_are_off_by_default(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b"Colombia accused Russia.",
                           headers={"content-type": "text/plain"})
    assert response.status_code == 403 and "--token" in response.json()["error"]


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for url in ("/", "/api/summary", "/static/app.css"):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_an_unusable_store_is_a_json_error_without_trace(tmp_path: Path) -> None:
    app = create_app(Settings(db=str(tmp_path)))  # a directory, not a database
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.get("/api/events")
    assert response.status_code == 503
    body = response.json()
    assert "directory" in body["error"] and "Traceback" not in response.text


def test_events_page_reports_a_bad_filter(client: TestClient) -> None:
    page = client.get("/events", params={"since": "2021-99-01", "km": "abc"})
    assert page.status_code == 200 and "since" in page.text and 'id="error"' in page.text
    near = client.get("/events", params={"near": "7.08,-70.76", "km": "300", "negated": "false"})
    assert near.status_code == 200 and 'id="error"' not in near.text
