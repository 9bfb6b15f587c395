from __future__ import annotations

from typing import Any

from eventwire.nlp import Parser


def test_split_keeps_quotes_and_lines(nlp: Any) -> None:
    text = "Headline without a stop\nHe said: “We will go.” Then they left. Mr. Smith stayed in the U.S."
    parser = Parser(nlp, ["said"], mode="selective")
    pieces = parser.split(text)
    sents = [text[p.start : p.end] for p in pieces]
    assert sents == [
        "Headline without a stop",
        "He said: “We will go.”",
        "Then they left.",
        "Mr. Smith stayed in the U.S.",
    ]
    assert [p.full for p in pieces] == [False, True, False, False]


def test_parse_offsets_and_heads(nlp: Any) -> None:
    text = "Colombia accused Russia of interference.  Troops  moved.\n\nThe embassy said nothing."
    doc = Parser(nlp, ["accused"], mode="selective").parse(text)
    assert len(doc.sentences) == 3
    assert [s.parsed for s in doc.sentences] == [True, False, False]
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert doc.tokens[tok.head].sent == tok.sent
    accused = next(t for t in doc.tokens if t.text == "accused")
    assert accused.dep == "ROOT" and accused.lemma == "accuse"
    assert {e.text for e in doc.entities} >= {"Colombia", "Russia"}
    for e in doc.entities:
        assert text[e.start : e.end] == e.text
