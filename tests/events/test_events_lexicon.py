"""The trigger lexicon and its companion tables load, are consistent, and can be extended
by a user file; odd input never makes the stage fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.events.lexicon import build_lexicon, inflections, load_lexicon
from eventwire.model import ArticleRecord
from eventwire.stages import create

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}


def test_plover_table_covers_the_sixteen_categories() -> None:
    lex = load_lexicon()
    assert set(lex.categories) == PLOVER
    for cat in lex.categories.values():
        assert cat.quad_class in (1, 2, 3, 4)
        assert -10 <= cat.goldstein <= 10
        assert cat.cameo.isdigit()
        assert cat.future in PLOVER | {""}


def test_every_trigger_row_is_usable() -> None:
    lex = load_lexicon()
    types = {e.type for rows in lex.entries.values() for e in rows}
    assert types - {"-"} == PLOVER
    for rows in lex.entries.values():
        for e in rows:
            if e.type != "-":
                assert e.cameo and e.cameo.isdigit(), e.rule
                assert e.cameo in lex.goldstein, f"{e.rule}: CAMEO {e.cameo} has no Goldstein value"


def test_inflections() -> None:
    assert {"mobilize", "mobilizes", "mobilized", "mobilizing"} <= inflections("mobilize", "V")
    assert {"ban", "bans", "banned", "banning"} <= inflections("ban", "V")
    assert {"deny", "denies", "denied"} <= inflections("deny", "V")
    assert {"clash", "clashes"} <= inflections("clash", "N")


def test_user_trigger_file_extends_the_lexicon(tmp_path: Path, analyse: Callable[..., ArticleRecord]) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "lemma\tpos\twhen\ttype\tmode\tcontext\tcameo\tforms\n"
        "snub\tV\t\tREJECT\t\tdiplomatic\t120\tsnubbed|snubbing\n",
        encoding="utf-8",
    )
    lex = build_lexicon([extra])
    assert lex.lookup("snub", "V")[0].type == "REJECT"
    stage = create("events", triggers=str(extra))
    assert "snubbed" in stage.cue_words


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("lemma\tpos\twhen\ttype\nsnub\tV\t\tSNUB\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown PLOVER type"):
        build_lexicon([bad])
    bad.write_text("lemma\tpos\twhen\ttype\nsnub\tV\tweird=1\tREJECT\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown condition"):
        build_lexicon([bad])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "!!! ??? ...",
        "attack " * 300,
        "Reuters — “Clashes” (again) [killed] {3} — 20/20 — ⚠️ troops?!",
        "They did not. It was not. Nobody denied anything, nothing was said.",
    ],
)
def test_odd_input_never_fails(analyse: Callable[..., ArticleRecord], text: str) -> None:
    record = analyse(text, stages=("actors", "events"), published="not a date")
    assert [f for f in record.failures if f.stage == "events"] == []
    for ev in record.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.date is not None and ev.date.basis in ("text", "published", "none")
