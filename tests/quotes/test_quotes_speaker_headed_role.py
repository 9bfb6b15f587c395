"""A speaker named after a comma that closes a describing head phrase ("a spokeswoman for
the Western Fleet of the Russian Navy, Captain Olga Petrova") takes that phrase as role;
a possessive inside it ("the People's ...") is no owner of the name."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Quote

from .conftest import direct, only

QuotesOf = Callable[[str], list[Quote]]


def test_head_phrase_before_the_name_is_the_role(quotes_of: QuotesOf) -> None:
    q = only(direct(quotes_of('"The patrol was routine," said a spokeswoman for the Western Fleet of the '
                              "Russian Navy, Captain Olga Petrova.")))
    assert q.speaker is not None and q.speaker.name == "Olga Petrova"
    assert q.speaker.role is not None and q.speaker.role.startswith("spokeswoman for the Western Fleet")


def test_possessive_inside_the_head_phrase(quotes_of: QuotesOf) -> None:
    q = only(direct(quotes_of('"The drills will go on," said a spokesman for the Southern Command of the '
                              "People's Armed Police, Senior Colonel Zhang Wei.")))
    assert q.speaker is not None and q.speaker.name == "Zhang Wei"
    assert q.speaker.role is not None and q.speaker.role.startswith("spokesman for")


def test_owner_before_the_name_is_no_role(quotes_of: QuotesOf) -> None:
    q = only(direct(quotes_of('"It was a close race," NBC\'s Chuck Todd said.')))
    assert q.speaker is not None and q.speaker.role is None
