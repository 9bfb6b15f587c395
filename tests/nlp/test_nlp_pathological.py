"""The parser on pathological text: huge "words", binary noise, long texts in windows."""

from __future__ import annotations

import itertools
import random
from typing import Any

from eventwire.nlp import Parser
from eventwire.nlp.parse import MAX_TOKEN_CHARS, windows


def _check_spans(text: str, parser: Parser) -> None:
    doc = parser.parse(text)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    for ent in doc.entities:
        assert text[ent.start : ent.end] == ent.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)


def test_a_million_character_word_is_left_out_and_noted(nlp: Any) -> None:
    before = "Colombia accused Russia of interference on Friday."
    after = "Peru protested the decision in Lima."
    text = f"{before}\n{'a' * 1_048_576}\n{after}"
    doc = Parser(nlp).parse(text)
    words = {t.text for t in doc.tokens}
    assert {"Colombia", "Russia", "Peru", "Lima"} <= words
    assert all(len(t.text) <= MAX_TOKEN_CHARS for t in doc.tokens)
    (note,) = doc.notes
    assert note.kind == "long_token"
    assert (note.start, note.end) == (len(before) + 1, len(before) + 1 + 1_048_576)
    assert "1,048,576" in note.message


def test_binary_noise_parses_with_valid_spans(nlp: Any) -> None:
    rng = random.Random(14)
    codes = [rng.choice([rng.randrange(33, 0x2FF), rng.randrange(0x400, 0x9FFF)]) for _ in range(20_000)]
    noise = "".join(map(chr, codes))
    _check_spans(f"Troops crossed the border on Monday. {noise} Officials said nothing.", Parser(nlp))


def test_windows_cover_the_text_and_cut_at_line_breaks() -> None:
    text = ("word " * 30 + "\n") * 50 + "x" * 700
    spans = list(windows(text, 400))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= 400 for start, end in spans)
    lines_end = 50 * 151
    assert all(text[end - 1] == "\n" for _, end in spans if end <= lines_end)
    assert sum(1 for _, end in spans if end <= lines_end) == 25  # two whole lines per window


def test_a_long_text_parses_the_same_across_window_cuts(nlp: Any) -> None:
    paragraph = "Colombia accused Russia of interference on Friday. Peru protested in Lima.\n"
    text = paragraph * 2_000  # 150 KB: several windows
    doc = Parser(nlp).parse(text)
    assert len(doc.sentences) == 4_000
    assert sum(1 for e in doc.entities if e.text == "Lima") == 2_000
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
