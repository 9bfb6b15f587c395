from __future__ import annotations

from typing import Any

from eventwire.nlp import Parser
from eventwire.nlp.attrs import FastAttributeRuler

TEXT = (
    "But the minister said that it was gonna be hard. I don't know, y'all. Let's go: there "
    "were 20 protesters at the gates and they ain't leaving. Whether it gets worse, that "
    "depends on those who did it. He had done what he had to do.\n\nTroops  moved in."
)


def _view(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_fast_ruler_matches_spacy_ruler(nlp: Any) -> None:
    expected = _view(nlp(TEXT))
    doc = nlp(TEXT, disable=["attribute_ruler", "lemmatizer"])
    FastAttributeRuler(nlp.get_pipe("attribute_ruler"))(doc)
    nlp.get_pipe("lemmatizer")(doc)
    assert _view(doc) == expected
    assert any(t.pos_ == "AUX" for t in doc) and any(t.lemma_ == "go" and t.text == "gon" for t in doc)


def test_parser_uses_fast_ruler_with_same_output(nlp: Any) -> None:
    parser = Parser(nlp, ["said", "know", "were", "depends", "done", "moved"], mode="full")
    assert parser._fast_ruler is not None
    parsed = parser.parse(TEXT)
    for sent in parsed.sentences:
        ref = nlp(TEXT[sent.start : sent.end])
        got = [(t.text, t.tag, t.pos, t.lemma, t.dep) for t in parsed.sentence_tokens(sent.index)]
        want = [(t.text, t.tag_, t.pos_, (t.lemma_ or t.text).lower(), t.dep_) for t in ref if not t.is_space]
        assert got == want


def test_unknown_ruler_patterns_keep_spacys_ruler() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "Paris", "OP": "?"}]], {"LEMMA": "paris"})
    assert Parser(nlp, [])._fast_ruler is None  # a pattern with an operator: not twinned
    nlp2 = spacy.blank("en")
    ruler2 = nlp2.add_pipe("attribute_ruler")
    ruler2.add([[{"LOWER": "the"}]], {"LEMMA": "THE"})
    fast = FastAttributeRuler(ruler2)
    doc = fast(nlp2.make_doc("the cat saw The dog"))
    assert [t.lemma_ for t in doc] == ["THE", "", "", "THE", ""]
