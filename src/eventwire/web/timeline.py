"""Dyad timeline: events between two actors per day, week or month, with counts by PLOVER
type and QuadClass and the mean Goldstein score of each period."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..store import EventHit
from .query import day_of

INTERVALS = ("day", "week", "month")


def period_of(day: str, interval: str) -> str | None:
    """The period a day ("2021-03-26", or "2021-03" / "2021" when coarser) falls in; a date
    coarser than the interval has no period (it is counted apart, as undated)."""
    parts = day.split("-")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1][:2].isdigit()):
        return None
    if interval == "month":
        return f"{parts[0]}-{parts[1][:2]}"
    try:
        d = date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except (IndexError, ValueError):
        return None
    if interval == "day":
        return d.isoformat()
    monday = d - timedelta(days=d.weekday())
    return monday.isoformat()


def period_range(period: str, interval: str) -> tuple[str, str]:
    """First and last day (inclusive) of a period, for the matching events query."""
    if interval == "month":
        year, month = int(period[:4]), int(period[5:7])
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return f"{period}-01", (nxt - timedelta(days=1)).isoformat()
    if interval == "week":
        start = date.fromisoformat(period)
        return period, (start + timedelta(days=6)).isoformat()
    return period, period


@dataclass(slots=True)
class _Bucket:
    period: str
    events: int = 0
    quad: Counter[int] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    goldstein: list[float] = field(default_factory=list)

    def as_dict(self, interval: str) -> dict[str, Any]:
        first, last = period_range(self.period, interval)
        mean = round(sum(self.goldstein) / len(self.goldstein), 3) if self.goldstein else None
        return {"period": self.period, "since": first, "until": last, "events": self.events,
                "quad_class": {str(k): v for k, v in sorted(self.quad.items())},
                "types": dict(self.types.most_common()), "mean_goldstein": mean}


def timeline(hits: list[EventHit], a: str, b: str, interval: str) -> dict[str, Any]:
    buckets: dict[str, _Bucket] = {}
    undated = 0
    for hit in hits:
        day = day_of(hit)
        period = period_of(day, interval) if day else None
        if period is None:
            undated += 1
            continue
        bucket = buckets.setdefault(period, _Bucket(period))
        e = hit.event
        bucket.events += 1
        bucket.types[e.type] += 1
        if e.quad_class is not None:
            bucket.quad[e.quad_class] += 1
        if e.goldstein is not None:
            bucket.goldstein.append(e.goldstein)
    return {"a": a, "b": b, "interval": interval, "events": len(hits), "undated": undated,
            "periods": [buckets[p].as_dict(interval) for p in sorted(buckets)]}
