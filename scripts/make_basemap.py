"""Convert Natural Earth's 1:110m country outlines into the web map's base map.

    pip download --no-deps geopandas==0.14.4 pyshp   # the data ships in that wheel
    python scripts/make_basemap.py geopandas-0.14.4-py3-none-any.whl \
        src/eventwire/data/web/countries-110m.json

The outlines are Natural Earth's ``ne_110m_admin_0_countries`` (public domain, "Made with
Natural Earth", naturalearthdata.com), as geopandas 0.14 ships them in
``geopandas/datasets/naturalearth_lowres``; they are read with pyshp (MIT) and written as
``[{"iso3", "name", "rings": [[[lon, lat], ...], ...]}]`` (``iso3`` null where Natural Earth
has no ISO code: Kosovo) with coordinates rounded to 0.1° and points closer than that to the
previous one dropped. Nothing here runs at run time.
"""

from __future__ import annotations

import io
import itertools
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

STEM = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def rings(shape: shapefile.Shape) -> list[list[list[float]]]:
    out = []
    bounds = [*shape.parts, len(shape.points)]
    for a, b in itertools.pairwise(bounds):
        ring: list[list[float]] = []
        for lon, lat in shape.points[a:b]:
            point = [round(lon, 1), round(lat, 1)]
            if not ring or point != ring[-1]:
                ring.append(point)
        if len(ring) >= 4:
            out.append(ring)
    return out


def main(wheel: str, out: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        files = {ext: io.BytesIO(zf.read(f"{STEM}.{ext}")) for ext in ("shp", "shx", "dbf")}
    # the .cpg says ISO-8859-1
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding="latin-1")
    countries = []
    for record, shape in zip(reader.records(), reader.shapes(), strict=True):
        row = record.as_dict()
        iso3 = row["iso_a3"] if row["iso_a3"] != "-99" else None  # Kosovo has no ISO code
        countries.append({"iso3": iso3, "name": row["name"], "rings": rings(shape)})
    countries.sort(key=lambda c: c["name"])
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(countries, separators=(",", ":"), ensure_ascii=False) + "\n",
                         encoding="utf-8")
    print(f"{len(countries)} countries, {sum(len(r) for c in countries for r in c['rings'])} points -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
