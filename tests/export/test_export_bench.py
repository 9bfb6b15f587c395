"""``export-bench``'s parts: a synthetic store replicated from analysed records, and a measured
export in a child process (the figures are reported by the command, not asserted here)."""

from __future__ import annotations

from pathlib import Path

from eventwire.export.bench import build_store, measure
from eventwire.store import SQLiteStore


def test_replicated_store_and_measured_export(store_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "synthetic.db"
    assert build_store(str(store_path), db, 40) == 40
    assert build_store(str(store_path), db, 40) == 40  # reused, nothing added
    with SQLiteStore(store_path) as source, SQLiteStore(db) as synthetic:
        originals = {r.id: len(r.events) for r in source.iter_records()}
        copies = list(synthetic.iter_records())
        assert len({r.id for r in copies}) == 40
        for record in copies:
            assert len(record.events) == originals[record.id.rsplit("~", 1)[0]]
        events = len(synthetic.events())
    run = measure(db, "csv", tmp_path / "out.csv")
    assert run.articles == 40 and f"exported {events} events" in run.message
    assert run.peak_rss_mb > 0 and run.output_mb > 0
