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


# The PLOVER 0.8 manual's general contexts, plus the auxiliary modes it says go in context.
MANUAL_CONTEXTS = {
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
}
AUXILIARY = {"historical", "future", "hypothetical", "negation"}
MANUAL_MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    },
    "ASSAULT": {
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    },
}


def test_modes_and_contexts_are_the_manuals() -> None:
    lex = load_lexicon()
    for rows in lex.entries.values():
        for e in rows:
            if e.type == "-":
                continue
            assert not e.context or e.context in MANUAL_CONTEXTS, e.rule
            assert not e.mode or e.mode in MANUAL_MODES.get(e.type, set()), (e.rule, e.mode)
    for kind, modes in lex.modes.items():
        assert {m for m, _ in modes} <= MANUAL_MODES[kind], kind
    assert {c for c, _ in lex.contexts} <= MANUAL_CONTEXTS
    assert AUXILIARY.isdisjoint(MANUAL_CONTEXTS)
