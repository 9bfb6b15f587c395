"""The gdelt-tsv export read back as GDELT 2.0 event files are read: pandas and DuckDB with
GDELT's published column list, checked against the store and on the seed article."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from eventwire.export.gdelt_tsv import COLUMNS
from eventwire.store import EventHit

from .conftest import SEED_ID, SEED_URL

# The GDELT 2.0 event table, as listed in the GDELT Event Codebook V2.0 (written out here, not
# imported, so that the exporter is checked against GDELT's list).
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
CODES = {c: str for c in ("EventCode", "EventBaseCode", "EventRootCode", "ActionGeo_FeatureID",
                          "Actor1Code", "Actor2Code", "ActionGeo_ADM1Code")}


def read_gdelt(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype=CODES,
                       quoting=3, keep_default_na=False, na_values=[""])


@pytest.fixture(scope="module")
def gdelt(exported: dict[str, Path]) -> pd.DataFrame:
    return read_gdelt(exported["gdelt-tsv"])


@pytest.fixture(scope="module")
def seed(gdelt: pd.DataFrame) -> pd.DataFrame:
    return gdelt[gdelt["SOURCEURL"] == SEED_URL]


def test_the_column_list_is_gdelts(exported: dict[str, Path]) -> None:
    assert len(COLUMNS) == 61
    # same order as GDELT's list (GDELT's files name two columns differently in its SQL tables)
    renamed = {"GLOBALEVENTID": "GlobalEventID", "SQLDATE": "Day"}
    assert list(COLUMNS) == [renamed.get(c, c) for c in GDELT_COLUMNS]
    first = exported["gdelt-tsv"].read_text(encoding="utf-8").splitlines()[0]
    assert len(first.split("\t")) == 61 and not first.startswith("GlobalEventID")


def test_one_row_per_stored_event(gdelt: pd.DataFrame, stored_hits: list[EventHit]) -> None:
    assert len(gdelt) == len(stored_hits)
    assert gdelt["GLOBALEVENTID"].is_unique and (gdelt["GLOBALEVENTID"] > 0).all()
    assert set(gdelt["QuadClass"].dropna().astype(int)) <= {1, 2, 3, 4}
    assert gdelt["GoldsteinScale"].between(-10, 10).all()
    by_event = {(h.event.cameo, h.event.quad_class, h.event.goldstein) for h in stored_hits}
    rows = set(zip(gdelt["EventCode"], gdelt["QuadClass"], gdelt["GoldsteinScale"], strict=True))
    assert rows == by_event
    assert (gdelt["EventBaseCode"] == gdelt["EventCode"].str[:3]).all()
    assert (gdelt["EventRootCode"] == gdelt["EventCode"].str[:2]).all()
    assert gdelt["AvgTone"].isna().all()


def test_colombia_accuses_russia(seed: pd.DataFrame) -> None:
    rows = seed[(seed["Actor1Code"] == "COL") & (seed["Actor2Code"] == "RUS")
                & seed["EventRootCode"].isin(["11", "12"])]
    assert len(rows) >= 1
    row = rows.iloc[0]
    assert row["QuadClass"] == 3 and row["GoldsteinScale"] < 0
    assert row["Actor1CountryCode"] == "COL" and row["Actor2Name"] == "RUSSIA"
    assert row["SQLDATE"] // 10000 == 2022 and row["DATEADDED"] == 20220205143000
    assert row["NumSources"] >= 1 and row["NumArticles"] == row["NumSources"]


def test_russian_embassy_rejects(seed: pd.DataFrame) -> None:
    rows = seed[(seed["EventRootCode"] == "12") & (seed["Actor1Code"] == "RUSGOV")]
    assert any("EMBASSY" in name for name in rows["Actor1Name"])
    assert set(rows["Actor1Type1Code"]) == {"GOV"} and set(rows["QuadClass"]) == {3}


def test_arauca_clash_is_in_colombia(seed: pd.DataFrame) -> None:
    rows = seed[seed["ActionGeo_FullName"].fillna("").str.contains("Arauca")
                & (seed["QuadClass"] == 4)]
    assert len(rows) >= 1
    # FIPS 10-4 Colombia is CO, Arauca department CO03; GDELT type 5 = world first-level division
    assert set(rows["ActionGeo_CountryCode"]) == {"CO"}
    assert set(rows["ActionGeo_ADM1Code"]) == {"CO03"}
    assert set(rows["ActionGeo_Type"]) == {5}
    assert rows["ActionGeo_Lat"].between(6, 7.5).all() and rows["ActionGeo_Long"].between(-72, -70).all()


def test_geography_is_fips_not_iso(gdelt: pd.DataFrame, stored_hits: list[EventHit]) -> None:
    placed = [h for h in stored_hits if h.event.place is not None and h.event.place.country == "RUS"]
    codes = set(gdelt["ActionGeo_CountryCode"].dropna())
    if placed:
        assert "RS" in codes  # FIPS 10-4 Russia; ISO alpha-2 would be RU
    assert not codes & {"COL", "RUS", "RU", "GB", "DE"}
    assert gdelt["Actor1Geo_Type"].isna().all() and gdelt["Actor2Geo_Type"].isna().all()


def test_header_option_names_the_columns(exported: dict[str, Path], gdelt: pd.DataFrame) -> None:
    with_header = pd.read_csv(exported["gdelt-tsv-header"], sep="\t", dtype=CODES, quoting=3,
                              keep_default_na=False, na_values=[""])
    assert list(with_header.columns) == list(COLUMNS)
    assert with_header["GlobalEventID"].tolist() == gdelt["GLOBALEVENTID"].tolist()


def test_duckdb_reads_the_table(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    columns = ", ".join(f"'{c}': 'VARCHAR'" for c in GDELT_COLUMNS)
    con = duckdb.connect()
    con.execute(f"CREATE VIEW gdelt AS SELECT * FROM read_csv('{exported['gdelt-tsv']}', delim='\t',"
                f" header=false, quote='', columns={{{columns}}})")
    count = con.execute("SELECT count(*), count(DISTINCT GLOBALEVENTID) FROM gdelt").fetchone()
    assert count == (len(stored_hits), len(stored_hits))
    roots = con.execute("SELECT DISTINCT EventRootCode FROM gdelt WHERE SOURCEURL = ?", [SEED_URL]).fetchall()
    assert ("11",) in roots or ("12",) in roots
    seed_rows = con.execute("SELECT count(*) FROM gdelt WHERE SOURCEURL = ?", [SEED_URL]).fetchone()
    assert seed_rows == (sum(h.article.id == SEED_ID for h in stored_hits),)
