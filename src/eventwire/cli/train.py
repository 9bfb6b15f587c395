"""``eventwire train events``: train the event judge from annotated articles (and, as weak
supervision, synthetic stories) and write it where the events stage reads it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..resources import data_path
from .train_claims import train_claims
from .train_places import train_event_location

DEFAULT_OUT = Path(str(data_path("events"))) / "judge"


@click.group("train")
def train_group() -> None:
    """Train the statistical parts of eventwire, deterministically, from annotated data:
    the event judge (needs the [train] extra: scikit-learn), the event-location ranker and
    the reported-speech claim model (numpy only). Each prints its cross-validated figures."""


@train_group.command("events")
@click.option(
    "--annotations",
    required=True,
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Real articles annotated under the real-news guide (JSON Lines; never a dev set); repeatable.",
)
@click.option(
    "--synthetic",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Synthetic PLOVER stories (one labelled type each) used as weak supervision.",
)
@click.option("--synthetic-limit", type=click.IntRange(min=1), default=None, help="Use the first N stories.")
@click.option("--synthetic-weight", type=float, default=0.3, show_default=True)
@click.option("--family", type=click.Choice(["logreg", "sgd", "svm"]), default="logreg", show_default=True)
@click.option("--c", "c", type=float, default=0.3, show_default=True, help="Inverse regularisation strength.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Path stem: writes STEM.npz (weights) and STEM.json (settings, cross-validated figures).",
)
def train_events(
    annotations: tuple[Path, ...],
    synthetic: Path | None,
    synthetic_limit: int | None,
    synthetic_weight: float,
    family: str,
    c: float,
    folds: int,
    seed: int,
    out: Path,
) -> None:
    """Train the event judge and print its cross-validated figures beside the rules alone."""
    from ..events.judge import save
    from ..events.training import train

    judge, report = train(
        annotations,
        synthetic=synthetic,
        synthetic_limit=synthetic_limit,
        synthetic_weight=synthetic_weight,
        family=family,
        c=c,
        k=folds,
        seed=seed,
    )
    save(judge, out)
    click.echo(json.dumps(report, ensure_ascii=False))


train_group.add_command(train_claims)
train_group.add_command(train_event_location)

commands: list[click.Command] = [train_group]
