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
