"""Great-circle distance and the latitude/longitude box that bounds a radius."""

from __future__ import annotations

import math

EARTH_KM = 6371.0088  # mean Earth radius


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, list[tuple[float, float]]]:
    """``(min_lat, max_lat, lon_ranges)`` containing every point within ``km`` of the centre.

    The longitude range is split in two where it crosses the antimeridian, and covers all
    longitudes where the circle reaches a pole.
    """
    dlat = math.degrees(km / EARTH_KM)
    lo_lat, hi_lat = lat - dlat, lat + dlat
    if lo_lat <= -90.0 or hi_lat >= 90.0:
        return max(lo_lat, -90.0), min(hi_lat, 90.0), [(-180.0, 180.0)]
    # widest longitude span of the circle (at the latitude where it is tangent to a meridian)
    dlon = math.degrees(math.asin(min(1.0, math.sin(km / EARTH_KM) / math.cos(math.radians(lat)))))
    west, east = lon - dlon, lon + dlon
    if west < -180.0:
        return lo_lat, hi_lat, [(west + 360.0, 180.0), (-180.0, east)]
    if east > 180.0:
        return lo_lat, hi_lat, [(west, 180.0), (-180.0, east - 360.0)]
    return lo_lat, hi_lat, [(west, east)]


def parse_point(text: str) -> tuple[float, float]:
    """``"LAT,LON"`` → (lat, lon); ValueError with a readable message when malformed."""
    parts = text.split(",")
    if len(parts) != 2:
        raise ValueError(f"expected LAT,LON (e.g. 7.08,-70.76), got {text!r}")
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise ValueError(f"expected two numbers LAT,LON (e.g. 7.08,-70.76), got {text!r}") from None
    finite = math.isfinite(lat) and math.isfinite(lon)
    if not finite or not -90.0 <= lat <= 90.0 or not -180.0 <= lon <= 180.0:
        raise ValueError(f"latitude must be within -90..90 and longitude within -180..180, got {text!r}")
    return lat, lon
