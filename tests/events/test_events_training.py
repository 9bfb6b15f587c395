"""Training the event judge end to end on a few articles written for the test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from eventwire.errors import ConfigError
from eventwire.events.candidates import Collector, label_real
from eventwire.events.judge import FLAG, NONE, load, save
from eventwire.events.training import folds, train
from eventwire.model import Article

ARTICLES = [
    (
        "a1",
        "Ruritania accused Freedonia of shelling border villages. The minister struck a chord with voters.",
    ),
    ("a2", "Freedonia denied the claim. Its army attacked a convoy near the river on Monday."),
    ("a3", "The union held talks with the government. Critics attacked the budget on television."),
    ("a4", "Police arrested six protesters in the capital. The president may meet the rebels next week."),
]
EVENTS = {  # (type, trigger word, flags)
    "a1": [("ACCUSE", "accused", False)],
    "a2": [("REJECT", "denied", False), ("ASSAULT", "attacked", False)],
    "a3": [("CONSULT", "talks", False), ("ACCUSE", "attacked", False)],
    "a4": [("COERCE", "arrested", False), ("CONSULT", "meet", True)],
}


def _gold(aid: str, text: str) -> dict[str, Any]:
    events = []
    for typ, word, hypo in EVENTS[aid]:
        at = text.index(word)
        start = text.rfind(". ", 0, at)
        start = 0 if start < 0 else start + 2
        end = text.index(".", at) + 1
        events.append(
            {
                "type": typ,
                "sentence": {"start": start, "end": end},
                "trigger": {"start": at, "end": at + len(word), "text": word},
                "source": [],
                "target": [],
                "negated": False,
                "hypothetical": hypo,
                "political": True,
            }
        )
    return {"id": aid, "text": text, "published": "2024-03-01", "events": events}


@pytest.fixture(scope="module")
def annotations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ann") / "events-train.jsonl"
    path.write_text("".join(json.dumps(_gold(a, t)) + "\n" for a, t in ARTICLES), encoding="utf-8")
    return path


@pytest.mark.slow
def test_train_is_deterministic_and_reports_cross_validation(
    annotations: Path, nlp: Any, tmp_path: Path
) -> None:
    judge, report = train(annotations, k=2, seed=3, nlp=nlp)
    again, _ = train(annotations, k=2, seed=3, nlp=nlp)
    assert np.array_equal(judge.weights, again.weights)
    assert report["folds"] == 2 and report["articles"] == 4
    assert {"precision", "recall", "f1"} <= set(report["judged"]) and {"precision"} <= set(report["rules"])
    assert NONE in judge.classes and FLAG in judge.classes
    assert judge.meta["trained_on"]["articles"] == 4
    save(judge, tmp_path / "j")
    assert load(tmp_path / "j").classes == judge.classes


def test_labels_come_from_the_annotated_triggers(annotations: Path, nlp: Any) -> None:
    text = dict(ARTICLES)["a4"]
    found = Collector(nlp).run([Article(id="a4", text=text)])
    label_real(_gold("a4", text), found["a4"])
    labels = {c.event.trigger.text: c.label for c in found["a4"]}
    assert labels.get("arrested") == "COERCE"
    assert labels.get("meet") in (FLAG, None)


def test_a_dev_set_is_refused(tmp_path: Path) -> None:
    dev = tmp_path / "real-news-events-dev.jsonl"
    dev.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match="development gold set"):
        train(dev)


def test_folds_keep_articles_whole_and_are_seeded() -> None:
    ids = ["a", "b", "c", "d", "e", "a", "b"]
    parts = folds(ids, 2, seed=1)
    assert set().union(*parts) == set(ids) and not parts[0] & parts[1]
    assert parts == folds(ids, 2, seed=1)
