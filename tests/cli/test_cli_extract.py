"""``eventwire extract``: CliRunner and a real subprocess; output checked with the contract."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.cli.extract import build_config
from eventwire.contract import validate
from eventwire.errors import ConfigError
from eventwire.ingest import samples_dir
from eventwire.stages import DEFAULT_STAGES, Analysis, create, register

SHARED = Path(__file__).resolve().parents[3] / "shared"


def available_stages() -> tuple[str, ...]:
    """The default stages that exist in this checkout whose requirements are met, in order."""
    have = {"doc"}
    out = []
    for name in DEFAULT_STAGES:
        try:
            stage = create(name)
        except ConfigError:
            continue
        if set(stage.requires) <= have:
            out.append(name)
            have |= set(stage.assigns)
    return tuple(out)


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_jsonl_with_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title: Talks\n\nOfficials met in Geneva on Tuesday.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "b1", "text": "Troops moved (AP) — north."}\n{"id": "b2", "text": \n', encoding="utf-8"
    )
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(
        cli, ["extract", "--stages", "provenance", str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"),
              str(tmp_path / "c.txt"), str(tmp_path / "missing.txt")],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    records = _records(result.stdout)
    assert [r["title"] for r in records] == ["Talks", None]
    assert records[1]["id"] == "b1" and records[1]["text"] == "Troops moved (AP) — north."
    for r in records:
        assert validate(r) == []
    err = result.stderr.splitlines()
    assert f"{tmp_path / 'b.jsonl'}:2: malformed JSON" in err[0]
    assert err[1].startswith(f"{tmp_path / 'c.txt'}:") and "binary file" in err[1]
    assert err[2] == f"{tmp_path / 'missing.txt'}: no such file or directory"


def test_extract_json_array_and_exit_zero() -> None:
    sample = samples_dir() / "03-tbilisi-protest.txt"
    result = CliRunner().invoke(cli, ["extract", "--format", "json", "--stages", "provenance", str(sample)])
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    assert record["provenance"]["original_source"] == "Reuters"
    assert record["source"] == "Caucasus Monitor" and validate(record) == []
    empty = CliRunner().invoke(cli, ["extract", "--format", "json", "--stages", "provenance", "/no/such.txt"])
    assert empty.exit_code == 1 and json.loads(empty.stdout) == []


def test_extract_stdin_keeps_ids_and_text() -> None:
    rows = [{"id": "s1", "text": "  Spaces,\ttabs and “quotes” stay.\r\n"}, {"id": "s2", "text": "Second."}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    result = CliRunner().invoke(cli, ["extract", "--stages", "provenance", "-"], input=data)
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [(r["id"], r["text"]) for r in records] == [(r["id"], r["text"]) for r in rows]


def test_extract_unknown_stage_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Officials met.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--stages", "nosuchstage", str(f)])
    assert result.exit_code == 1
    assert "unknown stage 'nosuchstage'" in result.output


def test_extract_samples_directory() -> None:
    # the flow over every sample; the full stages on the samples are checked in tests/contract
    result = CliRunner().invoke(cli, ["extract", "--stages", "provenance", str(samples_dir())])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert len(records) >= 20
    for r in records:
        assert validate(r) == [], (r["id"], validate(r)[:5])
        assert r["failures"] == [], r["failures"]


def test_extract_seed_article_subprocess(seed_text: str) -> None:
    seed = SHARED / "examples" / "seed-article.txt"
    exe = shutil.which("eventwire", path=str(Path(sys.executable).parent))
    assert exe is not None
    stages = available_stages()
    args = [exe, "extract", str(seed), "--format", "jsonl"]
    if stages != DEFAULT_STAGES:  # while some default stage is not written yet
        args += ["--stages", ",".join(stages)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    (record,) = _records(proc.stdout)
    assert validate(record) == []
    assert record["text"] == seed_text.strip()
    assert record["provenance"]["original_source"] == "Gestion"


class _Boom:
    """A user stage that fails on every article."""

    name: ClassVar[str] = "cli_test_boom"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(self) -> None:
        self.cue_words: frozenset[str] = frozenset()

    def __call__(self, analysis: Analysis) -> None:
        raise ValueError("boom")


def test_stage_failure_is_a_warning_not_an_input_failure(tmp_path: Path) -> None:
    register("cli_test_boom", _Boom)
    f = tmp_path / "a.txt"
    f.write_text("Officials met in Geneva.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--stages", "cli_test_boom,provenance", str(f)])
    assert result.exit_code == 0, result.output
    (record,) = _records(result.stdout)
    assert record["failures"] == [
        {"stage": "cli_test_boom", "reason": "ValueError: boom", "input": record["id"]}
    ]
    assert record["provenance"]["content_hash"]  # the later stage still ran
    assert validate(record) == []
    assert f"warning: {record['id']}: stage cli_test_boom failed: ValueError: boom" in result.stderr


def test_build_config_passes_actor_tables_and_parse_mode(tmp_path: Path) -> None:
    tables = []
    for name in ("a.tsv", "b.tsv"):  # build_config checks the tables: they must exist and be valid
        (tmp_path / name).write_text("name\tshort\nAlexander\tAlex\n", encoding="utf-8")
        tables.append(str(tmp_path / name))
    config = build_config("actors, provenance", tuple(tables), "full")
    assert config.stages == ("actors", "provenance")
    assert config.options == {"actors": {"extra": tables}}
    assert config.parse == "full"
    assert build_config(None, (), "selective").stages == DEFAULT_STAGES


def test_extract_stdin_undecodable_bytes() -> None:
    result = CliRunner().invoke(cli, ["extract", "--stages", "provenance", "-"], input=b"Caf\xe9.\n")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("<stdin>:1: undecodable bytes (e9)")


def test_extract_two_processes_same_output() -> None:
    args = ["extract", "--stages", "provenance", str(samples_dir() / "articles.jsonl")]
    one = CliRunner().invoke(cli, args)
    two = CliRunner().invoke(cli, [*args, "--processes", "2"])
    assert one.exit_code == two.exit_code == 0, two.output
    assert two.stdout == one.stdout and len(_records(one.stdout)) == 12
