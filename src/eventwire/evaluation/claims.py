"""Score claims, their answers and counts against ``tests/claims/gold/claims-gold.jsonl``.

Gold shape (one article a line): ``{"id", "text", "published", "claims": [{"claimant": text,
"accused": [text], "status", "proposition": {"start","end","text"}, "responses": [{"responder":
text, "kind", "span": {...}}]}], "counts": [{"start","end","text","category","low","best","high"}]}``.

- **claims**: a predicted claim matches a gold claim when their propositions overlap and the
  claimant matches: the predicted claimant mention (or another mention of its entity, or its
  canonical name) shares a word with the gold claimant text. One-to-one, largest overlap first.
  ``status_accuracy`` is over matched claims.
- **links**: within matched claim pairs, a predicted answer matches a gold answer when their
  spans overlap (one-to-one); ``link_*`` count those against all predicted / gold answers.
  ``link_kind_accuracy`` is over matched answers.
- **counts**: a predicted count matches a gold count when spans overlap and the category is
  the same (one-to-one); ``count_exact_accuracy`` is the share of matched counts whose low,
  best and high all agree, ``count_best_accuracy`` that of equal best values.
  ``core_count_*`` score the six core categories of the claims guide alone (dead, injured,
  displaced, arrested/detained, missing, hostages/abducted), the two names of one category
  counting as the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..model import ActorMention, ArticleRecord, Claim, Count
from ..resources import word_list
from .gold import predict, prf, ratio, read_gold

G = TypeVar("G")
P = TypeVar("P")
_STOP = word_list("evaluation/words.tsv", "claim_stop_words")


def _words(text: str) -> set[str]:
    cleaned = text.lower().replace("'s", " ").replace("’s", " ")
    return {w.strip('.,;:"“”()') for w in cleaned.split()} - _STOP - {""}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pair(gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], int]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best score first; score 0 = no match."""
    cands = [(score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)]
    cands = [c for c in cands if c[0] > 0]
    cands.sort(key=lambda c: -c[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def claimant_matches(gold_text: str, mention: ActorMention | None, record: ArticleRecord) -> bool:
    if mention is None:
        return False
    want = _words(gold_text)
    names = [mention.text, mention.name or ""]
    if mention.entity is not None:
        names += [m.text for m in record.actors if m.entity == mention.entity]
        names += [m.name for m in record.actors if m.entity == mention.entity and m.name]
    return any(want & _words(n) for n in names)


def _claim_score(record: ArticleRecord) -> Callable[[dict[str, Any], Claim], int]:
    def score(g: dict[str, Any], p: Claim) -> int:
        prop = g["proposition"]
        ov = _overlap((prop["start"], prop["end"]), (p.proposition.start, p.proposition.end))
        if ov and claimant_matches(g["claimant"], p.claimant, record):
            return ov
        return 0

    return score


def _count_score(g: dict[str, Any], p: Count) -> int:
    if g["category"] != p.category:
        return 0
    return _overlap((g["start"], g["end"]), (p.start, p.end))


CORE_COUNTS = {"dead": "dead", "injured": "injured", "displaced": "displaced", "arrested": "arrested",
               "detained": "arrested", "missing": "missing", "hostages": "hostages", "abducted": "hostages",
               "kidnapped": "hostages"}


def _core_score(g: dict[str, Any], p: Count) -> int:
    if CORE_COUNTS.get(g["category"]) != CORE_COUNTS.get(p.category):
        return 0
    return _overlap((g["start"], g["end"]), (p.start, p.end))


def _answer_score(g: dict[str, Any], p: Any) -> int:
    return _overlap((g["span"]["start"], g["span"]["end"]), (p.span.start, p.span.end))


def evaluate(gold_path: Path, pipeline: Any) -> dict[str, Any]:
    """Claim, answer-link and count figures of ``pipeline`` on the gold file."""
    gold = read_gold(gold_path)
    records = predict(gold, pipeline)
    tally: Counter[str] = Counter()
    per_status: dict[str, list[int]] = {}
    for rec, record in zip(gold, records, strict=True):
        _tally_claims(tally, per_status, rec.get("claims", []), record)
        _tally_counts(tally, rec.get("counts", []), record)
    cp, cr, cf = prf(tally["c_tp"], tally["c_pred"], tally["c_gold"])
    lp, lr, lf = prf(tally["l_tp"], tally["l_pred"], tally["l_gold"])
    np_, nr, nf = prf(tally["n_tp"], tally["n_pred"], tally["n_gold"])
    kp, kr, kf = prf(tally["k_tp"], tally["k_pred"], tally["k_gold"])
    return {
        "claim_precision": cp,
        "claim_recall": cr,
        "claim_f1": cf,
        "status_accuracy": ratio(tally["status_ok"], tally["c_tp"]),
        "link_precision": lp,
        "link_recall": lr,
        "link_f1": lf,
        "link_kind_accuracy": ratio(tally["kind_ok"], tally["l_tp"]),
        "count_precision": np_,
        "count_recall": nr,
        "count_f1": nf,
        "core_count_precision": kp,
        "core_count_recall": kr,
        "core_count_f1": kf,
        "count_exact_accuracy": ratio(tally["exact"], tally["n_tp"]),
        "count_best_accuracy": ratio(tally["best_ok"], tally["n_tp"]),
        "n_articles": len(gold),
        "n_gold_claims": tally["c_gold"],
        "n_pred_claims": tally["c_pred"],
        "n_gold_counts": tally["n_gold"],
        "n_pred_counts": tally["n_pred"],
        "per_status": {k: ratio(v[0], v[1]) for k, v in sorted(per_status.items())},
    }


def _tally_claims(tally: Counter[str], per_status: dict[str, list[int]], g_claims: list[dict[str, Any]],
                  record: ArticleRecord) -> None:
    """Add one article's claims and their answer links to the tally (``c_``: claims, ``l_``:
    links; ``tp``, ``pred``, ``gold``), and the status hits per gold status."""
    p_claims = record.claims
    tally["c_pred"] += len(p_claims)
    tally["c_gold"] += len(g_claims)
    tally["l_pred"] += sum(len(c.responses) for c in p_claims)
    tally["l_gold"] += sum(len(c.get("responses", [])) for c in g_claims)
    for i, j in _pair(g_claims, p_claims, _claim_score(record)):
        tally["c_tp"] += 1
        g, p = g_claims[i], p_claims[j]
        hit = int(g["status"] == p.status)
        tally["status_ok"] += hit
        per_status.setdefault(g["status"], [0, 0])
        per_status[g["status"]][0] += hit
        per_status[g["status"]][1] += 1
        pairs = _pair(g.get("responses", []), p.responses, _answer_score)
        tally["l_tp"] += len(pairs)
        tally["kind_ok"] += sum(int(g["responses"][a]["kind"] == p.responses[b].kind) for a, b in pairs)


def _tally_counts(tally: Counter[str], g_counts: list[dict[str, Any]], record: ArticleRecord) -> None:
    """Add one article's counts to the tally (``n_``: all counts, ``k_``: core counts)."""
    tally["n_pred"] += len(record.counts)
    tally["n_gold"] += len(g_counts)
    g_core = [c for c in g_counts if c["category"] in CORE_COUNTS]
    p_core = [c for c in record.counts if c.category in CORE_COUNTS]
    tally["k_tp"] += len(_pair(g_core, p_core, _core_score))
    tally["k_pred"] += len(p_core)
    tally["k_gold"] += len(g_core)
    for i, j in _pair(g_counts, record.counts, _count_score):
        tally["n_tp"] += 1
        gc, pc = g_counts[i], record.counts[j]
        tally["best_ok"] += int(gc["best"] == pc.best)
        tally["exact"] += int((gc["low"], gc["best"], gc["high"]) == (pc.low, pc.best, pc.high))
