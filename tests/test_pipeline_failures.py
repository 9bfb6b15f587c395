"""One bad article costs only its own analysis: parse failures are recorded per article."""

from __future__ import annotations

from eventwire.model import Article
from eventwire.nlp import load_nlp
from eventwire.pipeline import Pipeline, PipelineConfig


def test_a_parse_failure_is_recorded_and_the_chunk_goes_on() -> None:
    nlp = load_nlp()
    nlp.max_length = 400  # a real spaCy limit (E088), met by one article's long sentence
    pipeline = Pipeline(PipelineConfig(stages=("actors",)), nlp=nlp)
    long_sentence = " ".join(["Colombia"] * 100) + "."
    articles = [
        Article(id="a1", text="Colombia accused Russia of interference."),
        Article(id="bad", text=long_sentence),
        Article(id="a3", text="Peru protested in Lima."),
    ]
    records = list(pipeline.run(articles))
    assert [r.id for r in records] == ["a1", "bad", "a3"]
    assert records[0].actors and records[2].actors and not records[0].failures
    (failure,) = records[1].failures
    assert failure.stage == "parse" and failure.input == "bad" and "E088" in failure.reason
