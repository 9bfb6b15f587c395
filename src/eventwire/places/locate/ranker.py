"""The event → place ranker: a conditional logistic regression over the options of one event.

The options are the places of the trigger's sentence and "no place"; each has features
(:mod:`~eventwire.places.locate.ranker_features`) and the option whose weighted sum is highest
wins. The weights are learned (:mod:`~eventwire.places.locate.ranker_train`) and shipped as JSON
in ``data/places/event_location_model.json``: a feature name → weight table, read without
running any code. Scoring needs no numpy; training does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ...errors import ConfigError
from ...events.types import Plover
from ...model import Place
from ...nlp.document import ParsedDoc
from ...resources import data_path
from .event_rules import locate_event
from .phrase_rules import EVENT_PLACE_KINDS
from .ranker_features import Features, candidate_features, none_features

MODEL = "places/event_location_model.json"

# event types whose destination is where they happen ("troops moved to the border",
# "protesters marched to the square", "shells fired into the valley")
DIRECTIONAL_TYPES = frozenset({Plover.MOBILIZE, Plover.PROTEST, Plover.ASSAULT, Plover.COERCE})
# statements: an event they are about ("condemned the bombing in Varnholt") has its own place.
# Not every verbal type: CONSULT (a meeting) happens where it is held.
VERBAL_TYPES = frozenset({Plover.ACCUSE, Plover.REJECT, Plover.REQUEST, Plover.THREATEN, Plover.AGREE,
                          Plover.SUPPORT, Plover.CONCEDE})


@dataclass(slots=True)
class RankerModel:
    """Feature weights of the ranker, and how they were made (data, seed, figures)."""

    weights: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, features: Features) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def save(self, path: Path) -> None:
        body = {"meta": self.meta, "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}
        path.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> RankerModel:
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in body["weights"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ConfigError(f"cannot read the event-location model: {exc}", where=str(path)) from exc
        return cls(weights=weights, meta=dict(body.get("meta") or {}))


@cache
def shipped_model() -> RankerModel | None:
    """The shipped ranker, or None when the package has none (the rules decide alone)."""
    try:
        path = data_path(MODEL)
    except ConfigError:
        return None
    return RankerModel.load(path)


def options(doc: ParsedDoc, trigger: int, places: Sequence[Place], *, directional: bool = True,
            peers: Sequence[int] = (), verbal: bool = False,
            event_type: str | None = None) -> list[tuple[Place | None, Features]]:
    """The options of the event whose trigger is token ``trigger``: each place of its
    sentence that can be a scene (toponym, border, side, landmark: never a demonym or a
    metonym) with its features, then None ("no place") with its features."""
    sent = doc.sentences[doc.tokens[trigger].sent]
    local = [p for p in places if sent.start <= p.start < sent.end and p.kind in EVENT_PLACE_KINDS]
    rule = locate_event(doc, trigger, local, directional=directional, peers=set(peers), verbal=verbal)
    out: list[tuple[Place | None, Features]] = [
        (p, candidate_features(doc, trigger, p, local, rule, directional=directional, verbal=verbal,
                               peers=set(peers)))
        for p in local
    ]
    out.append((None, none_features(doc, trigger, local, rule, verbal=verbal, event_type=event_type)))
    return out


def rank_place(doc: ParsedDoc, trigger: int, places: Sequence[Place], *, directional: bool = True,
               peers: Sequence[int] = (), verbal: bool = False, event_type: str | None = None,
               model: RankerModel | None = None) -> Place | None:
    """The place where the event whose trigger is token ``trigger`` happened, or None: the
    ranker's choice when a model is shipped (or given), else the rules' choice."""
    model = model if model is not None else shipped_model()
    if model is None or not (0 <= trigger < len(doc.tokens)):
        return locate_event(doc, trigger, places, directional=directional, peers=set(peers), verbal=verbal)
    opts = options(doc, trigger, places, directional=directional, peers=peers, verbal=verbal,
                   event_type=event_type)
    best, best_score = None, float("-inf")
    for place, feats in opts:
        s = model.score(feats)
        if s > best_score:
            best, best_score = place, s
    return best
