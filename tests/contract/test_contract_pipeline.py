"""Records from the real pipeline on the bundled samples and the seed article meet the contract."""

from __future__ import annotations

import copy
from typing import Any

from eventwire.contract import validate
from eventwire.errors import ConfigError
from eventwire.ingest import read_inputs, samples_dir
from eventwire.model import Article, to_dict
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.stages import DEFAULT_STAGES, create


def available_stages() -> tuple[str, ...]:
    """The default stages present in this checkout whose requirements are met, in order."""
    have = {"doc"}
    out = []
    for name in DEFAULT_STAGES:
        try:
            stage = create(name)
        except ConfigError:
            continue
        if set(stage.requires) <= have:
            out.append(name)
            have |= set(stage.assigns)
    return tuple(out)


def test_sample_records_validate(nlp: Any) -> None:
    articles = [a for a in read_inputs([samples_dir()]) if isinstance(a, Article)]
    pipe = Pipeline(PipelineConfig(stages=available_stages()), nlp=nlp)
    records = [to_dict(r) for r in pipe.run(articles)]
    assert len(records) == len(articles) >= 20
    for rec in records:
        assert validate(rec) == [], (rec["id"], validate(rec)[:5])


def test_seed_record_validates_and_corruption_is_caught(nlp: Any, seed_text: str) -> None:
    pipe = Pipeline(PipelineConfig(stages=available_stages()), nlp=nlp)
    rec = to_dict(pipe.analyse(Article(id="seed", text=seed_text)))
    assert validate(rec) == []
    bad = copy.deepcopy(rec)
    span = bad["provenance"]["original_span"]
    span["start"] += 1  # offsets no longer point at "Gestion"
    assert any(p.startswith("/provenance/original_span:") for p in validate(bad))
    bad = copy.deepcopy(rec)
    bad["text"] = bad["text"].replace("Gestion", "Gestión")
    assert validate(bad) != []
    bad = copy.deepcopy(rec)
    bad["provenance"]["content_hash"] = "not a hash"
    assert any("/provenance/content_hash" in p for p in validate(bad))
