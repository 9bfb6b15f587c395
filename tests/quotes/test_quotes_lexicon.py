"""The cue and speaker-type tables, and the stage's declared parse cue words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.model import Quote
from eventwire.quotes.lexicon import load_cues, load_frames, load_speaker_words
from eventwire.quotes.stage import QuoteStage


def test_cue_words_hold_word_forms_not_marks() -> None:
    """Parse cues are the cue verbs' word forms; quotation marks and nouns ask no parse."""
    stage = QuoteStage()
    for word in ("said", "says", "warned", "denied", "endorses", "believes", "according"):
        assert word in stage.cue_words
    for word in ("“", "”", '"', "''", "statement"):
        assert word not in stage.cue_words
    assert all(w == w.lower() for w in stage.cue_words)


def test_lexicon_classes_and_phrases() -> None:
    lexicon = load_cues()
    said = lexicon.verb("said", "say")
    assert said is not None and said.cls == "speech"
    denied = lexicon.verb("denied")
    assert denied is not None and denied.cls == "endorsement"
    assert [c.lemma for c in lexicon.phrases("according")] == ["according to"]
    assert lexicon.medium("statement") is not None and lexicon.verb("statement") is None


def test_user_cue_file_extends_the_lexicon(tmp_path: Path) -> None:
    extra = tmp_path / "cues.tsv"
    extra.write_text("lemma\tforms\tclass\tframe\nopine\topine opines opined opining\tspeech\tclause\n")
    stage = QuoteStage(cues=str(extra))
    assert "opined" in stage.cue_words


def test_bad_cue_row_is_a_config_error(tmp_path: Path) -> None:
    extra = tmp_path / "cues.tsv"
    extra.write_text("lemma\tforms\tclass\tframe\nopine\topined\tshouting\tclause\n")
    with pytest.raises(ConfigError):
        load_cues([extra])


def test_speaker_words() -> None:
    words = load_speaker_words()
    assert words["spokesman"] == "spokesperson"
    assert words["professor"] == "expert"
    assert words["not to be named"] == "anonymous"


def test_frames_table(tmp_path: Path) -> None:
    frames = load_frames()
    assert frames.has("needs_clause", "tell") and frames.has("judging", "accuse")
    assert frames.preps["call"] == "for"
    bad = tmp_path / "frames.tsv"
    bad.write_text("lemma\tbehaviour\tvalue\nopine\tshouting\t\n")
    with pytest.raises(ConfigError):
        load_frames([bad])


def test_maintain_needs_a_clause(quotes_of: Callable[[str], list[Quote]]) -> None:
    """'maintain' reports speech only with a that-clause: keeping troops somewhere is no quote."""
    kept = quotes_of("Both countries maintain military troops along the river.")
    assert not kept
    said = quotes_of("The minister maintained that the troops had never crossed the river.")
    assert said and "troops had never crossed" in said[0].content.text
