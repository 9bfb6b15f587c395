"""``eventwire train claims``: retrain the claim-candidate model (:mod:`eventwire.claims.claim_model`)
from articles annotated under the claims guide, and write it with its cross-validated figures
(a thin shell over :func:`eventwire.claims.claim_training.train`; part of the ``train`` group).
With no ``--gold``, it reads every ``training/annotations/claims-train*.jsonl`` of the
repository (the first annotator's file and the second's).
"""

from __future__ import annotations

from pathlib import Path

import click

from ..claims.claim_model import MODEL_FILE
from ..resources import data_path

DEFAULT_GOLD = "training/annotations/claims-train*.jsonl"


@click.command("claims")
@click.option("--gold", "gold", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Annotated articles (the claims format of eventwire eval claims); repeatable "
              f"(default: {DEFAULT_GOLD}).")
@click.option("--out", "out", default=None, metavar="PATH", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the model (default: the shipped data/claims/claim_model.json).")
def train_claims(gold: tuple[Path, ...], out: Path | None) -> None:
    """Train the claim model on annotated articles; print its cross-validated figures."""
    from ..claims.claim_training import train

    files = list(gold) or sorted(Path().glob(DEFAULT_GOLD))
    if not files:
        raise click.ClickException(f"no annotated articles: give --gold FILE (none match {DEFAULT_GOLD})")
    target = out or data_path(MODEL_FILE)
    try:
        model = train(files, target)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    info, cv = model["training"], model["training"]["cross_validated"]
    click.echo(f"{info['articles']} articles, {info['candidates']} candidates, {info['positives']} positive; "
               f"penalty {info['l2']:g}, threshold {model['threshold']}; {info['folds']}-fold CV by article, "
               f"claims scoring: P {cv['claim_precision']:.3f} R {cv['claim_recall']:.3f} "
               f"F1 {cv['claim_f1']:.3f} status {cv['status_accuracy']:.3f} links F1 {cv['link_f1']:.3f}")
    click.echo(f"wrote {target}")
