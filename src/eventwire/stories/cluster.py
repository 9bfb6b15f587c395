"""Cluster articles into stories: TF-IDF vectors, index-based candidates, average link.

1. Each article's term counts (:func:`.features.doc_terms`) become a TF-IDF vector
   (sublinear tf, smoothed idf over the clustered collection, a weight per term kind),
   L2-normalised.
2. Candidate pairs: an inverted index over each article's ``index_terms`` heaviest terms,
   keeping only terms found in at most ``max_df_share`` of the articles (at least
   ``max_df_floor``, at most ``max_df_cap`` articles). Articles sharing ``min_shared`` of
   those rare, heavy terms are compared by exact cosine; no other pair is. Each article's
   work is bounded by ``index_terms * max_df_cap`` look-ups, so the cost grows linearly
   with the number of articles, never with all pairs.
3. Average-link agglomerative clustering over the candidate graph (a missing pair counts
   as similarity 0), merging while the best average similarity is at least ``threshold``;
   two groups of several articles merge only if they resemble each other at least
   ``cohesion`` times as much as the looser of them resembles itself. This is what keeps
   apart two similar stories of one kind (two earthquakes, two arrests of players of one
   team): each is tight, and what they share is the topic, not the dates, numbers and names.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ArticleRecord
from .features import doc_terms

# Tuned on the ECB+ development half (topics holding two similar stories each): the scores
# stay flat for thresholds 0.12-0.18 with cohesion 0.7, and hold on either half of its topics.
DEFAULT_THRESHOLD = 0.15
DEFAULT_COHESION = 0.7
KIND_WEIGHTS = {"w": 1.0, "e": 2.0, "n": 2.5, "d": 1.5}

Vector = dict[str, float]


@dataclass(slots=True)
class StoryClusterer:
    """Settings of the story clusterer (defaults tuned on a development set)."""

    threshold: float = DEFAULT_THRESHOLD
    cohesion: float = DEFAULT_COHESION
    kind_weights: dict[str, float] = field(default_factory=lambda: dict(KIND_WEIGHTS))
    index_terms: int = 40
    max_df_share: float = 0.1
    max_df_floor: int = 30  # small collections: every shared term is a candidate key
    max_df_cap: int = 100
    min_shared: int = 2  # index terms a pair must share to be compared
    use_mentions: bool = False  # add the pipeline's actor and place names (see .features)

    def vectors(self, bags: Sequence[Counter[str]]) -> list[Vector]:
        """L2-normalised TF-IDF vectors of term bags."""
        n = len(bags)
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        out: list[Vector] = []
        for bag in bags:
            vec = {
                t: (1.0 + math.log(c))
                * (math.log((1 + n) / (1 + df[t])) + 1.0)
                * self.kind_weights.get(t[0], 1.0)
                for t, c in bag.items()
            }
            norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
            out.append({t: v / norm for t, v in vec.items()})
        return out

    def similarities(self, vecs: Sequence[Vector]) -> dict[tuple[int, int], float]:
        """Cosine similarity of candidate pairs ``(i, j)``, ``i < j``, found by the index."""
        n = len(vecs)
        df: Counter[str] = Counter()
        for vec in vecs:
            df.update(vec.keys())
        max_df = max(self.max_df_floor, min(self.max_df_cap, int(self.max_df_share * n)))
        postings: dict[str, list[int]] = defaultdict(list)
        keys: list[list[str]] = []
        for i, vec in enumerate(vecs):
            rare = [t for t in vec if 1 < df[t] <= max_df]
            rare.sort(key=lambda t: -vec[t])
            keys.append(rare[: self.index_terms])
            for t in keys[-1]:
                postings[t].append(i)
        sims: dict[tuple[int, int], float] = {}
        for i, vec in enumerate(vecs):
            shared: Counter[int] = Counter()
            for t in keys[i]:
                for j in postings[t]:
                    if j > i:
                        shared[j] += 1
            for j, count in shared.items():
                if count < self.min_shared:
                    continue
                a, b = (vec, vecs[j]) if len(vec) <= len(vecs[j]) else (vecs[j], vec)
                sims[(i, j)] = sum(w * b.get(term, 0.0) for term, w in a.items())
        return sims

    def cluster_bags(self, bags: Sequence[Counter[str]]) -> list[int]:
        """Cluster label (0, 1, ... in order of first appearance) for each term bag."""
        sims = self.similarities(self.vectors(bags))
        return average_link(len(bags), sims, self.threshold, self.cohesion)

    def cluster(self, records: Sequence[ArticleRecord]) -> list[int]:
        return self.cluster_bags([doc_terms(r, mentions=self.use_mentions) for r in records])


def average_link(
    n: int, sims: dict[tuple[int, int], float], threshold: float, cohesion: float = 0.0
) -> list[int]:
    """Average-link clustering of ``n`` items over sparse similarities (missing pairs are 0).

    With ``cohesion`` > 0, two clusters of several items each merge only when their average
    similarity is also at least ``cohesion`` times the smaller of their inner average
    similarities: two tight groups that resemble each other less than themselves stay apart.
    """
    size = [1] * n
    inner = [0.0] * n  # summed similarity of the pairs inside each cluster
    alive = [True] * n
    members: list[list[int]] = [[i] for i in range(n)]
    links: list[dict[int, float]] = [{} for _ in range(n)]  # summed similarity between clusters
    for (i, j), s in sims.items():
        links[i][j] = links[i].get(j, 0.0) + s
        links[j][i] = links[j].get(i, 0.0) + s
    heap = [(-s, i, j) for (i, j), s in sims.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, i, j = heapq.heappop(heap)
        if not (alive[i] and alive[j]):
            continue
        current = links[i].get(j, 0.0) / (size[i] * size[j])
        if abs(current + neg) > 1e-12:  # stale entry: the clusters changed since it was pushed
            continue
        if cohesion > 0 and size[i] > 1 and size[j] > 1:
            tight = min(inner[i] / _pairs(size[i]), inner[j] / _pairs(size[j]))
            if current < cohesion * tight:
                continue
        inner[i] += inner[j] + links[i].get(j, 0.0)
        # merge j into i
        alive[j] = False
        members[i].extend(members[j])
        members[j] = []
        size[i] += size[j]
        for k, s in links[j].items():
            if k == i:
                continue
            links[k].pop(j, None)
            links[k][i] = links[k].get(i, 0.0) + s
            links[i][k] = links[i].get(k, 0.0) + s
        links[i].pop(j, None)
        links[j] = {}
        for k, s in links[i].items():
            avg = s / (size[i] * size[k])
            if alive[k] and avg >= threshold:
                heapq.heappush(heap, (-avg, min(i, k), max(i, k)))
    return _labels(n, members)


def _labels(n: int, members: list[list[int]]) -> list[int]:
    """A cluster label per item, numbered in the order of each cluster's first item."""
    labels = [0] * n
    next_label = 0
    seen: dict[int, int] = {}
    owner = [0] * n
    for root in range(n):
        for m in members[root]:
            owner[m] = root
    for i in range(n):
        if owner[i] not in seen:
            seen[owner[i]] = next_label
            next_label += 1
        labels[i] = seen[owner[i]]
    return labels


def _pairs(k: int) -> int:
    return k * (k - 1) // 2


def cluster(records: Sequence[ArticleRecord], *, threshold: float = DEFAULT_THRESHOLD) -> list[int]:
    """Story label for each record: records with one label report the same event."""
    return StoryClusterer(threshold=threshold).cluster(records)
