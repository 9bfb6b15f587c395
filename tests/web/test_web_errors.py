"""Bad parameters get a JSON error naming them; nothing answers with a stack trace."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


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
