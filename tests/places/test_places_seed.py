"""The seed article through the real actors → events → places pipeline."""

from __future__ import annotations

from typing import Any


def test_seed_regions_and_the_clashes(analyse: Any, seed_text: str) -> None:
    record = analyse(seed_text, stages=("actors", "events", "places"))
    assert not [f for f in record.failures if f.stage == "places"]
    arauca = next(p for p in record.places if p.text == "Arauca")
    apure = next(p for p in record.places if p.text == "Apure")
    assert (arauca.country, arauca.feature_code) == ("COL", "ADM1")
    assert (apure.country, apure.feature_code) == ("VEN", "ADM1")
    assert 5.5 < arauca.lat < 7.5 and 6.0 < apure.lat < 8.5
    side = next(p for p in record.places if p.kind == "side")
    assert side.country == "COL"
    for p in record.places:
        assert seed_text[p.start:p.end] == p.text
        assert p.country is None or len(p.country) == 3
    clashes = [e for e in record.events if e.type == "ASSAULT" and e.place is not None
               and e.place.text in ("Arauca", "Apure")]
    assert clashes, [(e.type, e.trigger.text, e.place) for e in record.events]
    assert clashes[0].place is not arauca  # a copy, not the record's own place
