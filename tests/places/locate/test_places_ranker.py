"""The learned event → place ranker: its options, its shipped weights, its training."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.errors import ConfigError
from eventwire.places.locate.ranker import RankerModel, options, rank_place, shipped_model
from eventwire.places.locate.ranker_data import _from_json, _to_json, load_examples
from eventwire.places.locate.ranker_train import Group, RankerSettings, choose, fit


def _event(record: Any, trigger: str) -> Any:
    return next(e for e in record.events if e.trigger.text == trigger)


def test_the_shipped_model_is_plain_json_with_its_figures() -> None:
    model = shipped_model()
    assert model is not None and len(model.weights) > 100
    assert model.meta["cv_accuracy"] > model.meta["rules_accuracy"]
    assert model.meta["seed"] == 13 and "rule" in model.weights


def test_options_are_the_scenes_of_the_sentence_then_no_place(places_of: Any) -> None:
    text = "Russian jets bombed a market in Idlib on Monday. Talks resumed in Geneva."
    record, doc = places_of(text)
    trigger = doc.token_at(text.index("bombed"))
    assert trigger is not None
    opts = options(doc, trigger.i, record.places)
    assert [p.text if p else None for p, _ in opts] == ["Idlib", None]  # no demonym, no other sentence
    idlib = opts[0][1]
    assert idlib["rule"] == 1.0 and idlib["prep=in"] == 1.0 and idlib["kind=toponym"] == 1.0
    assert opts[1][1]["none&rule=place"] == 1.0


def test_the_ranker_places_clear_events_and_leaves_others_unplaced(analyse: Any) -> None:
    record = analyse("Gunmen killed four farmers in Zamfara state on Sunday, police said.",
                     stages=("actors", "events", "places"))
    place = _event(record, "killed").place
    assert place is not None and place.text == "Zamfara"
    stages = ("actors", "events", "places")
    record = analyse("A Chicago woman was arrested in Denver on Friday.", stages=stages)
    place = _event(record, "arrested").place
    assert place is not None and place.text == "Denver"
    record = analyse("The ministers agreed to meet again next month.", stages=("actors", "events", "places"))
    assert all(e.place is None for e in record.events)


def test_weights_round_trip_and_a_bad_file_names_itself(tmp_path: Path) -> None:
    model = RankerModel(weights={"rule": 1.5, "none": -0.25}, meta={"seed": 1})
    path = tmp_path / "m.json"
    model.save(path)
    again = RankerModel.load(path)
    assert again.weights == model.weights and again.meta == {"seed": 1}
    bad = tmp_path / "bad.json"
    bad.write_text('{"weights": [1, 2]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.json"):
        RankerModel.load(bad)


def _toy_groups() -> list[Group]:
    # the right option always has "near"; "far" options and "none" are wrong
    groups = []
    for k in range(30):
        feats: list[dict[str, float]] = [{"bias": 1.0, "far": 1.0}, {"bias": 1.0, "near": 1.0}, {"none": 1.0}]
        if k % 2:
            feats = [feats[1], feats[0], feats[2]]
        groups.append(Group(feats, answer=0 if k % 2 else 1, rule=2))
    return groups


def test_fit_learns_the_telling_feature_deterministically() -> None:
    groups = _toy_groups()
    a = fit(groups, RankerSettings(steps=100, min_count=1))
    b = fit(groups, RankerSettings(steps=100, min_count=1))
    assert a.weights == b.weights
    assert a.weights["near"] > a.weights["far"]
    assert all(choose(a, g) == g.answer for g in groups)


def test_rank_place_falls_back_to_the_rules_without_a_model(places_of: Any) -> None:
    text = "A Chicago woman was arrested in Denver on Friday."
    record, doc = places_of(text)
    trigger = doc.token_at(text.index("arrested"))
    assert trigger is not None
    against = RankerModel(weights={"none": 5.0})  # a model that always says "no place"
    assert rank_place(doc, trigger.i, record.places, model=against) is None
    by_rules = rank_place(doc, trigger.i, record.places, model=RankerModel(weights={"rule": 1.0}))
    assert by_rules is not None and by_rules.text == "Denver"


def _write_training(path: Path) -> None:
    rows = [
        ("Rebels attacked a convoy near Goma on Tuesday.", "attacked", "Goma"),
        ("Police arrested two men in Lyon after the robbery.", "arrested", "Lyon"),
        ("The minister condemned the attack, his office said.", "condemned", None),
        ("Protesters marched through Santiago for a third day.", "marched", "Santiago"),
    ]
    with path.open("w", encoding="utf-8") as out:
        for n, (text, verb, place) in enumerate(rows):
            start = text.index(verb)
            at = text.index(place) if place else 0
            locs = [{"start": at, "end": at + len(place), "text": place}] if place else []
            out.write(json.dumps({"id": f"t{n}", "text": text, "source": "mine",
                                  "event": {"start": start, "end": start + len(verb), "text": verb},
                                  "locations": locs}) + "\n")


def test_training_sentences_are_parsed_once_and_cached(tmp_path: Path) -> None:
    data, cache = tmp_path / "train.jsonl", tmp_path / "cache.jsonl"
    _write_training(data)
    first = load_examples(data, cache)
    assert cache.exists() and len(first) == 4
    again = load_examples(data, cache)
    assert [(e.id, e.trigger, e.gold, e.source) for e in again] == [
        (e.id, e.trigger, e.gold, e.source) for e in first]
    goma = first[0]
    assert [p.text for p in goma.places] == ["Goma"] and goma.doc.tokens[goma.trigger].text == "attacked"
    back = _from_json(_to_json(goma))
    assert back.doc.tokens == goma.doc.tokens and back.places == goma.places


def test_the_train_command_writes_a_model_and_reports(tmp_path: Path) -> None:
    data, out = tmp_path / "train.jsonl", tmp_path / "model.json"
    _write_training(data)
    result = CliRunner().invoke(cli, ["train", "event-location", "--data", str(data), "--out", str(out),
                                      "--folds", "2", "--cache", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["sentences"] == 4 and 0.0 <= report["cv_accuracy"] <= 1.0
    assert RankerModel.load(out).meta["folds"] == 2
    missing = CliRunner().invoke(cli, ["train", "event-location", "--data", str(tmp_path / "nope.jsonl"),
                                       "--out", str(out)])
    assert missing.exit_code != 0 and "nope.jsonl" in missing.output


def test_a_training_record_without_an_event_span_is_named(tmp_path: Path) -> None:
    from eventwire.errors import InputError

    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps({"id": "row-7", "text": "Troops fired on protesters in Lagos.",
                                "locations": []}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="row-7"):
        load_examples(data)
