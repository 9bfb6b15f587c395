"""The gazetteer step: the offline index of place names, and the queries on it.

- :mod:`~eventwire.places.gazetteer.build` builds the index once (SQLite, ≈ 45 MB) from the
  gazetteers that PyPI packages ship and the project's tables in ``data/places``;
- :mod:`~eventwire.places.gazetteer.index` opens it (building it on first use, in a child
  process, under a lock) and answers :class:`Gazetteer` queries with :class:`PlaceCandidate` rows;
- :mod:`~eventwire.places.gazetteer.name_keys` normalises names into lookup keys, the same
  way for the builder and for every reader;
- :mod:`~eventwire.places.gazetteer.index_format` holds the index's version and the notes it
  writes into ``Place.reason``.

Imports nothing from the other steps: recognition, resolution and location read it.
"""

from .index import (
    MAX_CANDIDATES,
    Gazetteer,
    PlaceCandidate,
    cache_dir,
    default_gazetteer,
    ensure_index,
    index_path,
)

__all__ = [
    "MAX_CANDIDATES",
    "Gazetteer",
    "PlaceCandidate",
    "cache_dir",
    "default_gazetteer",
    "ensure_index",
    "index_path",
]
