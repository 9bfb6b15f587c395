"""``eventwire eval``: the command runs the real pipeline on a tiny gold file and prints JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import ConfigError
from eventwire.evaluation import TASKS, load_task
from eventwire.evaluation.event_types import score as score_types
from eventwire.evaluation.gold import score_with
from eventwire.evaluation.stories import evaluate as evaluate_stories
from eventwire.pipeline import Pipeline, PipelineConfig
from eventwire.stages import Analysis, register
from eventwire.stories import StoryClusterer

DOCS = [
    ("a1", "A 6.1 earthquake struck Sumbawa on Tuesday, killing 12 people in Bima.", "quake-a"),
    ("a2", "Tuesday's 6.1 quake on Sumbawa killed 12 people; Bima homes collapsed.", "quake-a"),
    ("b1", "A 7.4 earthquake struck Hokkaido on Friday, injuring 40 people in Kushiro.", "quake-b"),
    ("b2", "The 7.4 quake shook Kushiro in Hokkaido on Friday; 40 people were hurt.", "quake-b"),
]


def write_gold(path: Path) -> Path:
    lines = [json.dumps({"id": i, "text": t, "story": s, "topic": "1"}) for i, t, s in DOCS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_stories_json(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "stories.jsonl")
    result = CliRunner().invoke(cli, ["eval", "stories", "--gold", str(gold), "--json", "--stages", "none"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["n"] == 4 and report["gold_stories"] == 2
    assert report["pairwise_f1"] == pytest.approx(1.0)
    assert report["bcubed_f1"] == pytest.approx(1.0)


def test_eval_limit_and_summary(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "stories.jsonl")
    args = ["eval", "stories", "--gold", str(gold), "--limit", "2", "--stages", "none"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "pairwise_f1" in result.output  # the Rich table
    assert json.loads(result.output.strip().splitlines()[-1])["n"] == 2


def test_eval_rejects_unknown_task_and_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "nonsense", "--gold", str(write_gold(tmp_path / "g.jsonl"))])
    assert result.exit_code != 0
    result = CliRunner().invoke(cli, ["eval", "stories", "--gold", str(tmp_path / "missing.jsonl")])
    assert result.exit_code != 0


def test_registry_lists_every_task() -> None:
    assert set(TASKS) == {
        "events",
        "event-types",
        "real-news-events",
        "quotes",
        "places",
        "event-location",
        "stories",
        "claims",
    }
    assert callable(load_task("stories"))
    with pytest.raises(ConfigError):
        load_task("nonsense")


class _BrokenStage:
    """A plug-in stage that fails on every article."""

    name: ClassVar[str] = "eval_test_broken"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self) -> None:
        self.cue_words: frozenset[str] = frozenset()

    def __call__(self, analysis: Analysis) -> None:
        raise RuntimeError("broken on purpose")


def test_reports_count_stage_failures(nlp: Any) -> None:
    register(_BrokenStage.name, _BrokenStage)
    pipeline = Pipeline(PipelineConfig(stages=(_BrokenStage.name,)), nlp=nlp)
    gold = [{"id": "s1", "text": "Police arrested ten protesters.", "label": "ARREST"}]
    report = score_with(gold, pipeline, score_types)
    assert report["stage_failures"] == 1
    assert report["accuracy"] == 0.0


def test_stories_evaluate_runs_the_pipeline_only_for_mentions(tmp_path: Path, nlp: Any) -> None:
    gold = write_gold(tmp_path / "stories.jsonl")
    pipeline = Pipeline(PipelineConfig(stages=()), nlp=nlp)
    plain = evaluate_stories(gold, pipeline)
    with_mentions = evaluate_stories(gold, pipeline, clusterer=StoryClusterer(use_mentions=True))
    assert plain["n"] == with_mentions["n"] == 4
    assert plain["bcubed_f1"] == pytest.approx(1.0)
    assert with_mentions["bcubed_f1"] == pytest.approx(1.0)  # no stages: no names to add
