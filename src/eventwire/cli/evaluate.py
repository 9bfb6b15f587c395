"""``eventwire eval TASK --gold FILE``: score the pipeline on a gold set and print the report."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import click

from ..evaluation import TASKS, run_task
from ..evaluation.gold import set_processes
from ..pipeline import Pipeline, PipelineConfig
from ..stages import DEFAULT_STAGES
from . import progress


def _limited(gold: Path, limit: int, tmp: Path) -> Path:
    """A copy of the first ``limit`` records of ``gold`` in ``tmp``."""
    out = tmp / gold.name
    kept: list[str] = []
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if len(kept) >= limit:
                break
            if line.strip():
                kept.append(line if line.endswith("\n") else line + "\n")
    out.write_text("".join(kept), encoding="utf-8")
    return out


def _fmt(value: Any) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def _print_summary(task: str, report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"eventwire eval {task}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in report.items():
        if not isinstance(value, dict):
            table.add_row(key, _fmt(value))
    console.print(table)
    per_type = report.get("per_type")
    if isinstance(per_type, dict) and per_type:
        types = Table(title="per gold type")
        for col in ("type", "n", "accuracy", "predicted (primary)"):
            types.add_column(col)
        for name, row in per_type.items():
            predicted = ", ".join(f"{k} {v}" for k, v in row.get("predicted", {}).items())
            types.add_row(name, str(row.get("n")), _fmt(row.get("accuracy")), predicted)
        console.print(types)


@click.command("eval")
@click.argument("task", type=click.Choice(sorted(TASKS)))
@click.option(
    "--gold",
    "gold",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Gold JSON Lines file (see ../shared/eval/FORMAT.md).",
)
@click.option("--json", "as_json", is_flag=True, help="Print only the JSON report (one line).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records.")
@click.option(
    "--parse",
    type=click.Choice(["selective", "full"]),
    default="selective",
    show_default=True,
    help="Dependency-parse only cue sentences (selective) or every sentence (full).",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for the pipeline (default: $EVENTWIRE_EVAL_PROCESSES or 1).",
)
@click.option(
    "--stages",
    default=None,
    help="Comma-separated stages to run (default: every built-in stage; 'none': parse only).",
)
def eval_command(
    task: str,
    gold: Path,
    as_json: bool,
    limit: int | None,
    parse: str,
    processes: int | None,
    stages: str | None,
) -> None:
    """Score eventwire on the gold set FILE for TASK and print the JSON report."""
    names = (
        DEFAULT_STAGES
        if stages is None
        else tuple(s.strip() for s in stages.split(",") if s.strip() and s.strip() != "none")
    )
    pipeline = Pipeline(PipelineConfig(stages=names, parse=parse))
    if processes is not None:
        set_processes(processes)
    show = progress.wanted(as_json=as_json)
    with tempfile.TemporaryDirectory() as tmp:
        path = _limited(gold, limit, Path(tmp)) if limit else gold
        with progress.gazetteer_ready(names, enabled=show), \
                progress.Bar(f"eval {task}", progress.count_articles([path]), enabled=show) as bar:
            report = run_task(task, path, progress.Tracked(pipeline, bar) if show else pipeline)
    if not as_json:
        _print_summary(task, report)
    click.echo(json.dumps(report, sort_keys=False, ensure_ascii=False))


commands: list[click.Command] = [eval_command]
