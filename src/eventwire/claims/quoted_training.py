"""Train the reported-speech claim model (:mod:`.quoted`) on annotated articles.

``eventwire train claims --gold FILE [--gold FILE ...]`` reads articles annotated under the
claims guide (the shape ``eventwire eval claims`` reads), runs the pipeline up to the quotes
stage on each, labels every candidate (a candidate is a claim when its proposition overlaps a
gold claim's proposition and its speaker matches the gold claimant), and fits an
L2-regularised logistic regression by Newton's method: deterministic, no random state. The
decision threshold is the one that maximises F1 in k-fold cross-validation by article; the
cross-validated figures are written into the model file beside the weights.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..counts.attribution import ActorIndex
from ..evaluation.claims import claimant_matches
from ..jsonl import read_jsonl
from ..model import Article, ArticleRecord
from ..stages.base import Analysis
from .quoted import QuotedCandidate, candidates
from .quoted_features import FEATURES

L2 = 1.0
FOLDS = 5
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(15))  # 0.10 … 0.80


@dataclass(slots=True)
class Labelled:
    article: str
    candidate: QuotedCandidate
    label: int


def _analyses(rows: Sequence[dict[str, Any]]) -> Iterator[tuple[ArticleRecord, Analysis]]:
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


def label(rows: Sequence[dict[str, Any]]) -> list[Labelled]:
    """Every candidate of the annotated ``rows``, labelled from their gold claims."""
    out: list[Labelled] = []
    for row, (record, analysis) in zip(rows, _analyses(rows), strict=True):
        index = ActorIndex(record, analysis.doc)
        gold = row.get("claims", [])
        for cand in candidates(record.quotes, index, analysis.doc):
            p = cand.proposition
            hit = any(
                min(p.end, g["proposition"]["end"]) > max(p.start, g["proposition"]["start"])
                and claimant_matches(g["claimant"], cand.claimant, record)
                and any(claimant_matches(name, cand.accused, record) for name in g.get("accused", []))
                for g in gold
            )
            out.append(Labelled(record.id, cand, int(hit)))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> np.ndarray:
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


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def cross_validate(data: list[Labelled], folds: int = FOLDS) -> tuple[float, dict[str, dict[str, float]]]:
    """Out-of-fold probabilities by article (folds by sorted article id), then candidate-level
    P/R/F1 at every threshold; returns the best threshold and the table."""
    articles = sorted({d.article for d in data})
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    x = np.array([d.candidate.vector for d in data], dtype=float)
    y = np.array([d.label for d in data], dtype=float)
    oof = np.zeros(len(data))
    for k in range(folds):
        test = np.array([fold_of[d.article] == k for d in data])
        if test.all() or not test.any():
            continue
        w = fit(x[~test], y[~test])
        oof[test] = 1.0 / (1.0 + np.exp(-np.clip(x[test] @ w, -30, 30)))
    table = {}
    for t in THRESHOLDS:
        pred = oof >= t
        tp = int(np.sum(pred & (y == 1)))
        table[f"{t:.2f}"] = _prf(tp, int(np.sum(pred)) - tp, int(np.sum(y == 1)) - tp)
    best = max(THRESHOLDS, key=lambda t: (table[f"{t:.2f}"]["f1"], -t))
    return best, table


def train(gold: Sequence[Path], out: Path) -> dict[str, Any]:
    """Label, cross-validate, fit on everything and write the model to ``out``."""
    rows: list[dict[str, Any]] = []
    for path in gold:
        rows.extend(row for _, row in read_jsonl(path, what="training file"))
    data = label(rows)
    if not data or not any(d.label for d in data):
        raise ValueError("no labelled claim candidates in the training data")
    threshold, table = cross_validate(data)
    x = np.array([d.candidate.vector for d in data], dtype=float)
    y = np.array([d.label for d in data], dtype=float)
    w = fit(x, y)
    model = {
        "about": "Reported-speech claim model of eventwire (claims/quoted.py); trained by "
        "'eventwire train claims'. Logistic regression, L2 penalty, Newton's method.",
        "features": list(FEATURES),
        "weights": {name: round(float(v), 6) for name, v in zip(FEATURES, w, strict=True)},
        "threshold": threshold,
        "training": {
            "files": [p.name for p in gold],
            "articles": len({d.article for d in data}),
            "candidates": len(data),
            "positives": int(y.sum()),
            "l2": L2,
            "folds": FOLDS,
            "cross_validated": table[f"{threshold:.2f}"],
        },
    }
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    return model
