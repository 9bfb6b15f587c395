"""The claims gold set: well formed, spans match the texts, in step with its sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parent / "gold" / "claims-gold.jsonl"
STATUSES = {"asserted", "evidence_not_shown", "evidence_cited", "disputed", "denied", "confirmed"}
KINDS = {"denial", "rejection", "counter_accusation", "confirmation"}
CATEGORIES = {"dead", "injured", "displaced", "arrested", "missing", "abducted", "troops", "aircraft",
              "vehicles", "ships", "protesters", "casualties"}


def _records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_span(text: str, span: dict[str, Any]) -> None:
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    assert text[start:end] == span["text"], span


def test_gold_has_enough_articles_with_unique_ids() -> None:
    records = _records()
    assert len(records) >= 40
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    assert sum(len(r["claims"]) for r in records) >= 40
    assert sum(len(r["counts"]) for r in records) >= 30


def test_every_gold_span_matches_its_text() -> None:
    for r in _records():
        text = r["text"]
        assert isinstance(text, str)
        for claim in r["claims"]:
            assert claim["status"] in STATUSES
            assert claim["claimant"] and claim["accused"]
            _check_span(text, claim["proposition"])
            for resp in claim["responses"]:
                assert resp["kind"] in KINDS
                _check_span(text, resp["span"])
        for count in r["counts"]:
            assert count["category"] in CATEGORIES
            _check_span(text, count)
            low, best, high = count["low"], count["best"], count["high"]
            assert best is not None
            assert low is None or low <= best
            assert high is None or best <= high


def test_gold_file_is_built_from_its_annotations() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_gold", GOLD.parent / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = [module.build(a) for a in module.ARTICLES]
    assert built == _records()


@pytest.mark.parametrize("bad", [{"start": 0, "end": 3, "text": "xyz"}])
def test_span_check_catches_a_mismatch(bad: dict[str, object]) -> None:
    with pytest.raises(AssertionError):
        _check_span("abcdef", bad)
