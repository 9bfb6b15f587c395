"""The cluster benchmark runs end to end on a tiny corpus (figures are reported, never asserted)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.pipeline import PipelineConfig
from eventwire.scale.bench import run_scale_bench

from .conftest import articles


def test_bench_cluster_measures_every_side(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles(4)),
                      encoding="utf-8")
    result = run_scale_bench(str(corpus), limit=3, workers=(1,), partition=2,
                             config=PipelineConfig(stages=("provenance",)), idle_s=0.5)
    assert result.articles == 3 and [s.name for s in result.sides] == ["local", "dask-1"]
    local, dask = result.sides
    assert local.analysis_cpu_seconds == local.cpu_seconds
    assert 0 < dask.analysis_cpu_seconds <= dask.cpu_seconds and dask.idle_cpu_per_s >= 0
    assert result.serialise_ms_per_article > 0 and result.overhead is not None
    assert json.loads(json.dumps(result.to_dict()))["sides"][1]["workers"] == 1
