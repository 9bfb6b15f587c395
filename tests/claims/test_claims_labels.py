"""Claims by name-calling ("called Reed a liar"), and what is no such claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord

STAGES = ("actors", "events", "quotes", "claims")


def _claims(analyse: Callable[..., ArticleRecord], text: str) -> list[tuple[str, list[str], str]]:
    record = analyse(text, stages=STAGES, published="2024-05-01")
    out = []
    for c in record.claims:
        assert text[c.proposition.start : c.proposition.end] == c.proposition.text
        out.append((c.claimant.text if c.claimant else "", [m.text for m in c.accused], c.proposition.text))
    return out


def test_an_insult_that_alleges_wrongdoing_is_a_claim(analyse: Callable[..., ArticleRecord]) -> None:
    found = _claims(analyse, "The mayor called the governor a thief during the debate in Dayton.")
    assert len(found) == 1
    claimant, accused, proposition = found[0]
    assert "mayor" in claimant and any("governor" in a for a in accused)
    assert proposition == "thief"


def test_the_accused_may_own_the_object(analyse: Callable[..., ArticleRecord]) -> None:
    found = _claims(analyse, "Reed called Smith's budget a fraud.")
    assert [(c, a, p) for c, a, p in found if p == "fraud"] and all("Smith" in a[0] for _, a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The minister called on the army to withdraw from the valley.",
        "Smith called the governor a good friend.",
        "Washington called the allegation ridiculous.",
    ],
)
def test_requests_praise_and_answers_are_no_name_calling(analyse: Callable[..., ArticleRecord],
                                                         text: str) -> None:
    assert _claims(analyse, text) == []
