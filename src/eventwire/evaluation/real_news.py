"""Score event extraction on whole real articles (``real-news-events-*.jsonl``), as the
annotation guide's "Scoring" section says.

Every political event of each article is annotated with its sentence, trigger, type,
actors and two flags. Only **factual** events count (neither ``negated`` nor
``hypothetical``); gold events with ``"political": false`` count for neither precision
nor recall.

- A predicted factual event matches a gold factual event when its trigger starts inside
  the gold event's sentence and the types are equal; pairs are made one-to-one, the
  nearest triggers first (distance between trigger starts; ties by position).
- ``precision`` = predicted factual events matched to a political gold event / predicted
  factual events, leaving out those matched to a non-political one; a prediction that
  drops a gold event's flag finds no factual partner and is a false event.
- ``recall`` = gold factual political events matched / gold factual political events.
- ``source_accuracy`` / ``target_accuracy``: over matched pairs whose gold event names that
  side, the share where a predicted actor shares the name (its canonical name or its text,
  case-insensitive, whole words: "Trump" shares "Donald Trump") or the country of a gold actor.
- ``per_type``: ``gold``, ``predicted``, ``matched``, ``precision``, ``recall``, ``f1`` per
  type; ``by_kind``: the same headline figures per kind of news (the article id's prefix
  before the first ``-`` or ``_``: ``voa``, ``usa``, ...).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import ActorMention, ArticleRecord, Event
from .gold import prf, ratio, read_gold, score_with

SIDES = ("source", "target")


def factual_gold(event: dict[str, Any]) -> bool:
    return not event.get("negated") and not event.get("hypothetical")


def factual(event: Event) -> bool:
    return not event.negated and not event.hypothetical


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def _same_name(a: str, b: str) -> bool:
    """Equal names, or one is the other with words left out ("Trump", "Donald Trump")."""
    if a == b:
        return True
    wa, wb = f" {a} ", f" {b} "
    return wa in wb or wb in wa


def actor_agrees(gold: list[dict[str, Any]], pred: list[ActorMention]) -> bool:
    """Does some predicted actor share the name or the country of some gold actor?"""
    names = {_norm(g.get("name")) for g in gold} - {""}
    countries = {str(g.get("country")).upper() for g in gold if g.get("country")}
    for a in pred:
        for said in {_norm(a.name), _norm(a.text)} - {""}:
            if any(_same_name(said, n) for n in names):
                return True
        if countries & {(a.country or "").upper(), (a.code or "").upper()} - {""}:
            return True
    return False


def match_events(gold: list[dict[str, Any]], pred: list[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: same type, predicted trigger inside
    the gold sentence, nearest trigger starts first."""
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        lo, hi = int(g["sentence"]["start"]), int(g["sentence"]["end"])
        g_at = int((g.get("trigger") or {}).get("start", lo))
        for pi, p in enumerate(pred):
            if p.type == g.get("type") and lo <= p.trigger.start < hi:
                candidates.append((abs(p.trigger.start - g_at), p.trigger.start, gi, pi))
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass(slots=True)
class Counts:
    """Tallies for one slice (all, one type, one kind of news)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    roles: dict[str, list[int]] = field(default_factory=lambda: {s: [0, 0] for s in SIDES})

    def figures(self) -> dict[str, Any]:
        p, r, f = prf(self.matched, self.predicted, self.gold)
        out: dict[str, Any] = {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": p,
            "recall": r,
            "f1": f,
        }
        for side in SIDES:
            hit, n = self.roles[side]
            out[f"{side}_accuracy"] = ratio(hit, n)
        return out


def news_kind(article_id: str) -> str:
    return re.split(r"[-_]", article_id, maxsplit=1)[0] or article_id


def _score_article(gold_rec: dict[str, Any], record: ArticleRecord, slices: list[dict[str, Counts]]) -> None:
    gold = [g for g in gold_rec.get("events") or [] if factual_gold(g)]
    pred = [e for e in record.events if factual(e)]
    pairs = match_events(gold, pred)
    excluded = {pi for gi, pi in pairs if gold[gi].get("political") is False}
    kind = news_kind(str(gold_rec["id"]))
    for g in gold:
        if g.get("political") is not False:
            _add(slices, str(g["type"]), kind, "gold")
    for pi, p in enumerate(pred):
        if pi not in excluded:
            _add(slices, p.type, kind, "predicted")
    for gi, pi in pairs:
        g = gold[gi]
        if g.get("political") is False:
            continue
        _add(slices, str(g["type"]), kind, "matched")
        for side in SIDES:
            named: list[dict[str, Any]] = list(g.get(side) or [])
            if named:
                hit = actor_agrees(named, list(getattr(pred[pi], side)))
                for key in ("", str(g["type"]), kind):
                    _role(slices, key, side, hit)


def _add(slices: list[dict[str, Counts]], typ: str, kind: str, what: str) -> None:
    overall, per_type, by_kind = slices
    for sl, key in ((overall, ""), (per_type, typ), (by_kind, kind)):
        c = sl.setdefault(key, Counts())
        setattr(c, what, getattr(c, what) + 1)


def _role(slices: list[dict[str, Counts]], key: str, side: str, hit: bool) -> None:
    overall, per_type, by_kind = slices
    sl = overall if key == "" else per_type if key.isupper() else by_kind
    c = sl.setdefault(key, Counts())
    c.roles[side][0] += hit
    c.roles[side][1] += 1


def score(gold: list[dict[str, Any]], predicted: list[ArticleRecord]) -> dict[str, Any]:
    """Score predicted records against whole-article gold records (same order)."""
    overall: dict[str, Counts] = {"": Counts()}
    per_type: dict[str, Counts] = defaultdict(Counts)
    by_kind: dict[str, Counts] = defaultdict(Counts)
    slices = [overall, per_type, by_kind]
    for rec, record in zip(gold, predicted, strict=True):
        _score_article(rec, record, slices)
    head = overall[""].figures()
    return {
        "n_articles": len(gold),
        "n_gold": head["gold"],
        "n_predicted": head["predicted"],
        "n_matched": head["matched"],
        "precision": head["precision"],
        "recall": head["recall"],
        "f1": head["f1"],
        "source_accuracy": head["source_accuracy"],
        "target_accuracy": head["target_accuracy"],
        "per_type": {t: c.figures() for t, c in sorted(per_type.items())},
        "by_kind": {k: c.figures() for k, c in sorted(by_kind.items())},
    }


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Run ``pipeline`` on the whole articles of ``gold_path`` and score the events."""
    return score_with(read_gold(gold_path), pipeline, score)
