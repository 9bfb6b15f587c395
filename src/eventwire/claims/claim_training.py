"""Train the claim-candidate model (:mod:`.claim_model`) on annotated articles.

Every candidate of every article is labelled from the gold claims the way
``eventwire eval claims`` matches them (its proposition overlaps a gold claim's and its
claimant matches the gold claimant). An L2-regularised logistic regression is fitted by
Newton's method (deterministic, no random state). The threshold is chosen by 5-fold
cross-validation by article with the real scoring: for each fold a model is fitted on the
other folds, the whole claims stage runs on the fold's articles with it, and the records of
all folds are scored by :func:`eventwire.evaluation.claims.evaluate` (claim F1, then status
accuracy and link F1 on ties). The cross-validated report is written beside the weights.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..actors.attribution import ActorIndex
from ..evaluation.claims import claimant_matches, evaluate
from ..jsonl import read_jsonl
from ..model import Article, ArticleRecord
from ..stages.base import Analysis
from .claim_model import FEATURES, Model, Scored, decide, gather
from .found import Found
from .stage import ClaimStage

L2S = (1.0, 3.0, 10.0, 30.0)  # penalties tried; cross-validation picks one
FOLDS = 5
THRESHOLDS = tuple(round(0.05 + 0.05 * i, 2) for i in range(16))  # 0.05 … 0.80
_REPORTED = ("claim_precision", "claim_recall", "claim_f1", "status_accuracy", "link_precision",
             "link_recall", "link_f1")


class _Replay:
    """Hands :func:`evaluate` records already made, in gold order, as a pipeline would."""

    def __init__(self, records: list[ArticleRecord]) -> None:
        self.records = records

    def run(self, articles: Iterable[Any], processes: int = 1) -> Iterator[ArticleRecord]:
        return iter(self.records)


def score(rows: Sequence[dict[str, Any]], records: list[ArticleRecord]) -> dict[str, Any]:
    """``eventwire eval claims`` figures of ``records`` against the annotated ``rows``."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return evaluate(gold, _Replay(records))


def _label(row: dict[str, Any], record: ArticleRecord, s: Scored) -> int:
    p = s.candidate.proposition
    return int(any(
        min(p.end, g["proposition"]["end"]) > max(p.start, g["proposition"]["start"])
        and claimant_matches(g["claimant"], s.candidate.claimant, record)
        for g in row.get("claims", [])
    ))


def _run(analyses: list[Analysis], pick: Any) -> list[ArticleRecord]:
    stage = ClaimStage(decide=pick)
    for a in analyses:
        a.record.claims = []
        stage(a)
    return [a.record for a in analyses]


def _candidates(analyses: list[Analysis]) -> dict[str, list[Scored]]:
    """Every article's candidates, as the stage sees them (after its cue-word claims)."""
    seen: dict[str, list[Scored]] = {}

    def capture(analysis: Analysis, index: ActorIndex, found: list[Found]) -> list[Found]:
        seen[analysis.record.id] = gather(analysis, index, found)
        return found

    _run(analyses, capture)
    return seen


def _matrix(scored: list[Scored]) -> np.ndarray:
    return np.array([s.vector for s in scored], dtype=float).reshape(-1, len(FEATURES))


def fit_model(by_article: dict[str, list[Scored]], labels: dict[str, list[int]], l2: float,
              threshold: float) -> Model:
    """A model fitted on the labelled candidates of ``by_article`` (in article order)."""
    scored = [s for a in sorted(by_article) for s in by_article[a]]
    y = np.array([v for a in sorted(by_article) for v in labels[a]], dtype=float)
    w = fit(_matrix(scored), y, l2)
    return Model({n: float(v) for n, v in zip(FEATURES, w, strict=True)}, threshold)


def cross_validate(rows: Sequence[dict[str, Any]], analyses: list[Analysis],
                   seen: dict[str, list[Scored]], folds: int = FOLDS) -> tuple[float, float, dict[str, Any]]:
    """The penalty and threshold with the best cross-validated claim F1 (then status accuracy),
    and the report at each (penalty, threshold)."""
    table: dict[str, Any] = {}
    for l2 in L2S:
        for t, report in _cross_validate_at(rows, analyses, seen, l2, folds).items():
            table[f"{l2:g}/{t:.2f}"] = report
    key = max(table, key=lambda k: (table[k]["claim_f1"], table[k]["status_accuracy"]))
    penalty, threshold = key.split("/")
    return float(penalty), float(threshold), table


