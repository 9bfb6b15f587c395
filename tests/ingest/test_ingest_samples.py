"""The bundled sample articles load cleanly in all three formats."""

from __future__ import annotations

from collections import Counter

from eventwire.ingest import read_inputs, samples_dir
from eventwire.model import Article, Failure


def test_samples_load_without_failures() -> None:
    items = list(read_inputs([samples_dir()]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert failures == []
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) >= 20
    assert len({a.id for a in articles}) == len(articles)
    kinds = Counter((a.origin or "").split(":")[0].rsplit(".", 1)[-1] for a in articles)
    assert kinds["txt"] >= 3 and kinds["html"] >= 3 and kinds["jsonl"] >= 3
    for a in articles:
        assert a.title and a.published and a.source, a.origin
        assert a.published[:4] in {"2024", "2025", "2026"}
        assert len(a.text.split()) >= 100, a.origin


def test_republished_copy_has_own_id_and_same_body() -> None:
    articles = {a.id: a for a in read_inputs([samples_dir()]) if isinstance(a, Article)}
    copy = articles["sample-lithuania-belarus-republished"]
    (original,) = [
        a for a in articles.values() if (a.origin or "").endswith("01-lithuania-belarus-dispute.txt")
    ]
    assert copy.id != original.id and copy.source != original.source
    assert copy.text.startswith(original.text)
    assert copy.text.rstrip().endswith("Source: Baltic Ledger")
