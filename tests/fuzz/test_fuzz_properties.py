"""Property-based tests (hypothesis) over ingest and the pipeline, with bounded examples.

Whatever the input: the readers yield only articles or failures, an article's text holds
no control characters and is not blank; the pipeline returns one record per article whose
spans all point at their text and which matches the JSON Schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.contract import schema_errors, span_errors
from eventwire.ingest import read_inputs
from eventwire.ingest.checks import BadInput
from eventwire.ingest.jsonl import parse_json_line
from eventwire.ingest.metadata import CONTROL
from eventwire.model import Article, Failure, to_dict
from eventwire.pipeline import Pipeline, PipelineConfig

WORDS = [
    "Russia",
    "accused",
    "Colombia",
    "said",
    "troops",
    "killed",
    "20",
    "people",
    "on",
    "Friday",
    "in",
    "Bogotá",
    "“",
    "”",
    ".",
    ",",
    "he",
    "not",
    "would",
    "border",
    "\n",
    "\n\n",
    "\x00",
    "\x1b[2J",
    "—",
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=80).map(" ".join),
)
KEYS = ("id", "text", "title", "url", "published", "source", "author")


def _check_article(item: Article | Failure) -> None:
    assert isinstance(item, Article | Failure)
    if isinstance(item, Article):
        assert item.text.strip() and not CONTROL.search(item.text) and item.id


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), json_values | texts, max_size=7))
def test_any_json_object_is_an_article_or_a_clear_refusal(obj: dict[str, Any]) -> None:
    try:
        article = parse_json_line(json.dumps(obj), origin="f.jsonl:1")
    except BadInput as exc:
        assert exc.reason
        return
    _check_article(article)
    assert isinstance(obj.get("text"), str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_any_bytes_in_any_file_kind_are_read_or_refused(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    for item in read_inputs([path]):
        _check_article(item)


@pytest.fixture(scope="module")
def pipeline(nlp: Any) -> Pipeline:
    return Pipeline(PipelineConfig(), nlp=nlp)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_the_pipeline_keeps_its_contract_on_any_text(pipeline: Pipeline, text: str) -> None:
    if not text.strip():
        return
    (record,) = pipeline.run([Article(id="h1", text=text, published="2021-03-05")])
    data = to_dict(record)
    assert span_errors(data) == []
    assert schema_errors(data) == []
