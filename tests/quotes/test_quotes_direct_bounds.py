"""Where a direct quote ends: a partial quote running on is no second piece; a long
speaker phrase with a participle still attributes."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Quote

from .conftest import direct, only, speaker_text

QuotesOf = Callable[[str], list[Quote]]


def test_a_partial_quote_after_an_attribution_is_not_joined(quotes_of: QuotesOf) -> None:
    text = (
        "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” "
        "to drive up the stock price."
    )
    q = only(direct(quotes_of(text)))
    assert q.content.text == "“This just isn’t right,”"
    assert not q.parts


def test_a_participle_inside_the_speaker_phrase_keeps_the_attribution(quotes_of: QuotesOf) -> None:
    text = (
        "“It is an invasion of the state regulatory domain,” Scott Pruitt, the attorney general "
        "of Oklahoma, one of the states suing the agency, said at an event this month."
    )
    q = only(direct(quotes_of(text)))
    assert speaker_text(q) is not None and "Pruitt" in speaker_text(q)
    assert q.cue is not None and q.cue.text == "said"
