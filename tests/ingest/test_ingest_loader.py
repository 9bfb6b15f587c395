"""The ingest loader: batches, skipping stored articles before analysis, unstorable records."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from eventwire.ingest.loader import ingest_items
from eventwire.model import Article, Event, Failure, Span
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.stages import Analysis, register
from eventwire.store import open_store


class MarkStage:
    """A plug-in stage: one event per article; a malformed one (no trigger) for id 'bad'."""

    name: ClassVar[str] = "test-mark"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)
    calls: ClassVar[list[str]] = []

    def __init__(self, **_options: Any) -> None:
        self.cue_words: frozenset[str] = frozenset()

    def __call__(self, analysis: Analysis) -> None:
        record = analysis.record
        MarkStage.calls.append(record.id)
        whole = Span(0, len(record.text), record.text)
        trigger = None if record.id == "bad" else Span(0, 1, record.text[:1])
        record.events.append(Event(id=f"{record.id}#e1", type="CONSULT", trigger=trigger,  # type: ignore[arg-type]
                                   sentence=whole))


def test_loader_skips_stored_articles_and_survives_a_bad_record(tmp_path: Path, nlp: Any) -> None:
    register(MarkStage.name, MarkStage)
    pipeline = Pipeline(PipelineConfig(stages=(MarkStage.name,)), nlp=nlp)
    items: list[Article | Failure] = [
        Article(id=f"ok{i}", text=f"Leaders met for talks number {i} in Geneva.") for i in range(5)
    ]
    items.insert(2, Article(id="bad", text="This record cannot be written."))
    items.append(Failure(stage="ingest", reason="malformed JSON", input="x.jsonl:9"))
    with open_store(tmp_path / "l.db") as store:
        MarkStage.calls.clear()
        report = ingest_items(store, items, pipeline, batch=2)
        assert (report.read, report.added, report.skipped) == (6, 5, 0)
        assert not report.ok
        assert [f.stage for f in report.input_failures] == ["ingest", "store"]
        assert report.input_failures[1].input == "bad"
        assert store.table_counts()["events"] == 5
        assert {f.input for f in store.failures()} == {"x.jsonl:9", "bad"}
        before = store.table_counts()

        MarkStage.calls.clear()
        again = ingest_items(store, items, pipeline, batch=2)
        assert (again.added, again.skipped) == (0, 5)
        assert MarkStage.calls == ["bad"]  # stored articles are not analysed again
        assert store.table_counts() == before
