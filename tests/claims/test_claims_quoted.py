"""Claims in reported speech: candidates from quotes, the shipped model, and its training."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from eventwire.actors.attribution import ActorIndex
from eventwire.claims.claim_model import FEATURES as CLAIM_FEATURES
from eventwire.claims.claim_training import fit
from eventwire.claims.quoted import candidates
from eventwire.claims.quoted_features import FEATURES
from eventwire.model import Article, ArticleRecord, Quote
from eventwire.nlp.document import ParsedDoc
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.stages.base import Analysis

ALLEGES = (
    "Senator Jane Smith said on Tuesday that Governor Tom Reed had lied to voters and hidden "
    "a huge budget deficit from the legislature."
)
PLANS = "Senator Jane Smith said on Tuesday that Governor Tom Reed will visit the county fair next week."


def _analysis(nlp: object, text: str) -> tuple[ArticleRecord, ParsedDoc]:
    pipeline = Pipeline(PipelineConfig(stages=("actors", "events", "quotes"), parse="full"), nlp=nlp)
    doc = pipeline.parser.parse(text)
    record = ArticleRecord(id="t", text=text)
    analysis = Analysis(article=Article(id="t", text=text), doc=doc, record=record)
    for stage in pipeline.stages:
        stage(analysis)
    return record, doc


def test_candidates_name_the_accused_and_the_rest_of_the_clause(nlp: object) -> None:
    record, doc = _analysis(nlp, ALLEGES)
    found = candidates(record.quotes, ActorIndex(record, doc), doc)
    by_accused = {c.accused.text: c for c in found}
    cand = by_accused["Governor Tom Reed"]
    assert cand.claimant.text == "Senator Jane Smith"
    assert cand.proposition.text == "had lied to voters and hidden a huge budget deficit from the legislature"
    assert ALLEGES[cand.proposition.start : cand.proposition.end] == cand.proposition.text
    assert len(cand.vector) == len(FEATURES)
    # the speaker is never her own accused
    assert all(c.accused.text != "Senator Jane Smith" for c in found)


def test_tone_separates_an_allegation_from_a_plan(nlp: object) -> None:
    bad = {c.accused.text: c for c in candidates(*_candidates_args(nlp, ALLEGES))}["Governor Tom Reed"]
    plain = {c.accused.text: c for c in candidates(*_candidates_args(nlp, PLANS))}["Governor Tom Reed"]
    tone = FEATURES.index("tone_negative")
    assert bad.vector[tone] > plain.vector[tone]
    assert len(bad.vector) == len(plain.vector) == len(FEATURES)


def _candidates_args(nlp: object, text: str) -> tuple[list[Quote], ActorIndex, ParsedDoc]:
    record, doc = _analysis(nlp, text)
    return record.quotes, ActorIndex(record, doc), doc


def test_fit_is_deterministic_and_learns_a_separable_feature() -> None:
    rng = np.random.default_rng(7)
    x = np.column_stack([np.ones(200), rng.random(200)])
    y = (x[:, 1] > 0.5).astype(float)
    w1, w2 = fit(x, y), fit(x, y)
    assert np.array_equal(w1, w2)
    assert w1[1] > 5  # the informative feature gets a large positive weight


WRITTEN = [
    {"id": "w1", "text": ALLEGES, "published": "2024-05-01", "claims": [
        {"claimant": "Jane Smith", "accused": ["Tom Reed"], "status": "asserted",
         "proposition": {"start": ALLEGES.index("had lied"), "end": ALLEGES.index(" and hidden"),
                         "text": "had lied to voters"}, "responses": []}], "counts": []},
    {"id": "w2", "text": PLANS, "published": "2024-05-01", "claims": [], "counts": []},
]


def test_stage_turns_a_kept_candidate_into_a_claim(analyse: Callable[..., ArticleRecord],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.claims import claim_model

    monkeypatch.setattr(claim_model, "model", lambda: claim_model.Model({"bias": 10.0}, 0.5))
    record = analyse(ALLEGES, stages=("actors", "events", "quotes", "claims"), published="2024-05-01")
    claims = [c for c in record.claims if [a.text for a in c.accused] == ["Governor Tom Reed"]]
    assert len(claims) == 1
    claim = claims[0]
    assert claim.claimant is not None and claim.claimant.text == "Senator Jane Smith"
    assert "lied to voters" in claim.proposition.text and claim.status == "asserted"


@pytest.mark.slow
def test_train_claims_command_writes_a_model_with_its_figures(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import cli

    gold = tmp_path / "written.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in WRITTEN), encoding="utf-8")
    out = tmp_path / "model.json"
    result = CliRunner().invoke(cli, ["train", "claims", "--gold", str(gold), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "fold CV by article" in result.output and str(out) in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(CLAIM_FEATURES) and data["training"]["positives"] >= 1
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps(WRITTEN[1]) + "\n", encoding="utf-8")
    failed = CliRunner().invoke(cli, ["train", "claims", "--gold", str(empty), "--out", str(out)])
    assert failed.exit_code != 0 and "no labelled claim candidates" in failed.output
