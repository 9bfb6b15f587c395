"""In a clone without ../shared the quality gate says once, clearly, why it did not run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_a_clone_without_shared_skips_the_gate_with_one_reason(tmp_path: Path) -> None:
    clone = tmp_path / "clone"  # tmp_path/shared does not exist
    shutil.copytree(REPO / "tests", clone / "tests", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", clone / "pyproject.toml")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_REQUIRE_GOLD"}
    args = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-rs",
        "tests/test_eval_gate.py",
        "-k",
        "task_meets_floors and not claims",
    ]
    proc = subprocess.run(args, cwd=clone, env=env, capture_output=True, text=True, timeout=300, check=False)
    out = proc.stdout
    assert proc.returncode == 0, out[-3000:]
    assert "gold sets: ABSENT" in out
    reasons = {line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("SKIPPED")}
    assert len(reasons) == 1, reasons
    (reason,) = reasons
    assert "shared gold sets absent" in reason and "the quality gate did not run" in reason
    assert "passed" not in out.splitlines()[-1]
