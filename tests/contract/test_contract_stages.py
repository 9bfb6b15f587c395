"""Every stage keeps its declared contract on real articles, and a plug-in stage adds output.

- each built-in stage, audited while it runs (``eventwire.stages.audit``): no read of a field
  it does not require, no write to a field it does not assign;
- each stage alone (with only what it requires) gives the same output for its fields as in
  the full pipeline: parse coverage does not depend on which stages run;
- ``check_order`` works at field level;
- a stage registered from outside the package fills ``record.ext[NAME]``, checked against
  the schema fragment it declares, and stored with the record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

from eventwire import Article, Pipeline, PipelineConfig, to_dict
from eventwire.contract import validate
from eventwire.errors import ConfigError
from eventwire.model import ArticleRecord, record_from_dict
from eventwire.stages import DEFAULT_STAGES, Analysis, check_order, create, register
from eventwire.stages.audit import audit

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "samples"
WRITTEN = (
    "Chile accused Peru on Monday of moving troops to the border near Arica without any evidence. "
    "Peru's foreign ministry rejected the accusation. Clashes in the town of Tacna left three dead "
    "and 40 injured, police said. 'We will defend our territory,' the defence minister said. "
    "The two presidents later spoke by telephone and agreed to meet in Lima next month."
)


def _articles(seed_text: str) -> list[Article]:
    texts = [seed_text, WRITTEN]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("0[1-4]-*.txt"))]
    return [Article(id=f"a{i}", text=t, published="2022-02-05") for i, t in enumerate(texts)]


@pytest.fixture(scope="module")
def full(nlp: Any) -> Pipeline:
    return Pipeline(PipelineConfig(), nlp=nlp)


def test_every_builtin_stage_keeps_its_contract(full: Pipeline, seed_text: str) -> None:
    problems: list[str] = []
    for article in _articles(seed_text):
        doc = full.parser.parse(article.text)
        record = ArticleRecord(id=article.id, text=article.text, published=article.published)
        analysis = Analysis(article=article, doc=doc, record=record)
        for stage in full.stages:
            problems += [f"{article.id}: {p}" for p in audit(stage, analysis)]
    assert problems == []


class _Peeker:
    """Reads places and writes events without declaring either."""

    name: ClassVar[str] = "peeker"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("counts",)
    cue_words: frozenset[str] = frozenset()

    def __init__(self, read: bool) -> None:
        self.read = read

    def __call__(self, analysis: Analysis) -> None:
        if self.read:
            _ = len(analysis.record.places)
        else:
            analysis.record.counts = []
            analysis.record.provenance.source = "changed"


def test_audit_names_undeclared_reads_and_writes(full: Pipeline) -> None:
    text = "Chile accused Peru of moving troops."
    record = ArticleRecord(id="x", text=text)
    analysis = Analysis(article=Article(id="x", text=text), doc=full.parser.parse(text), record=record)
    assert audit(_Peeker(read=True), analysis) == [
        "stage 'peeker': read of record.places, which it does not require"
    ]
    problems = audit(_Peeker(read=False), analysis)
    assert problems == ["stage 'peeker': write to record.provenance.source, which it does not require"]
    # a write to a declared field passes; a part of items needs its own declaration
    analysis.record.events = full.analyse(Article(id="x", text=text)).events
    assert analysis.record.events

    class _Placer(_Peeker):
        requires = ("doc", "events")
        assigns = ("places",)

        def __call__(self, analysis: Analysis) -> None:
            analysis.record.events[0].place = None
            analysis.record.events[0].negated = True

    problems = audit(_Placer(read=False), analysis)
    assert problems == ["stage 'peeker' wrote events.negated, which it does not assign"]


def _own(record: dict[str, Any], top: str, later: set[str]) -> Any:
    """``record[top]`` without the item parts that later stages fill (``events.place``)."""
    if top != "events":
        return record[top]
    return [{k: v for k, v in e.items() if f"events.{k}" not in later} for e in record["events"]]


def _closure(name: str) -> tuple[str, ...]:
    """The built-in stages ``name`` needs, in the default order, ending with it."""
    needed = {name}
    stages = {n: create(n) for n in DEFAULT_STAGES}
    for n in reversed(DEFAULT_STAGES):
        if n in needed:
            for field in stages[n].requires:
                needed |= {m for m in DEFAULT_STAGES if field in stages[m].assigns}
    return tuple(n for n in DEFAULT_STAGES if n in needed)


@pytest.mark.slow
def test_stage_alone_gives_what_it_gives_in_the_full_pipeline(
    nlp: Any, full: Pipeline, seed_text: str
) -> None:
    article = Article(id="seed", text=seed_text, published="2022-02-05")
    whole = to_dict(full.analyse(article))
    item_parts = {f for n in DEFAULT_STAGES for f in create(n).assigns if "." in f}
    for name in DEFAULT_STAGES:
        stages = _closure(name)
        alone = to_dict(Pipeline(PipelineConfig(stages=stages), nlp=nlp).analyse(article))
        later = item_parts - {f for n in stages for f in create(n).assigns}
        for field in create(name).assigns:
            top = field.partition(".")[0]
            if top == "events" and name != "events":
                continue  # an item part: compared through the events below
            same = _own(alone, top, later) == _own(whole, top, later)
            assert same, f"{name} alone ({stages}) differs on {top}"
    # with every stage but the last, the events carry their places and counts as in full
    assert to_dict(Pipeline(PipelineConfig(stages=_closure("counts")), nlp=nlp).analyse(article))[
        "events"
    ] == whole["events"]


def test_check_order_is_field_level() -> None:
    counts, places = create("counts"), create("places")
    actors, events, quotes = create("actors"), create("events"), create("quotes")
    with pytest.raises(ConfigError, match=r"'counts' requires \['places'\]"):
        check_order([actors, events, quotes, counts, places])
    check_order([actors, events, places, quotes, counts])

    class _Late:
        name = "late"
        requires = ("doc",)
        assigns = ("events.place",)
        cue_words: frozenset[str] = frozenset()

        def __call__(self, analysis: Analysis) -> None: ...

    with pytest.raises(ConfigError, match=r"assigns 'events\.place' before any stage assigns 'events'"):
        check_order([actors, _Late()])  # type: ignore[list-item]
    with pytest.raises(ConfigError, match=r"both assign 'events\.place'"):
        check_order([actors, events, places, _Late()])  # type: ignore[list-item]
    _Late.assigns = ("ext.other",)
    with pytest.raises(ConfigError, match=r"only its own ext field, ext\.late"):
        check_order([actors, _Late()])  # type: ignore[list-item]
    _Late.assigns = ("mood",)
    with pytest.raises(ConfigError, match="unknown record field 'mood'"):
        check_order([actors, _Late()])  # type: ignore[list-item]


class ToneStage:
    """A user's plug-in, defined outside the package: counts exclamation marks per sentence."""

    name: ClassVar[str] = "tone"
    requires: ClassVar[tuple[str, ...]] = ("doc", "events")
    assigns: ClassVar[tuple[str, ...]] = ("ext.tone",)
    ext_schema: ClassVar[dict[str, Any]] = {
        "type": "object",
        "required": ["exclamations", "events"],
        "properties": {"exclamations": {"type": "integer", "minimum": 0}, "events": {"type": "integer"}},
        "additionalProperties": False,
    }

    def __init__(self, **options: Any) -> None:
        self.cue_words: frozenset[str] = frozenset()
        self.broken = bool(options.get("broken"))

    def __call__(self, analysis: Analysis) -> None:
        count = analysis.article.text.count("!")
        value: Any = str(count) if self.broken else count
        analysis.record.ext["tone"] = {"exclamations": value, "events": len(analysis.record.events)}


def test_plugin_stage_adds_validated_stored_output(nlp: Any, tmp_path: Path) -> None:
    register("tone", ToneStage)
    text = "Protesters marched in Quito! Police arrested 12 people, officials said!"
    pipeline = Pipeline(PipelineConfig(stages=(*DEFAULT_STAGES, "tone")), nlp=nlp)
    record = pipeline.analyse(Article(id="p1", text=text))
    assert record.ext["tone"] == {"exclamations": 2, "events": len(record.events)}
    data = to_dict(record)
    assert validate(data, pipeline.ext_schemas) == []
    assert record_from_dict(data).ext == record.ext  # read back as it was written

    config = PipelineConfig(stages=(*DEFAULT_STAGES, "tone"), options={"tone": {"broken": True}})
    broken = Pipeline(config, nlp=nlp)
    bad = to_dict(broken.analyse(Article(id="p2", text=text)))
    assert validate(bad, broken.ext_schemas) == ["/ext/tone/exclamations: '2' is not of type 'integer'"]

    from eventwire.store import open_store

    with open_store(tmp_path / "ext.db") as store:
        store.add([record])
        stored = store.get("p1")
    assert stored is not None and stored.ext == {"tone": {"exclamations": 2, "events": len(record.events)}}
