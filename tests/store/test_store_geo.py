"""Great-circle distance, radius boxes and LAT,LON parsing."""

from __future__ import annotations

import pytest

from eventwire.store.geo import bounding_box, haversine_km, parse_point


def test_geometry() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)
    assert haversine_km(51.5, -0.12, 48.86, 2.35) == pytest.approx(343, abs=3)  # London–Paris
    lo, hi, ranges = bounding_box(10, 179.5, 200)
    assert lo < 10 < hi and len(ranges) == 2  # crosses the antimeridian
    point_across = (10.0, -179.5)  # 110 km away, on the other side of the line
    assert any(w <= point_across[1] <= e for w, e in ranges)
    assert bounding_box(89.5, 0, 100)[2] == [(-180.0, 180.0)]  # reaches the pole
    assert parse_point("7.08, -70.76") == (7.08, -70.76)
    for bad in ("7.08", "north,south", "95,0", "1,2,3", "nan,0"):
        with pytest.raises(ValueError):
            parse_point(bad)
