"""An attribution set inside the sentence it reports ("…, Mr. Clarke said, …")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Quote

from .conftest import indirect, only, speaker_text

QuotesOf = Callable[[str], list[Quote]]


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            "The company was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
            ["The company was a juggernaut", "until it went bankrupt in 1999"],
            "Mr. Clarke",
        ),
        (
            "Back in Virginia, the engineer said, he decided to take aim at the coal industry.",
            ["Back in Virginia", "he decided to take aim at the coal industry"],
            "the engineer",
        ),
    ],
)
def test_interposed_attribution_splits_the_content(
    quotes_of: QuotesOf, text: str, pieces: list[str], speaker: str
) -> None:
    q = only([q for q in indirect(quotes_of(text)) if q.cue and q.cue.text == "said"])
    assert [p.text for p in q.parts] == pieces
    assert speaker_text(q) == speaker


def test_a_verb_between_the_commas_is_no_interposed_attribution(quotes_of: QuotesOf) -> None:
    text = "The mayor, who said nothing, left the meeting early on Friday."
    assert not [q for q in indirect(quotes_of(text)) if q.parts]
