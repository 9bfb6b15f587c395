"""Sentences without a dependency parse (NER only) still give direct quotes and speakers."""

from __future__ import annotations

from typing import Any

from eventwire.model import Article, ArticleRecord
from eventwire.nlp import Parser
from eventwire.quotes.stage import QuoteStage
from eventwire.stages import Analysis

TEXT = (
    "“We will rebuild every school that was destroyed,” said Amina Yusuf, the education minister.\n\n"
    "The mayor, John Carter, said: “The city is safe.”\n\n"
    "According to the police, three people were arrested."
)


def _run(nlp: Any, text: str) -> ArticleRecord:
    doc = Parser(nlp, cue_words=()).parse(text)  # no cue words: no sentence gets a full parse
    assert not any(s.parsed for s in doc.sentences)
    record = ArticleRecord(id="u", text=text)
    QuoteStage()(Analysis(article=Article(id="u", text=text), doc=doc, record=record))
    return record


def test_direct_quotes_without_parse(nlp: Any) -> None:
    record = _run(nlp, TEXT)
    direct = [q for q in record.quotes if q.kind == "direct"]
    assert [q.content.text for q in direct] == [
        "“We will rebuild every school that was destroyed,”",
        "“The city is safe.”",
    ]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Amina Yusuf"
    assert direct[1].speaker is not None and direct[1].speaker.name is not None
    assert "Carter" in direct[1].speaker.name


def test_according_to_without_parse(nlp: Any) -> None:
    record = _run(nlp, TEXT)
    indirect = [q for q in record.quotes if q.kind == "indirect"]
    assert [q.content.text for q in indirect] == ["three people were arrested"]
    assert indirect[0].speaker is not None and indirect[0].speaker.text == "the police"


def test_long_article_is_handled(nlp: Any) -> None:
    paragraph = (
        "“Prices keep rising,” said Maria Lopez, a shop owner. Officials said the plan would work.\n\n"
    )
    text = paragraph * 300
    record = _run(nlp, text)
    assert sum(q.kind == "direct" for q in record.quotes) == 300


def test_odd_inputs_never_raise(nlp: Any) -> None:
    for text in ["", "“", "“”", '"""', "'' ''", "“\n\n“\n\n“", "‘", "said: “", "— ― --", "“a” “b” “c”"]:
        doc = Parser(nlp, mode="full").parse(text)
        record = ArticleRecord(id="o", text=text)
        QuoteStage()(Analysis(article=Article(id="o", text=text), doc=doc, record=record))
        for q in record.quotes:
            assert q.content.text == text[q.content.start : q.content.end]
