"""Write the full pipeline's records for a fixed regression corpus, to check that a
refactoring changes no output.

    python scripts/snapshot.py OUT.jsonl          # then, after the change:
    python scripts/snapshot.py AFTER.jsonl && cmp OUT.jsonl AFTER.jsonl

The corpus is built from data the project may learn from and read freely: the bundled
sample articles, the first 40 articles of ``corpus-polnear-train.jsonl``, 150 synthetic
PLOVER stories and 300 event-location training sentences (``../shared/train``), each
turned into an article. Fields that change from run to run (times, versions) are dropped.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.ingest import read_inputs
from eventwire.model import Article, Failure, to_dict
from eventwire.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
VOLATILE = {"analysed_at", "fetched_at", "eventwire_version", "timings", "ingested_at"}


def _jsonl(path: Path, n: int) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, n):
            yield json.loads(line)


def corpus() -> Iterator[Article]:
    samples = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "samples"
    for item in read_inputs([str(samples)]):
        if not isinstance(item, Failure):
            yield item
    for row in _jsonl(SHARED / "eval" / "corpus-polnear-train.jsonl", 40):
        yield Article(id=row["id"], text=row["text"], title=row.get("title"))
    for row in _jsonl(SHARED / "train" / "plover-synthetic.jsonl", 150):
        yield Article(id=row["id"], text=row["text"], title=row.get("title"))
    for row in _jsonl(SHARED / "train" / "event-location-train.jsonl", 300):
        yield Article(id=row["id"], text=row["text"])


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def main(out: str) -> None:
    pipeline = Pipeline()
    with open(out, "w", encoding="utf-8") as handle:
        for record in pipeline.run(corpus()):
            handle.write(json.dumps(_strip(to_dict(record)), sort_keys=True) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
