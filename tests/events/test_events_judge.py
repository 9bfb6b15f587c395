"""The trained judge's decisions, its file format (arrays and JSON, no pickle) and errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eventwire.errors import ConfigError
from eventwire.events.judge import FLAG, NONE, Judge, load, save


def judge() -> Judge:
    classes = ["ACCUSE", FLAG, NONE, "REJECT"]
    features = {"bias": 0, "lemma=chord": 1, "lemma=deny": 2, "marker=if": 3}
    w = np.zeros((4, 4), dtype=np.float32)
    w[1, 2] = 6.0  # "struck a chord": not an event
    w[2, 3] = 6.0  # "deny": REJECT
    w[3, 1] = 6.0  # a condition: not done
    bias = np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32)
    return Judge(classes, features, w, bias, drop=0.5, retype=0.3, flag=0.5)


def test_drop_retype_flag_and_keep() -> None:
    j = judge()
    assert not j.decide(["bias", "lemma=chord"], "ASSAULT").keep
    v = j.decide(["bias", "lemma=deny"], "ACCUSE")
    assert (v.keep, v.type) == (True, "REJECT") and "ACCUSE->REJECT" in v.note
    v = j.decide(["bias", "marker=if"], "ACCUSE")
    assert v.keep and v.flag and v.type == "ACCUSE"
    v = j.decide(["bias", "unseen feature"], "ACCUSE")
    assert (v.keep, v.type, v.flag) == (True, "ACCUSE", False)
    assert j.probabilities(["bias"]).sum() == pytest.approx(1.0)


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    save(judge(), tmp_path / "j")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["j.json", "j.npz"]
    back = load(tmp_path / "j")
    assert back.classes == judge().classes and back.index == judge().index
    assert (back.drop, back.retype, back.flag) == (0.5, 0.3, 0.5)
    feats = ["bias", "lemma=deny"]
    assert np.allclose(back.probabilities(feats), judge().probabilities(feats))


def test_a_missing_or_pickled_judge_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot load the event judge"):
        load(tmp_path / "absent")
    save(judge(), tmp_path / "j")
    np.savez(
        tmp_path / "j.npz",
        weights=np.array([object()], dtype=object),
        bias=np.zeros(4),
        features=np.array([]),
    )
    with pytest.raises(ConfigError):
        load(tmp_path / "j")


def _hand_judge(tmp_path: Path) -> Path:
    """A judge written by hand: "strike" is no event, "accuse" is a REJECT, "meet" is not done."""
    classes = ["ACCUSE", "ASSAULT", "CONSULT", FLAG, NONE, "REJECT"]
    features = {"bias": 0, "lemma=strike": 1, "lemma=accuse": 2, "lemma=meet": 3, "lemma=attack": 4}
    w = np.zeros((5, 6), dtype=np.float32)
    w[1, 4] = w[2, 5] = w[3, 3] = w[4, 1] = 9.0
    w[3, 2] = 8.0  # "meet" stays a CONSULT, flagged
    save(
        Judge(classes, features, w, np.zeros(6, dtype=np.float32), drop=0.5, retype=0.3, flag=0.4),
        tmp_path / "j",
    )
    return tmp_path / "j"


TEXT = (
    "The senator's speech struck a chord with farmers. Rebels attacked an army post near Dorva. "
    "The minister accused the opposition of lying. The two presidents met in Lisbon."
)


def test_the_stage_applies_a_judge(tmp_path: Path, nlp: object) -> None:
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline, PipelineConfig

    def events(judge: object) -> list[tuple[str, str, bool]]:
        config = PipelineConfig(
            stages=("actors", "events"), parse="full", options={"events": {"judge": judge}}
        )
        record = Pipeline(config, nlp=nlp).analyse(Article(id="j", text=TEXT))
        return [(e.type, e.trigger.text, e.hypothetical) for e in record.events]

    rules = events(False)
    judged = events(str(_hand_judge(tmp_path)))
    assert ("ASSAULT", "struck", False) in rules and not any(t == "struck" for _, t, _ in judged)
    assert ("ASSAULT", "attacked", False) in judged
    assert ("ACCUSE", "accused", False) in rules and ("REJECT", "accused", False) in judged
    assert ("CONSULT", "met", False) in rules and ("CONSULT", "met", True) in judged
