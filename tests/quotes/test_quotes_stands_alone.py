"""An unattributed direct quote takes the last speaker of the previous paragraph only when
it opens its paragraph; after other words of its own paragraph it is someone those words
introduce."""

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


def test_quote_inside_a_narrating_paragraph_is_not_the_last_speaker(quotes_of: QuotesOf) -> None:
    text = ("Ana Ruiz said she was proud of the crews.\n\n"
            "In 1990 she worked for a builder in Lima, whose owner was loyal to her, once even turning to "
            'a client: "You have to listen to her, because she is the one who knows the answer."\n')
    for q in direct(quotes_of(text)):
        assert q.speaker is None or q.speaker.name != "Ana Ruiz"
