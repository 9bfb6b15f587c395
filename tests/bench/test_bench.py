"""``eventwire bench`` on a tiny corpus: structure of the result, never its speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.bench import SPACY_DEFAULT_BATCH, BenchResult, count_words, read_corpus, run_bench
from eventwire.cli import cli
from eventwire.errors import InputError

TEXTS = [
    "Colombia accused Russia of interference on Friday. The Russian Embassy rejected the claim.",
    "Thousands of protesters marched in Caracas on Saturday, demanding new elections.",
    "The two presidents spoke by telephone and agreed to meet in Brasília next month.",
]


def write_corpus(path: Path) -> Path:
    path.write_text(
        "".join(json.dumps({"id": f"t{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8"
    )
    return path


def test_read_corpus_limit_and_words(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    articles = read_corpus(corpus, limit=2)
    assert [a.id for a in articles] == ["t0", "t1"]
    assert count_words(articles) == len(TEXTS[0].split()) + len(TEXTS[1].split())
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl:2"):
        read_corpus(bad)


@pytest.mark.slow
def test_run_bench_structure(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    result = run_bench(corpus, limit=2, processes=1, stages=(), repeat=2, batch_sizes=(1, 8))
    assert isinstance(result, BenchResult)
    assert result.articles == 2 and result.processes == 1 and result.repeat == 2
    # every asked batch size plus spaCy's default is measured, and the best one is compared
    assert [r.batch_size for r in result.spacy_runs] == [1, 8, SPACY_DEFAULT_BATCH]
    assert result.spacy.words_per_s == max(r.words_per_s for r in result.spacy_runs)
    assert result.spacy_default.batch_size == SPACY_DEFAULT_BATCH
    for side in (*result.spacy_runs, result.eventwire):
        assert side.articles == 2
        assert side.words == result.words == count_words(read_corpus(corpus, limit=2))
        assert side.seconds > 0 and side.load_seconds > 0
        assert 0 <= side.cpu_seconds <= side.seconds * side.processes + 0.5
        assert side.words_per_s == pytest.approx(side.words / side.seconds)
        assert side.peak_rss_mb > 10  # a loaded spaCy model lives in that process
        assert side.peak_tree_rss_mb >= side.peak_rss_mb
    assert result.ratio == pytest.approx(result.eventwire.words_per_s / result.spacy.words_per_s)
    assert result.ratio_default == pytest.approx(
        result.eventwire.words_per_s / result.spacy_default.words_per_s
    )
    assert result.ratio <= result.ratio_default
    assert result.eventwire_single is None and result.speedup is None  # one process: no speed-up run


@pytest.mark.slow
def test_bench_cli_json_last_line(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    args = ["bench", "--corpus", str(corpus), "--processes", "2", "--stages", "none", "--batch-sizes", "4"]
    args.append("--json")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    assert set(data) >= {"ratio", "spacy", "eventwire", "articles", "words", "processes"}
    assert data["processes"] == 2 and data["articles"] == 3
    assert data["eventwire"]["articles"] == data["spacy"]["articles"] == 3
    assert isinstance(data["ratio"], float) and data["ratio"] > 0
    assert [r["batch_size"] for r in data["spacy_runs"]] == [4, 1000]
    assert all(r["processes"] == 2 for r in data["spacy_runs"])
    # two processes: eventwire also ran with one, for the speed-up
    assert data["eventwire_single"]["processes"] == 1
    assert data["speedup"] == pytest.approx(
        data["eventwire"]["words_per_s"] / data["eventwire_single"]["words_per_s"]
    )


def test_bench_rejects_empty_corpus(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(InputError):
        run_bench(empty)
    with pytest.raises(ValueError):
        run_bench(empty, repeat=0)
    with pytest.raises(ValueError):
        run_bench(empty, batch_sizes=(0,))


def test_bench_cli_rejects_bad_batch_sizes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c.jsonl")
    result = CliRunner().invoke(cli, ["bench", "--corpus", str(corpus), "--batch-sizes", "8,x"])
    assert result.exit_code == 2
    assert "--batch-sizes" in result.output and "integers" in result.output
