"""``eventwire train claims``: retrain the reported-speech claim model (:mod:`eventwire.claims.quoted`)
and the claim-candidate model (:mod:`eventwire.claims.claim_model`) from articles annotated under
the claims guide, and write them with their cross-validated figures (a thin shell over
:func:`eventwire.claims.quoted_training.train` and :func:`eventwire.claims.claim_training.train`;
part of the ``train`` group). With no ``--gold``, it reads every
``training/annotations/claims-train*.jsonl`` of the repository.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..claims.claim_model import MODEL_FILE as CLAIM_MODEL_FILE
from ..claims.quoted import MODEL_FILE
from ..resources import data_path

DEFAULT_GOLD = "training/annotations/claims-train*.jsonl"


@click.command("claims")
@click.option("--gold", "gold", multiple=True, metavar="FILE",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Annotated articles (the claims format of eventwire eval claims); repeatable "
              f"(default: {DEFAULT_GOLD}).")
@click.option("--out", "out", default=None, metavar="PATH", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the reported-speech model (default: the shipped "
              "data/claims/quoted_model.json).")
@click.option("--claim-out", "claim_out", default=None, metavar="PATH",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the claim-candidate model (default: claim_model.json beside --out, "
              "else the shipped data/claims/claim_model.json).")
def train_claims(gold: tuple[Path, ...], out: Path | None, claim_out: Path | None) -> None:
    """Train the claim models on annotated articles; print their cross-validated figures."""
    from ..claims.claim_training import train as train_candidates
    from ..claims.quoted_training import train

    files = list(gold) or sorted(Path().glob(DEFAULT_GOLD))
    if not files:
        raise click.ClickException(f"no annotated articles: give --gold FILE (none match {DEFAULT_GOLD})")
    target = out or data_path(MODEL_FILE)
    try:
        model = train(files, target)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    info = model["training"]
    cv = info["cross_validated"]
    click.echo(f"{info['articles']} articles, {info['candidates']} candidates, {info['positives']} claims; "
               f"threshold {model['threshold']}; {info['folds']}-fold CV by article: "
               f"P {cv['precision']:.3f} R {cv['recall']:.3f} F1 {cv['f1']:.3f}")
    click.echo(f"wrote {target}")
    # beside --out when only that is given, so that a trial run leaves the shipped models alone
    claim_target = claim_out or (out.with_name("claim_model.json") if out else data_path(CLAIM_MODEL_FILE))
    try:
        claims = train_candidates(files, claim_target)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    info, cv = claims["training"], claims["training"]["cross_validated"]
    click.echo(f"claim candidates: {info['candidates']}, {info['positives']} positive; "
               f"penalty {info['l2']:g}, "
               f"threshold {claims['threshold']}; {info['folds']}-fold CV by article, claims scoring: "
               f"P {cv['claim_precision']:.3f} R {cv['claim_recall']:.3f} F1 {cv['claim_f1']:.3f} "
               f"status {cv['status_accuracy']:.3f} links F1 {cv['link_f1']:.3f}")
    click.echo(f"wrote {claim_target}")

