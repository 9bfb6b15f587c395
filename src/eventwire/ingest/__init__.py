"""Ingest: read articles from files, directories and stdin (``.txt``, ``.html``/``.htm``,
``.jsonl``), analyse them and store the records. "Ingest" means this whole path, wherever
the word is used (``eventwire ingest``, :func:`eventwire.ingest.loader.ingest`, the web
API's upload, :mod:`eventwire.scale.ingest` for many processes); this package holds the
reading half (:func:`read_inputs`) and the loop that stores (:mod:`.loader`).

>>> for item in read_inputs(["news/"]):          # doctest: +SKIP
...     if isinstance(item, Failure): print(item.reason)

Every article gets a stable id (its ``id`` field when given, else a hash of its text);
bad input becomes a :class:`~eventwire.model.Failure` naming the file and line.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from .ids import article_id
from .reader import DEFAULT_MAX_BYTES, SUFFIXES, read_file, read_inputs


def samples_dir() -> Path:
    """The folder of bundled sample articles (``.txt``, ``.html`` and ``.jsonl``)."""
    return Path(str(resources.files("eventwire") / "samples"))


__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "article_id", "read_file", "read_inputs", "samples_dir"]
