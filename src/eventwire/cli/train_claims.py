"""``eventwire train claims``: retrain the reported-speech claim model (:mod:`eventwire.claims.quoted`)
from articles annotated under the claims guide, and write it with its cross-validated figures
(a thin shell over :func:`eventwire.claims.quoted_training.train`; part of the ``train`` group).
"""

from __future__ import annotations

from pathlib import Path

import click

from ..claims.quoted import MODEL_FILE
from ..resources import data_path


@click.command("claims")
@click.option("--gold", "gold", multiple=True, required=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Annotated articles (the claims format of eventwire eval claims); repeatable.")
@click.option("--out", "out", default=None, metavar="PATH", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the model (default: the shipped data/claims/quoted_model.json).")
def train_claims(gold: tuple[Path, ...], out: Path | None) -> None:
    """Train the claim model on annotated articles; print its cross-validated figures."""
    from ..claims.quoted_training import train

    target = out or data_path(MODEL_FILE)
    try:
        model = train(list(gold), target)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    info = model["training"]
    cv = info["cross_validated"]
    click.echo(f"{info['articles']} articles, {info['candidates']} candidates, {info['positives']} claims; "
               f"threshold {model['threshold']}; {info['folds']}-fold CV by article: "
               f"P {cv['precision']:.3f} R {cv['recall']:.3f} F1 {cv['f1']:.3f}")
    click.echo(f"wrote {target}")

