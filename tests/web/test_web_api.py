"""The REST API over a store built from the samples and the seed article."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from .conftest import SEED_ID


def test_openapi_lists_every_api_route(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/claims",
                 "/api/disputes/{a}/{b}", "/api/actors", "/api/dyads/{a}/{b}/timeline", "/api/search",
                 "/api/export", "/api/ingest", "/api/network", "/api/map", "/api/basemap", "/api/summary"):
        assert path in spec["paths"], path
    names = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "type", "quad_class", "since", "until", "country", "near", "km", "q", "negated",
            "hypothetical", "limit", "offset", "format"} <= names


def test_article_list_pages_in_stable_order(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    second = client.get("/api/articles", params={"limit": 5, "offset": 5}).json()
    everything = client.get("/api/articles", params={"limit": 1000}).json()
    ids = [a["id"] for a in everything["items"]]
    assert [a["id"] for a in first["items"] + second["items"]] == ids[:10]
    assert first["next_offset"] == 5 and everything["next_offset"] is None
    assert SEED_ID in ids and len(ids) == len(set(ids))


def test_one_article_has_its_full_record(client: TestClient) -> None:
    body = client.get(f"/api/articles/{SEED_ID}").json()
    assert body["id"] == SEED_ID and body["text"].startswith("The relationship with Venezuela")
    for e in body["events"]:
        assert body["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert client.get("/api/articles/no-such-id").status_code == 404


def test_events_filter_by_actor_code_or_name_and_type(client: TestClient) -> None:
    by_code = client.get("/api/events", params={"actor": "RUS", "limit": 1000}).json()["items"]
    by_name = client.get("/api/events", params={"actor": "Russia", "limit": 1000}).json()["items"]
    assert by_code and by_code == by_name
    for row in by_code:
        codes = {m["code"] for m in row["event"]["source"] + row["event"]["target"]}
        assert "RUS" in codes
    rejects = client.get("/api/events", params={"actor": "RUS", "type": "reject"}).json()["items"]
    assert rejects and all(r["event"]["type"] == "REJECT" for r in rejects)


def test_events_filters_outside_the_store_query(client: TestClient) -> None:
    conflict = client.get("/api/events", params={"quad_class": 3, "limit": 1000}).json()["items"]
    assert conflict and all(r["event"]["quad_class"] == 3 for r in conflict)
    found = client.get("/api/events", params={"q": "unfounded"}).json()["items"]
    assert found and all("unfounded" in r["event"]["sentence"]["text"] for r in found)
    negated = client.get("/api/events", params={"negated": "true", "limit": 1000}).json()["items"]
    assert all(r["event"]["negated"] for r in negated)
    dated = client.get("/api/events", params={"since": "2021-03-01", "until": "2021-03-31",
                                              "limit": 1000}).json()["items"]
    assert dated and all(r["article_id"] == SEED_ID or (r["published"] or "").startswith("2021-03")
                         for r in dated)


def test_events_near_a_point(client: TestClient) -> None:
    rows = client.get("/api/events", params={"near": "4.61,-74.08", "km": 2000}).json()["items"]
    assert all(r["distance_km"] <= 2000 for r in rows)


def test_jsonl_returns_one_item_a_line(client: TestClient) -> None:
    response = client.get("/api/events", params={"actor": "COL", "format": "jsonl", "limit": 7})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = response.text.splitlines()
    assert 0 < len(lines) <= 7
    assert all("event" in json.loads(line) for line in lines)


def test_quotes_claims_and_disputes(client: TestClient) -> None:
    quotes = client.get("/api/quotes", params={"speaker": "Patiño"}).json()["items"]
    assert quotes and "Patiño" in quotes[0]["quote"]["speaker"]["name"]
    params = {"actor": "COL", "status": "evidence_not_shown"}
    claims = client.get("/api/claims", params=params).json()["items"]
    assert claims and all(c["claim"]["status"] == "evidence_not_shown" for c in claims)
    threads = client.get("/api/disputes/COL/Russia").json()
    assert threads["a"] == "COL" and threads["b"] == "RUS"
    assert threads["threads"] and all({t["a"], t["b"]} == {"COL", "RUS"} for t in threads["threads"])
    kinds = {r["kind"] for t in threads["threads"] for c in t["claims"] for r in c["claim"]["responses"]}
    assert "denial" in kinds


def test_actors_and_network(client: TestClient) -> None:
    actors = client.get("/api/actors", params={"limit": 1000}).json()["items"]
    rus = next(a for a in actors if a["code"] == "RUS")
    assert rus["events"] == rus["as_source"] + rus["as_target"] > 0 and rus["top_partners"]
    net = client.get("/api/network").json()
    assert any({e["source"], e["target"]} == {"RUS", "COL"} for e in net["edges"])
    assert all(e["mean_goldstein"] is None or -10 <= e["mean_goldstein"] <= 10 for e in net["edges"])


def test_dyad_timeline_counts_both_directions(client: TestClient) -> None:
    t = client.get("/api/dyads/COL/RUS/timeline", params={"interval": "month"}).json()
    assert t["periods"], t
    total = sum(p["events"] for p in t["periods"]) + t["undated"]
    both = client.get("/api/events", params={"actor": "COL", "partner": "RUS", "limit": 1000}).json()["items"]
    assert total == t["events"] == len(both)
    for p in t["periods"]:
        assert sum(p["quad_class"].values()) <= p["events"] == sum(p["types"].values())
    week = client.get("/api/dyads/Colombia/RUS/timeline", params={"interval": "week"}).json()
    assert week["events"] == t["events"]


def test_search_and_export(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "unfounded"}).json()["items"]
    assert any(h["id"] == SEED_ID and "unfounded" in h["snippet"] for h in hits)
    export = client.get("/api/export")
    records = [json.loads(line) for line in export.text.splitlines()]
    assert SEED_ID in {r["id"] for r in records}
    as_json = client.get("/api/export", params={"format": "json"}).json()
    assert [r["id"] for r in as_json] == [r["id"] for r in records]


def test_summary(client: TestClient) -> None:
    s = client.get("/api/summary").json()
    assert s["articles"] >= 12 and s["event_types"] and s["top_dyads"] and s["events_by_month"]


def test_basemap_has_every_country_outline_in_range(client: TestClient) -> None:
    response = client.get("/api/basemap")
    assert response.status_code == 200 and "max-age" in response.headers["cache-control"]
    body = response.json()
    assert "Natural Earth" in body["source"]
    countries = {c["iso3"]: c for c in body["countries"]}
    assert len(body["countries"]) >= 170 and {"COL", "RUS", "VEN", "FRA", "NOR"} <= set(countries)
    for country in body["countries"]:
        assert country["rings"] and all(len(ring) >= 4 for ring in country["rings"])
        for lon, lat in (pt for ring in country["rings"] for pt in ring):
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    lons = [pt[0] for ring in countries["COL"]["rings"] for pt in ring]
    lats = [pt[1] for ring in countries["COL"]["rings"] for pt in ring]
    assert -80 < min(lons) < max(lons) < -66 and -5 < min(lats) < max(lats) < 13  # Colombia
