"""The recognition passes are small named units: each runs alone on an article."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.nlp import ParsedDoc
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.recognize.article_names import ArticleNames
from eventwire.places.recognize.finder import TOKEN_PASSES


def test_passes_have_unique_names_in_order() -> None:
    names = [name for name, _run in TOKEN_PASSES]
    assert len(names) == len(set(names))
    assert names[0] == "datelines" and names[-1] == "demonyms"


def test_one_pass_runs_alone(parse: Callable[[str], ParsedDoc], gazetteer: Gazetteer) -> None:
    doc = parse("MANSFIELD -- Two roads were closed after the storm, and Colombian crews came to help.")
    art = ArticleNames(doc, [], gazetteer.candidates)
    passes = dict(TOKEN_PASSES)
    found = passes["datelines"](art, [])
    assert [m.text for m in found] == ["MANSFIELD"]
    assert [(m.text, m.kind) for m in passes["demonyms"](art, [])] == [("Colombian", "demonym")]
    assert passes["datelines"](art, found) == []  # a pass never takes tokens already found


def test_a_border_pass_alone(parse: Callable[[str], ParsedDoc], gazetteer: Gazetteer) -> None:
    doc = parse("Colombian troops crossed the border with Venezuela on Sunday.")
    art = ArticleNames(doc, [], gazetteer.candidates)
    borders = dict(TOKEN_PASSES)["borders_and_sides"]
    assert [m.kind for m in borders(art, [])] == ["border"]
