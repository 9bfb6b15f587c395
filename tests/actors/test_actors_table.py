"""Table test: mention → (code, sector) on sentences written for the actors stage.

Cases live in ``data/actor_cases.tsv`` (documented in its header).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.model import ActorMention, ArticleRecord

CASES = Path(__file__).parent / "data" / "actor_cases.tsv"


def _load() -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    sentence = ""
    with CASES.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            sentence = row["sentence"] or sentence
            rows.append((row["id"], sentence, row["mention"], row["code"], row["sector"]))
    return rows


CASE_ROWS = _load()


def test_table_has_enough_cases() -> None:
    assert len(CASE_ROWS) >= 200
    assert len({r[0] for r in CASE_ROWS}) >= 150


@pytest.fixture(scope="module")
def actors_of(analyse: Callable[..., ArticleRecord]) -> Callable[[str], list[ActorMention]]:
    cache: dict[str, list[ActorMention]] = {}

    def run(sentence: str) -> list[ActorMention]:
        if sentence not in cache:
            cache[sentence] = analyse(sentence, stages=("actors",), published="2021-03-01").actors
        return cache[sentence]

    return run


@pytest.mark.parametrize(("cid", "sentence", "mention", "code", "sector"), CASE_ROWS,
                         ids=[f"{r[0]}-{r[2]}" for r in CASE_ROWS])
def test_mention_code_and_sector(
    actors_of: Callable[[str], list[ActorMention]], cid: str, sentence: str, mention: str, code: str,
    sector: str,
) -> None:
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", sentence)]
    assert starts, f"{cid}: test case error: {mention!r} is not in the sentence"
    start = starts[-1]
    found = [m for m in actors_of(sentence) if m.start == start and m.text == mention]
    assert found, f"{cid}: no actor mention {mention!r} in {[m.text for m in actors_of(sentence)]}"
    got = [(m.code, m.sector) for m in found]
    want_code = None if code == "-" else code
    want_sector = None if sector == "-" else sector
    ok = [
        (c, s) for c, s in got
        if (code == "*" or c == want_code) and (sector == "*" or s == want_sector)
    ]
    assert ok, f"{cid}: {mention!r} coded {got}, expected ({code}, {sector})"
