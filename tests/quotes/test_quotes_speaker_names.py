"""Speaker names and roles in the text's own words."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.model import Quote

from .conftest import indirect

QuotesOf = Callable[[str], list[Quote]]


def _speakers(quotes: list[Quote]) -> list[tuple[str | None, str | None]]:
    return [(q.speaker.name, q.speaker.role) for q in indirect(quotes) if q.speaker]


def test_a_pronoun_for_a_described_official_is_named_by_the_description(quotes_of: QuotesOf) -> None:
    text = "The Guyanese vice president met the delegation on Monday. He said talks would resume in May."
    names = [n for n, _ in _speakers(quotes_of(text))]
    assert names and names[-1] is not None
    assert not re.match(r"^[A-Z]{3} ", names[-1])  # no country code leaking into the name
    assert "vice president" in names[-1].lower()


def test_the_apposed_person_speaks_not_the_first_name_in_the_phrase(quotes_of: QuotesOf) -> None:
    text = "The head of the group backing Governor Jeb Bush, Mike Murphy, said the campaign would continue."
    assert _speakers(quotes_of(text))[0][0] == "Mike Murphy"


def test_honorifics_and_owners_are_no_roles(quotes_of: QuotesOf) -> None:
    text = "Mr. Clarke said the mine would reopen. NBC's Chuck Todd said the race was tight."
    roles = [r for _, r in _speakers(quotes_of(text))]
    assert len(roles) == 2
    assert all(r is None or (r not in ("Mr.",) and "NBC" not in r) for r in roles), roles


def test_the_fullest_role_is_shared_by_every_mention(quotes_of: QuotesOf) -> None:
    text = (
        "Ana Ruiz, a spokeswoman for the city council, said the vote was delayed. Later, "
        "spokeswoman Ana Ruiz said the vote would take place in May."
    )
    roles = [r for _, r in _speakers(quotes_of(text))]
    assert roles == ["spokeswoman for the city council"] * 2


def test_a_name_inside_a_modifier_is_not_the_speaker(quotes_of: QuotesOf) -> None:
    text = "Exit polls from the primary, which Ms. Ruiz won easily, showed that voters wanted change."
    speakers = [(q.speaker.name, q.speaker.role) for q in quotes_of(text) if q.speaker]
    assert speakers and all(name != "Ruiz" and "Ruiz" not in (name or "") for name, _ in speakers), speakers
