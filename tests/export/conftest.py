"""A store built by the real pipeline from the seed article and the bundled samples, and
every format exported from it once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.export import ExportOptions, export_events
from eventwire.ingest import samples_dir
from eventwire.ingest.loader import ingest
from eventwire.model import Article
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.store import EventFilter, EventHit, SQLiteStore, open_store

SEED_ID = "seed-col-rus"
SEED_PUBLISHED = "2022-02-05T14:30:00"
SEED_URL = "https://news.example/2022/02/05/colombia-russia"


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, nlp: Any, seed_text: str) -> Path:
    path = tmp_path_factory.mktemp("export-store") / "events.db"
    pipeline = Pipeline(PipelineConfig(), nlp=nlp)
    seed = pipeline.analyse(Article(id=SEED_ID, text=seed_text, published=SEED_PUBLISHED,
                                    url=SEED_URL, source="Gestion"))
    with open_store(path) as store:
        store.add([seed])
        report = ingest(store, [samples_dir()], pipeline)
    assert report.ok and report.added > 5
    return path


@pytest.fixture()
def store(store_path: Path) -> Iterator[SQLiteStore]:
    with SQLiteStore(store_path) as opened:
        yield opened


@pytest.fixture(scope="session")
def stored_hits(store_path: Path) -> list[EventHit]:
    """Every stored event, through the store's own query."""
    with SQLiteStore(store_path) as s:
        return s.events(EventFilter())


@pytest.fixture(scope="session")
def exported(store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each format exported once: name -> output path."""
    out = tmp_path_factory.mktemp("exports")
    targets = {
        "plover-jsonl": (out / "events.jsonl", ExportOptions()),
        "gdelt-tsv": (out / "events.tsv", ExportOptions()),
        "gdelt-tsv-header": (out / "events-header.tsv", ExportOptions(header=True)),
        "csv": (out / "events.csv", ExportOptions()),
        "parquet": (out / "events.parquet", ExportOptions()),
        "parquet-partitioned": (out / "by-month", ExportOptions(partition=True)),
    }
    with SQLiteStore(store_path) as s:
        for name, (path, options) in targets.items():
            export_events(s, name.removesuffix("-header").removesuffix("-partitioned"), path, None, options)
    return {name: path for name, (path, _) in targets.items()}
