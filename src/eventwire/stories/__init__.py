"""Story clustering: group articles that report the same real-world event.

>>> labels = cluster(records)            # doctest: +SKIP

Each article becomes a weighted bag of terms (content words, names, numbers and dates;
see :mod:`.features`), candidate pairs come from an inverted index over each article's
rarest, heaviest terms (no all-pairs comparison), and candidates are merged by average-link
clustering above a cosine threshold (see :mod:`.cluster`).
"""

from .cluster import DEFAULT_COHESION, DEFAULT_THRESHOLD, StoryClusterer, cluster
from .features import doc_terms

__all__ = ["DEFAULT_COHESION", "DEFAULT_THRESHOLD", "StoryClusterer", "cluster", "doc_terms"]
