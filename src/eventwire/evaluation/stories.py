"""Score story clustering against ``stories-ecbplus.jsonl`` (ECB+).

Documents with the same gold ``story`` report the same real-world event.
:class:`eventwire.stories.StoryClusterer` groups the documents, and the clusters are scored
over all documents:

- pairwise precision / recall / F1 over document pairs placed in one cluster;
- B-cubed F1: per document, precision = share of its predicted cluster in its gold story,
  recall = share of its gold story in its predicted cluster; averaged over documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from ..model import ArticleRecord
from ..stories import StoryClusterer
from .gold import articles, predict, prf, ratio, read_gold


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def cluster_scores(gold: Sequence[Hashable], pred: Sequence[Hashable]) -> dict[str, float]:
    """Pairwise and B-cubed scores of predicted cluster labels against gold labels."""
    if len(gold) != len(pred):
        raise ValueError("gold and predicted labels differ in length")
    cells = Counter(zip(gold, pred, strict=True))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(pred)
    tp = sum(_pairs(c) for c in cells.values())
    precision, recall, f1 = prf(
        tp, sum(_pairs(c) for c in pred_sizes.values()), sum(_pairs(c) for c in gold_sizes.values())
    )
    n = len(gold)
    b_p = ratio(sum(c * c / pred_sizes[p] for (_, p), c in cells.items()), n)
    b_r = ratio(sum(c * c / gold_sizes[g] for (g, _), c in cells.items()), n)
    return {
        "pairwise_precision": precision,
        "pairwise_recall": recall,
        "pairwise_f1": f1,
        "bcubed_precision": b_p,
        "bcubed_recall": b_r,
        "bcubed_f1": ratio(2 * b_p * b_r, b_p + b_r),
    }


def evaluate(gold_path: Path, pipeline: Any, *, clusterer: StoryClusterer | None = None) -> dict[str, Any]:
    """Cluster the gold documents into stories and score the clusters.

    The default clusterer reads only the article text, so the pipeline runs only when the
    clusterer asks for the actor and place names (``use_mentions``)."""
    clusterer = clusterer or StoryClusterer()
    gold = read_gold(gold_path)
    if clusterer.use_mentions:
        records = predict(gold, pipeline)
    else:
        records = [ArticleRecord(id=a.id, text=a.text) for a in articles(gold)]
    labels = clusterer.cluster(records)
    report: dict[str, Any] = cluster_scores([str(r.get("story")) for r in gold], labels)
    report["n"] = len(gold)
    report["gold_stories"] = len({str(r.get("story")) for r in gold})
    report["predicted_stories"] = len(set(labels))
    report["stage_failures"] = sum(len(r.failures) for r in records)
    return report
