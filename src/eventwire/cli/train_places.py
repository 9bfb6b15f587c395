"""``eventwire train event-location``: train the event → place ranker and report its
cross-validated accuracy (a thin shell over :func:`eventwire.places.locate.ranker_train.train`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..resources import data_path

DEFAULT_OUT = Path(str(data_path("places"))) / "event_location_model.json"


@click.command("event-location")
@click.option("--data", "data", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="Labelled sentences (JSONL: text, event span, locations spans).")
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=DEFAULT_OUT,
              show_default=True, help="Where to write the model (JSON weights).")
@click.option("--cache", "cache", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="JSON Lines file keeping the parsed sentences between runs (e.g. in /tmp).")
@click.option("--seed", type=int, default=13, show_default=True, help="Seed of the cross-validation folds.")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True)
def train_event_location(data: Path, out: Path, cache: Path | None, seed: int, folds: int) -> None:
    """Train the event → place ranker on DATA and write it to OUT."""
    from ..places.locate.ranker_train import RankerSettings, train

    report = train(data, out, cache=cache, settings=RankerSettings(seed=seed, folds=folds))
    click.echo(json.dumps(report, indent=2))

