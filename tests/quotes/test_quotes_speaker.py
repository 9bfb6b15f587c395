"""Speaker resolution: names through coreference, roles, affiliations, types, codes."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Quote

from .conftest import direct, indirect, only

QuotesOf = Callable[[str], list[Quote]]


def test_pronoun_speaker_gets_the_full_name(quotes_of: QuotesOf) -> None:
    text = (
        "German Chancellor Olaf Scholz met the visiting delegation on Monday.\n\n"
        "“We will keep supporting Ukraine for as long as it takes,” he said."
    )
    q = direct(quotes_of(text))[0]
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.speaker.name == "Olaf Scholz"


def test_role_and_affiliation_from_the_apposition(quotes_of: QuotesOf) -> None:
    text = (
        "“The sanctions will hurt ordinary people first,” said Elena Petrova, "
        "professor of Economics at the University of Warsaw."
    )
    q = direct(quotes_of(text))[0]
    assert q.speaker is not None
    assert q.speaker.name == "Elena Petrova"
    assert q.speaker.role == "professor of Economics"
    assert q.speaker.affiliation == "University of Warsaw"
    assert q.speaker.type == "expert"


def test_anonymous_source(quotes_of: QuotesOf) -> None:
    text = "“The decision was made last night,” a source close to the government said."
    q = direct(quotes_of(text))[0]
    assert q.speaker is not None and q.speaker.type == "anonymous"


def test_officials_who_asked_not_to_be_named(quotes_of: QuotesOf) -> None:
    text = "The convoy was stopped at the border, officials who asked not to be named said."
    q = only(indirect(quotes_of(text)))
    assert q.speaker is not None and q.speaker.type == "anonymous"


def test_spokesperson(quotes_of: QuotesOf) -> None:
    text = "“No decision has been taken,” a spokeswoman for the ministry said."
    q = direct(quotes_of(text))[0]
    assert q.speaker is not None and q.speaker.type == "spokesperson"


def test_official_with_actor_code(quotes_of: QuotesOf) -> None:
    text = "“Our troops will not cross the river,” said Russian President Vladimir Putin."
    q = direct(quotes_of(text))[0]
    assert q.speaker is not None and q.speaker.name == "Vladimir Putin"
    assert q.speaker.type == "official"
    assert q.speaker.actor_code == "RUSGOV"


def test_media_speaker(quotes_of: QuotesOf) -> None:
    text = "The newspaper reported that the minister had resigned."
    q = only(indirect(quotes_of(text)))
    assert q.speaker is not None and q.speaker.type == "media"


def test_witness(quotes_of: QuotesOf) -> None:
    text = "“The ground shook for a whole minute,” said Ana Ruiz, a resident of the village."
    q = only(direct(quotes_of(text)))
    assert q.speaker is not None and q.speaker.type == "witness"
    assert q.speaker.role == "resident of the village"


def test_one_speaker_one_profile(quotes_of: QuotesOf) -> None:
    text = (
        "“Taxes will rise for most families,” said Douglas Elmendorf, an economist at Harvard University.\n\n"
        "The plan was published on Monday.\n\n"
        "“Not by much, but they will rise,” Elmendorf said."
    )
    _first, second = direct(quotes_of(text))
    assert second.speaker is not None and second.speaker.text == "Elmendorf"
    assert second.speaker.name == "Douglas Elmendorf"
    assert second.speaker.type == "expert"
    assert second.speaker.affiliation == "Harvard University"


def test_pronoun_far_from_any_name_takes_the_last_named_speaker(quotes_of: QuotesOf) -> None:
    text = (
        "Maria Lopez, the mayor, said the bridge would reopen on Monday.\n\n"
        "The council met in the afternoon. The roads stayed closed. The rain stopped. "
        "Shops opened again. Buses were running.\n\n"
        "“It is safe now,” she said."
    )
    q = only(direct(quotes_of(text)))
    assert q.speaker is not None and q.speaker.text == "she"
    assert q.speaker.name == "Maria Lopez"
