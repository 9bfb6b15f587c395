"""Direct quotes in their common shapes, with attribution and speaker."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Quote

from .conftest import direct, indirect, only

QuotesOf = Callable[[str], list[Quote]]


def test_quote_then_said_name(quotes_of: QuotesOf) -> None:
    text = "“The border will stay closed until further notice,” said Maria Fernandez, the interior minister."
    q = only(direct(quotes_of(text)))
    assert q.content.text == "“The border will stay closed until further notice,”"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Maria Fernandez"
    assert q.speaker.role == "interior minister"


def test_name_said_colon_quote(quotes_of: QuotesOf) -> None:
    text = "The opposition leader, Tomas Ruiz, said: “We will take this fight to the courts.”"
    q = only(direct(quotes_of(text)))
    assert q.content.text == "“We will take this fight to the courts.”"
    assert q.speaker is not None and q.speaker.name == "Tomas Ruiz"


def test_quote_split_around_its_attribution(quotes_of: QuotesOf) -> None:
    text = "“We did not ask for this war,” Ahmed Karimi said, “and we will not be the ones to end it.”"
    q = only(direct(quotes_of(text)))
    assert [p.text for p in q.parts] == [
        "“We did not ask for this war,”",
        "“and we will not be the ones to end it.”",
    ]
    assert q.content.start == q.parts[0].start and q.content.end == q.parts[1].end
    assert q.speaker is not None and q.speaker.name == "Ahmed Karimi"


def test_quote_of_several_sentences(quotes_of: QuotesOf) -> None:
    text = (
        "“The talks failed. Nobody came to the table. We are disappointed,” the spokesman "
        "for the ministry, Jonas Berg, told reporters."
    )
    q = only(direct(quotes_of(text)))
    assert q.content.text.startswith("“The talks failed.") and q.content.text.endswith("disappointed,”")
    assert q.speaker is not None and q.speaker.name == "Jonas Berg"
    assert q.speaker.type == "spokesperson"


def test_quote_over_two_paragraphs(quotes_of: QuotesOf) -> None:
    text = (
        "Senator Laura Chen spoke for an hour.\n\n"
        "“We have waited long enough for this bill. The families deserve an answer.\n\n"
        "“If the house will not act, the states will,” Chen said."
    )
    q = only(direct(quotes_of(text)))
    assert len(q.parts) == 2
    assert q.parts[0].text == "“We have waited long enough for this bill. The families deserve an answer."
    assert q.speaker is not None and q.speaker.name == "Laura Chen"


def test_straight_marks(quotes_of: QuotesOf) -> None:
    text = '"We are ready to talk," Foreign Minister Paulo Reis said on Monday.'
    q = only(direct(quotes_of(text)))
    assert q.content.text == '"We are ready to talk,"'
    assert q.speaker is not None and q.speaker.name == "Paulo Reis"


def test_nested_single_quotes_stay_in_the_quote(quotes_of: QuotesOf) -> None:
    text = "“They keep calling this a ‘temporary measure’, but it has lasted ten years,” said Ana Costa."
    q = only(direct(quotes_of(text)))
    assert "‘temporary measure’" in q.content.text
    assert q.speaker is not None and q.speaker.name == "Ana Costa"


def test_partial_quotes_stay_inside_reported_speech(quotes_of: QuotesOf) -> None:
    text = "The embassy called the accusations “unfounded” and “inappropriate” in a short note."
    quotes = quotes_of(text)
    assert direct(quotes) == []
    q = only(indirect(quotes))
    assert "“unfounded” and “inappropriate”" in q.content.text
    assert q.cue is not None and q.cue.text == "called"
    assert q.speaker is not None and q.speaker.text == "The embassy"


def test_scare_quotes_and_titles_are_not_quotes(quotes_of: QuotesOf) -> None:
    text = (
        "The so-called “reform” was debated on “Meet the Press” on Sunday.\n\n"
        "Viewers of the “Evening Report” saw the footage."
    )
    assert direct(quotes_of(text)) == []


def test_unattributed_quote_continues_the_previous_speaker(quotes_of: QuotesOf) -> None:
    text = (
        "“We were never consulted,” said Peter Olsen, the mayor of the town.\n\n"
        "“Nobody asked the people who live here what they wanted.”"
    )
    quotes = direct(quotes_of(text))
    assert len(quotes) == 2
    second = quotes[1]
    assert second.speaker is not None and second.speaker.name == "Peter Olsen"
    assert second.speaker.reason is not None and "continuation" in second.speaker.reason


def test_standalone_quote_takes_the_last_speaker_of_the_previous_paragraph(quotes_of: QuotesOf) -> None:
    text = (
        "Council leader Michael Evans said the plan would be voted on in March.\n\n"
        "“This plan is the only way to keep the hospital open.”"
    )
    q = only(direct(quotes_of(text)))
    assert q.speaker is not None and q.speaker.name == "Michael Evans"
    assert q.speaker.reason is not None and "stands alone" in q.speaker.reason


def test_dash_attribution(quotes_of: QuotesOf) -> None:
    text = "“I came here with nothing and built a business.” ― Rosa Delgado\n“We vote.”― Luis Pena"
    quotes = direct(quotes_of(text))
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Rosa Delgado", "Luis Pena"]


def test_quote_after_that_is_reported_speech(quotes_of: QuotesOf) -> None:
    text = "The minister said that “the troops will stay as long as they are needed.”"
    quotes = quotes_of(text)
    assert direct(quotes) == []
    q = only(indirect(quotes))
    assert q.content.text == "that “the troops will stay as long as they are needed.”"


def test_quote_with_no_speaker_anywhere_near_is_not_reported(quotes_of: QuotesOf) -> None:
    text = (
        "Rain fell for three days.\n\nRivers rose across the valley.\n\nRoads were closed.\n\n"
        "“The water came into the houses in minutes.”"
    )
    assert direct(quotes_of(text)) == []


def test_speech_verb_then_a_whole_sentence_in_marks(quotes_of: QuotesOf) -> None:
    text = "In a radio interview the senator declared “The alliance has outlived its purpose.”"
    q = only(direct(quotes_of(text)))
    assert q.content.text == "“The alliance has outlived its purpose.”"
    assert q.cue is not None and q.cue.text == "declared"


def test_verb_then_a_lowercase_fragment_is_partial(quotes_of: QuotesOf) -> None:
    """The fragment is no quote of its own; the reported clause that opens with it is given
    as direct (its content starts inside quotation marks, the PolNeAR convention)."""
    text = "The senator said “the alliance” had outlived its purpose."
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["“the alliance” had outlived its purpose"]
    assert quotes[0].kind == "direct" and quotes[0].cue is not None and quotes[0].cue.text == "said"
