"""plover-jsonl read back with pandas, DuckDB and pyarrow; every line names the codebook and its
evidence spans point into the stored article."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.json as pajson

from eventwire.store import EventHit, SQLiteStore

from .conftest import SEED_ID


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_line_names_the_codebook(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    lines = _lines(exported["plover-jsonl"])
    assert len(lines) == len(stored_hits)
    assert {line["version"] for line in lines} == {"PLOVER 0.8"}
    keys = {(h.article.id, h.event.id, h.event.type) for h in stored_hits}
    assert {(line["story_id"], line["event_id"], line["event_type"]) for line in lines} == keys


def test_evidence_spans_point_into_the_article(exported: dict[str, Path], store: SQLiteStore) -> None:
    texts: dict[str, str] = {}
    for line in _lines(exported["plover-jsonl"]):
        story = str(line["story_id"])
        if story not in texts:
            record = store.get(story)
            assert record is not None
            texts[story] = record.text
        evidence = line["evidence"]
        assert isinstance(evidence, dict)
        spans = [evidence["trigger"], evidence["sentence"], *evidence["actors"], *evidence["recipients"]]
        for span in spans:
            assert texts[story][span["start"]:span["end"]] == span["text"]


def test_seed_accusation_fields(exported: dict[str, Path]) -> None:
    lines = [x for x in _lines(exported["plover-jsonl"]) if x["story_id"] == SEED_ID]
    accusations = [x for x in lines if x["event_type"] == "ACCUSE" and x["actor_code"] == "COL"
                   and x["recipient_code"] == "RUS"]
    assert accusations
    first = accusations[0]
    assert first["actor_name"] == "Colombia" and first["actor_wikidata"] == "Q739"
    assert first["recipient_country"] == "RUS" and first["quad_code"] == 3
    assert isinstance(first["event_mode"], list) and isinstance(first["contexts"], list)
    assert first["publication_date"] == "2022-02-05T14:30:00" and first["source"] == "Gestion"


def test_consumers_read_it(exported: dict[str, Path], stored_hits: list[EventHit]) -> None:
    path = exported["plover-jsonl"]
    frame = pd.read_json(path, lines=True)
    assert len(frame) == len(stored_hits) and frame["event_type"].notna().all()
    table = pajson.read_json(path)
    assert table.num_rows == len(stored_hits)
    con = duckdb.connect()
    count = con.execute(f"SELECT count(*) FROM read_json_auto('{path}') WHERE version = 'PLOVER 0.8'")
    assert count.fetchone() == (len(stored_hits),)
