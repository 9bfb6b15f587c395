"""Reported speech and attributions: content span, cue and speaker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import Quote

from .conftest import indirect

QuotesOf = Callable[[str], list[Quote]]


def _by_cue(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in indirect(quotes) if q.cue is not None and cue in (q.cue.text, q.cue.text.split()[0])]
    assert found, [(q.cue.text if q.cue else None, q.content.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "Poland warned that Belarus was pushing migrants towards the border.",
            "warned",
            "that Belarus was pushing migrants towards the border",
            "Poland",
        ),
        (
            "The prime minister said the election would be held in May.",
            "said",
            "the election would be held in May",
            "The prime minister",
        ),
        (
            "The army denied the reports of civilian casualties in the north.",
            "denied",
            "the reports of civilian casualties in the north",
            "The army",
        ),
        (
            "The governor endorsed the candidate of the ruling party on Tuesday.",
            "endorsed",
            "the candidate of the ruling party",
            "The governor",
        ),
        (
            "Many economists believe that inflation will fall next year.",
            "believe",
            "that inflation will fall next year",
            "Many economists",
        ),
        (
            "The minister told reporters that the ceasefire was holding.",
            "told",
            "that the ceasefire was holding",
            "The minister",
        ),
        (
            "The rebels vowed to continue fighting until the capital falls.",
            "vowed",
            "to continue fighting until the capital falls",
            "The rebels",
        ),
        (
            "The opposition accused the government of rigging the vote.",
            "accused",
            "rigging the vote",
            "The opposition",
        ),
        (
            "Talks will resume next week, the mediator said.",
            "said",
            "Talks will resume next week",
            "the mediator",
        ),
    ],
)
def test_reported_speech(quotes_of: QuotesOf, text: str, cue: str, content: str, speaker: str) -> None:
    q = _by_cue(quotes_of(text), cue)
    assert q.content.text == content
    assert q.speaker is not None and q.speaker.text == speaker


def test_according_to(quotes_of: QuotesOf) -> None:
    text = "According to the health ministry, 40 people were injured in the blast."
    q = _by_cue(quotes_of(text), "According to")
    assert q.content.text == "40 people were injured in the blast"
    assert q.speaker is not None and q.speaker.text == "the health ministry"


def test_relative_who_said_takes_its_antecedent(quotes_of: QuotesOf) -> None:
    text = "The crowd cheered for Carlos Mendes, who said that the strike would go on."
    q = _by_cue(quotes_of(text), "said")
    assert q.content.text == "that the strike would go on"
    assert q.speaker is not None and q.speaker.text == "who"  # the mention; resolved to its antecedent
    assert q.speaker.name == "Carlos Mendes"


def test_gerund_after_without_is_not_an_attribution(quotes_of: QuotesOf) -> None:
    text = "The government announced new sanctions without giving details."
    cues = [q.cue.text for q in indirect(quotes_of(text)) if q.cue]
    assert "giving" not in cues


def test_attribution_of_a_direct_quote_is_not_reported_twice(quotes_of: QuotesOf) -> None:
    text = "“We are not leaving,” the protesters said."
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["direct"]


def test_content_stops_before_a_trailing_clause(quotes_of: QuotesOf) -> None:
    text = (
        "The ministry said the talks had failed, citing the refusal of the rebels to disarm, "
        "and the opposition warned that protests would follow."
    )
    quotes = quotes_of(text)
    said = _by_cue(quotes, "said")
    assert said.content.text == "the talks had failed"
    warned = _by_cue(quotes, "warned")
    assert warned.content.text == "that protests would follow"


def test_attribution_noun_with_its_possessor(quotes_of: QuotesOf) -> None:
    text = "The minister's claim that the border was secure was disputed by local officials."
    q = _by_cue(quotes_of(text), "claim")
    assert q.content.text == "that the border was secure"
    assert q.speaker is not None and q.speaker.text.startswith("The minister")
