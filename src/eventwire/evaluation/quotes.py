"""Score quote and attribution extraction against ``quotes-polnear.jsonl`` (PolNeAR).

Direct and indirect attributions are scored separately, the same way. A predicted quote of
a kind matches a gold attribution of that kind when their content spans (piece lists: a
quote may be split around its attribution) share at least half of the shorter one's
characters; matching is one-to-one, largest overlap first. Precision, recall and F1 count
matched pairs. ``*_speaker_accuracy`` is the share of matched quotes whose predicted speaker
mention overlaps the gold ``source`` span, or whose resolved speaker name appears
(case-insensitively) in the gold source text; when the gold attribution has no source in
the text, a prediction without a speaker mention counts as correct.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import ArticleRecord, Quote
from .gold import prf, ratio, read_gold, score_with
from .spans import Pieces, half_shorter, match, pieces_overlap

KINDS = ("direct", "indirect")


def quote_pieces(quote: Quote) -> list[tuple[int, int]]:
    """The character pieces of a predicted quote's content."""
    if quote.parts:
        return [(p.start, p.end) for p in quote.parts]
    return [(quote.content.start, quote.content.end)]


def gold_pieces(spans: Any) -> list[tuple[int, int]]:
    return [(int(s), int(e)) for s, e in spans or []]


def content_score(gold: dict[str, Any], quote: Quote) -> float:
    g: Pieces = gold_pieces(gold.get("content"))
    p: Pieces = quote_pieces(quote)
    return float(pieces_overlap(g, p)) if half_shorter(g, p) else 0.0


def speaker_correct(gold: dict[str, Any], quote: Quote) -> bool:
    """Is the predicted speaker of a matched quote right (see module doc)?"""
    source = gold_pieces(gold.get("source"))
    speaker = quote.speaker
    has_mention = speaker is not None and speaker.start is not None and speaker.end is not None
    if not source:
        return not has_mention
    if speaker is None:
        return False
    if (
        has_mention
        and speaker.start is not None
        and speaker.end is not None
        and pieces_overlap(source, [(speaker.start, speaker.end)]) > 0
    ):
        return True
    name = (speaker.name or "").strip().lower()
    return bool(name) and name in str(gold.get("source_text") or "").lower()


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against gold articles (same order)."""
    counts = {k: {"tp": 0, "pred": 0, "gold": 0, "speaker": 0} for k in KINDS}
    for rec, record in zip(gold, predicted, strict=True):
        attributions = list(rec.get("attributions") or [])
        for kind in KINDS:
            g = [a for a in attributions if a.get("kind") == kind]
            p = [q for q in record.quotes if q.kind == kind]
            pairs = match(g, p, content_score)
            c = counts[kind]
            c["tp"] += len(pairs)
            c["pred"] += len(p)
            c["gold"] += len(g)
            c["speaker"] += sum(speaker_correct(g[gi], p[pi]) for gi, pi in pairs)
    report: dict[str, Any] = {}
    for kind in KINDS:
        c = counts[kind]
        precision, recall, f1 = prf(c["tp"], c["pred"], c["gold"])
        report[f"{kind}_precision"] = precision
        report[f"{kind}_recall"] = recall
        report[f"{kind}_f1"] = f1
        report[f"{kind}_speaker_accuracy"] = ratio(c["speaker"], c["tp"])
        report[f"{kind}_gold"] = c["gold"]
        report[f"{kind}_predicted"] = c["pred"]
    report["n"] = len(gold)
    return report


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the gold articles of ``gold_path`` and score the quotes."""
    gold = read_gold(gold_path)
    return score_with(gold, pipeline, score)
