"""Every quote span honours the output contract: start < end and the text it points at."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.contract import validate
from eventwire.model import ArticleRecord, to_dict

from .conftest import STAGES, indirect

# sentences where a phrase before the verb once produced an inverted cue span
ORDER_CASES = [
    "In a statement released shortly after the governor suspended his campaign, the senator "
    "said he was certain the governor would continue to fight for the state.",
    "In a statement on Friday, the foreign ministry rejected the accusations of interference.",
    "In an interview with local radio, the mayor warned that the bridge would close in June.",
    "The ministry rejected the accusations in a statement issued on Friday.",
]


@pytest.mark.parametrize("text", ORDER_CASES)
def test_quote_spans_are_ordered_and_match_the_text(analyse: Callable[..., ArticleRecord], text: str) -> None:
    record = analyse(text, stages=STAGES)
    assert record.quotes, "each sentence reports speech"
    assert [p for p in validate(to_dict(record)) if "/quotes" in p] == []
    for q in record.quotes:
        for span in [q.content, *q.parts, *([q.cue] if q.cue else [])]:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "In a statement on Friday, the army set a new deadline for the withdrawal.",
        "In a statement, the ministry set out its plans for the coming year.",
    ],
)
def test_a_statement_phrase_before_the_verb_is_the_cue(
    analyse: Callable[..., ArticleRecord], text: str
) -> None:
    quotes = indirect(analyse(text, stages=STAGES).quotes)
    cues = [q.cue.text for q in quotes if q.cue]
    assert cues == ["In a statement"], cues


def test_a_verb_inside_the_statement_phrase_is_no_attribution(
    analyse: Callable[..., ArticleRecord],
) -> None:
    text = (
        "In a statement released after the Florida senator suspended his presidential campaign, "
        "Cruz said he's certain Rubio will continue to be a champion."
    )
    quotes = indirect(analyse(text, stages=STAGES).quotes)
    assert [q.cue.text for q in quotes if q.cue] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator acknowledged on Sunday that “just as we have seen there are many angry "
        "people in Britain, we know there are angry people here at home too.”",
        'The mayor told reporters that "the fire spread quickly, according to the firefighters '
        'who arrived first."',
    ],
)
def test_no_content_holds_its_own_cue(analyse: Callable[..., ArticleRecord], text: str) -> None:
    for q in analyse(text, stages=STAGES).quotes:
        pieces = q.parts or [q.content]
        if q.cue is not None:
            assert not any(p.start <= q.cue.start and q.cue.end <= p.end for p in pieces), (
                q.cue.text,
                q.content.text,
            )


def test_a_cue_verb_is_found_whatever_its_tag(analyse: Callable[..., ArticleRecord]) -> None:
    """ "claims" is both a cue noun and a cue verb: with a subject and a clause it is the verb."""
    text = "But Trump claims that he should be the exception."
    quotes = indirect(analyse(text, stages=STAGES).quotes)
    assert [q.content.text for q in quotes] == ["that he should be the exception"]
