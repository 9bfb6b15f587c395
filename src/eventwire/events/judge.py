"""The trained event judge: is a candidate a real act, and of which PLOVER type?

A multinomial logistic regression over the sparse features of :mod:`.features`, with one
class per PLOVER type and ``NONE`` (not an event: a metaphor, a name, a state, an
opinion). Its weights are trained by ``eventwire train events`` (:mod:`.training`) and
shipped as ``data/events/judge.npz`` (arrays only, read with ``allow_pickle=False``) with
``data/events/judge.json`` (classes, decision thresholds, how it was trained and its
cross-validated figures).

A candidate is dropped when the judge gives ``NONE`` at least ``drop`` probability,
retyped when another type beats the rules' type by at least ``retype`` probability, and
flagged hypothetical when ``FLAG`` (an act reported as not done) gets ``flag`` probability.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError

NONE = "NONE"
FLAG = "FLAG"  # an act reported as not done (negated or hypothetical)
DEFAULT = "events/judge"


@dataclass(slots=True)
class Verdict:
    keep: bool
    type: str  # the type to code (the rules' type unless the judge retypes)
    p_event: float  # 1 - P(NONE)
    flag: bool = False  # reported as not done: negated or hypothetical
    note: str = ""


@dataclass(slots=True)
class Judge:
    classes: list[str]
    index: dict[str, int]  # feature -> row of ``weights``
    weights: npt.NDArray[np.float32]
    bias: npt.NDArray[np.float32]
    drop: float = 0.5
    retype: float = 1.0
    flag: float = 1.01
    meta: dict[str, Any] = field(default_factory=dict)

    def probabilities(self, features: list[str]) -> npt.NDArray[np.float64]:
        rows = [self.index[f] for f in features if f in self.index]
        z = self.bias.astype(np.float64) + self.weights[rows].sum(axis=0, dtype=np.float64)
        z -= z.max()
        e = np.exp(z)
        out: npt.NDArray[np.float64] = e / e.sum()
        return out

    def decide(self, features: list[str], rule_type: str, may_retype: bool = True) -> Verdict:
        """``may_retype``: False when the rules derived the type from the modality (a future
        retreat is a CONCEDE, a negated meeting a REJECT): the judge reads word sense, not
        the manual's coding rules."""
        p = self.probabilities(features)
        p_none = float(p[self.classes.index(NONE)])
        if p_none >= self.drop:
            return Verdict(False, rule_type, 1 - p_none, note=f"judge: not an event (P={p_none:.2f})")
        p_flag = float(p[self.classes.index(FLAG)]) if FLAG in self.classes else 0.0
        flag = p_flag >= self.flag
        note = f"judge: not done (P={p_flag:.2f})" if flag else ""
        best = max((c for c in self.classes if c not in (NONE, FLAG)), key=lambda c: p[self.classes.index(c)])
        ours = float(p[self.classes.index(rule_type)]) if rule_type in self.classes else 0.0
        gain = float(p[self.classes.index(best)]) - ours
        if may_retype and best != rule_type and gain >= self.retype:
            note = f"judge: {rule_type}->{best} (+{gain:.2f})" + (f"; {note}" if note else "")
            return Verdict(True, best, 1 - p_none, flag, note)
        return Verdict(True, rule_type, 1 - p_none, flag, note)


def save(judge: Judge, stem: Path) -> None:
    """Write ``stem.npz`` (the arrays) and ``stem.json`` (everything else)."""
    features = sorted(judge.index, key=judge.index.__getitem__)
    np.savez_compressed(
        stem.with_suffix(".npz"),
        weights=judge.weights.astype(np.float32),
        bias=judge.bias.astype(np.float32),
        features=np.array(features, dtype=str),
    )
    meta = {
        "classes": judge.classes,
        "drop": judge.drop,
        "retype": judge.retype,
        "flag": judge.flag,
        **judge.meta,
    }
    stem.with_suffix(".json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def load(stem: Path) -> Judge:
    """Read a judge written by :func:`save`; a clear error names a missing or bad file."""
    try:
        meta: dict[str, Any] = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        with np.load(stem.with_suffix(".npz"), allow_pickle=False) as arrays:
            weights = arrays["weights"]
            bias = arrays["bias"]
            features = [str(f) for f in arrays["features"]]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot load the event judge from {stem}.npz/.json: {exc}") from exc
    classes = [str(c) for c in meta.pop("classes")]
    if weights.shape != (len(features), len(classes)) or NONE not in classes:
        raise ConfigError(
            f"the event judge at {stem} is inconsistent: {weights.shape} for {len(classes)} classes"
        )
    return Judge(
        classes=classes,
        index={f: i for i, f in enumerate(features)},
        weights=weights,
        bias=bias,
        drop=float(meta.pop("drop")),
        retype=float(meta.pop("retype")),
        flag=float(meta.pop("flag")),
        meta=meta,
    )


@cache
def shipped(name: str = DEFAULT) -> Judge | None:
    """The judge shipped in the package (None when none has been trained yet)."""
    stem = Path(str(resources.files("eventwire") / "data" / name))
    if not stem.with_suffix(".json").exists():
        return None
    return load(stem)
