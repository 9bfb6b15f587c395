"""``eventwire store-bench``: one analysis, then the store time of each target."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.store import open_store

TEXTS = [
    "Chile accused Peru of moving troops to the northern border on Monday, the ministry said.",
    "Police arrested twelve protesters in Lima after clashes near the parliament on Tuesday.",
    "Brazil sent aid to flooded towns in the south, the government said in a statement.",
]


def test_store_bench_times_each_target_on_the_same_records(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"b{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
                      encoding="utf-8")
    db = tmp_path / "bench.db"
    result = CliRunner().invoke(cli, ["store-bench", "--corpus", str(corpus), "--limit", "2", "--db", str(db),
                                      "--db", "memory:", "--stages", "actors,events", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["articles"] == 2 and out["pipeline_seconds"] > 0
    assert [s["articles"] for s in out["stores"]] == [2, 2]
    assert out["stores"][0]["target"] == str(db) and out["stores"][1]["target"] == "memory:"
    assert all(s["seconds"] >= 0 and s["share_of_pipeline"] >= 0 for s in out["stores"])
    with open_store(db) as store:
        assert sorted(r.id for r in store.iter_records()) == ["b0", "b1"]
