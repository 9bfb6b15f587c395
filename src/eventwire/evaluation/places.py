"""Score toponym recognition and resolution against ``places-lgl.jsonl`` (LGL).

- ``precision`` / ``recall`` / ``f1``: predicted places against gold toponyms, matched
  one-to-one by span overlap (largest overlap first).
- ``acc161`` / ``median_km``: over matched toponyms whose gold has coordinates, the share
  resolved within 161 km and the median error. A matched place the system left without
  coordinates counts as an error of half the Earth's circumference (never within 161 km).
- ``country_accuracy``: over matched toponyms whose gold has a country, the share whose
  predicted country (ISO alpha-3) is the gold country (given as a GeoNames name).
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from ..model import ArticleRecord, Place
from .geo import MAX_ERROR_KM, country_iso3, haversine_km
from .gold import prf, ratio, read_gold, score_with
from .spans import match, overlap

ACC_KM = 161.0


def error_km(gold: dict[str, Any], place: Place) -> float | None:
    """Distance between gold and predicted coordinates; None when the gold has none."""
    if gold.get("lat") is None or gold.get("lon") is None:
        return None
    if place.lat is None or place.lon is None:
        return MAX_ERROR_KM
    return haversine_km(float(gold["lat"]), float(gold["lon"]), place.lat, place.lon)


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against gold articles (same order)."""
    tp = n_pred = n_gold = 0
    errors: list[float] = []
    countries = country_hits = 0
    for rec, record in zip(gold, predicted, strict=True):
        g = list(rec.get("places") or [])
        p = list(record.places)
        pairs = match(g, p, lambda a, b: float(overlap((int(a["start"]), int(a["end"])), (b.start, b.end))))
        tp += len(pairs)
        n_pred += len(p)
        n_gold += len(g)
        for gi, pi in pairs:
            err = error_km(g[gi], p[pi])
            if err is not None:
                errors.append(err)
            want = country_iso3(g[gi].get("country"))
            if want is not None:
                countries += 1
                country_hits += country_iso3(p[pi].country) == want
    precision, recall, f1 = prf(tp, n_pred, n_gold)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "acc161": ratio(sum(e <= ACC_KM for e in errors), len(errors)),
        "median_km": statistics.median(errors) if errors else MAX_ERROR_KM,
        "country_accuracy": ratio(country_hits, countries),
        "n_gold": n_gold,
        "n_predicted": n_pred,
        "n_matched": tp,
        "n_with_coordinates": len(errors),
    }


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the gold articles of ``gold_path`` and score the places."""
    gold = read_gold(gold_path)
    return score_with(gold, pipeline, score)