def _cross_validate_at(rows: Sequence[dict[str, Any]], analyses: list[Analysis],
                       seen: dict[str, list[Scored]], l2: float, folds: int) -> dict[float, dict[str, float]]:
    """The cross-validated report at each threshold for one penalty."""
    ids = sorted(a.record.id for a in analyses)
    fold_of = {a: i % folds for i, a in enumerate(ids)}
    labels = {a.record.id: [_label(r, a.record, s) for s in seen[a.record.id]]
              for r, a in zip(rows, analyses, strict=True)}
    models = {k: fit_model({a: seen[a] for a in ids if fold_of[a] != k}, labels, l2, 0.5)
              for k in range(folds)}
    table: dict[float, dict[str, float]] = {}
    for t in THRESHOLDS:
        def pick(analysis: Analysis, index: ActorIndex, found: list[Found], t: float = t) -> list[Found]:
            m = models[fold_of[analysis.record.id]]
            return found + decide(seen[analysis.record.id], found, Model(m.weights, t))

        report = score(rows, _run(analyses, pick))
        table[t] = {k: round(float(report[k]), 4) for k in _REPORTED}
    return table


def analyses(rows: Sequence[dict[str, Any]]) -> Iterator[tuple[ArticleRecord, Analysis]]:
    """The pipeline's analysis of each row, every stage but the claims stage run."""
    from ..pipeline import Pipeline, PipelineConfig

    pipeline = Pipeline(PipelineConfig())
    docs = pipeline.parser.parse_many([r["text"] for r in rows], chunk=16)
    for row, doc in zip(rows, docs, strict=True):
        article = Article(id=str(row["id"]), text=row["text"], published=row.get("published"))
        record = ArticleRecord(id=article.id, text=article.text, published=article.published)
        analysis = Analysis(article=article, doc=doc, record=record)
        for stage in pipeline.stages:
            if stage.name in ("claims", "counts", "places", "provenance"):
                continue
            stage(analysis)
        yield record, analysis


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Logistic regression weights by Newton's method with an L2 penalty (bias unpenalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return w


def read_rows(gold: Sequence[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in gold:
        rows.extend(row for _, row in read_jsonl(path, what="annotated claims file"))
    return rows


def train(gold: Sequence[Path], out: Path) -> dict[str, Any]:
    """Label, cross-validate, fit on every article and write the model to ``out``."""
    rows = read_rows(gold)
    return train_on(rows, [a for _, a in analyses(rows)], [p.name for p in gold], out)


def train_on(rows: Sequence[dict[str, Any]], analyses: list[Analysis], files: list[str],
             out: Path) -> dict[str, Any]:
    """:func:`train` on articles already analysed (every stage before claims run)."""
    seen = _candidates(analyses)
    labels = {a.record.id: [_label(r, a.record, s) for s in seen[a.record.id]]
              for r, a in zip(rows, analyses, strict=True)}
    positives = sum(sum(v) for v in labels.values())
    if not positives:
        raise ValueError("no labelled claim candidates in the training data")
    l2, threshold, table = cross_validate(rows, analyses, seen)
    fitted = fit_model(seen, labels, l2, threshold)
    model = {
        "about": "Claim-candidate model of eventwire (claims/claim_model.py); trained by "
        "'eventwire train claims'. Logistic regression, L2 penalty, Newton's method.",
        "features": list(FEATURES),
        "weights": {name: round(v, 6) for name, v in fitted.weights.items()},
        "threshold": threshold,
        "training": {
            "files": files,
            "articles": len(analyses),
            "candidates": sum(len(v) for v in seen.values()),
            "positives": positives,
            "l2": l2,
            "folds": FOLDS,
            "cross_validated": table[f"{l2:g}/{threshold:.2f}"],
            "claim_f1_by_penalty_and_threshold": {k: v["claim_f1"] for k, v in table.items()},
        },
    }
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return model
