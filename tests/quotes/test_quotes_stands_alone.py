"""An unattributed direct quote that opens its paragraph goes on with the last speaker of
the previous paragraph."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Quote

from .conftest import direct

QuotesOf = Callable[[str], list[Quote]]


def test_quote_opening_its_paragraph_goes_on(quotes_of: QuotesOf) -> None:
    text = ("The mayor said the bridge would reopen in May.\n\n"
            '"We have the money and the crews, and nothing will stop us now."\n')
    quotes = direct(quotes_of(text))
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.name == "mayor"
