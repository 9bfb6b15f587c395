"""Codes from the article's own words and date: offices hold only within their dates, the
text's titles and organisations say who people are, and the story's topic country is no
evidence about an expert or an institute."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.model import ActorMention


def _one(found: list[ActorMention], text: str) -> ActorMention:
    return next(a for a in found if a.text == text)


def test_a_table_office_holds_only_within_its_dates(actors_on: Callable[..., Any]) -> None:
    text = "Donald Trump spoke to farmers in Ohio on Tuesday."
    before = _one(actors_on("2016-08-02")(text), "Donald Trump")
    assert before.code == "USA" and before.role is None and before.sector is None
    assert before.reason is not None and "not in office" in before.reason
    during = _one(actors_on("2018-08-02")(text), "Donald Trump")
    assert during.role == "President" and during.sector == "GOV" and during.reason is None


def test_without_a_date_the_office_is_kept_and_the_record_says_so(actors_on: Callable[..., Any]) -> None:
    found = actors_on(None)("Donald Trump spoke to farmers in Ohio on Tuesday.")
    trump = _one(found, "Donald Trump")
    assert trump.role == "President"
    assert trump.reason is not None and "no publication date" in trump.reason


def test_an_organisation_and_a_title_before_a_name_say_who_it_is(actors_on: Callable[..., Any]) -> None:
    found = actors_on("2016-07-05")("FBI Director Alan Marsh told reporters the inquiry was over.")
    marsh = _one(found, "Alan Marsh")
    assert marsh.code == "USA" and marsh.role == "Director"
    assert marsh.affiliation == _one(found, "FBI").name


def test_an_abbreviated_title_gives_role_and_sector(actors_on: Callable[..., Any]) -> None:
    found = actors_on("2016-07-05")("Voters in Indiana cheered as Gov. Mary Wexler signed the bill.")
    wexler = next(a for a in found if a.text.endswith("Mary Wexler"))
    assert wexler.role == "Governor" and wexler.sector == "GOV"


def test_an_expert_does_not_take_the_story_country(actors_on: Callable[..., Any]) -> None:
    found = actors_on("2017-09-03")(
        "North Korea tested another missile on Sunday, and Pyongyang promised more launches. "
        "Tom Pell, an analyst at the Larkspur Policy Center, said the test showed progress.")
    pell = _one(found, "Tom Pell")
    assert pell.code != "PRK"
    assert _one(found, "North Korea").code == "PRK"


def test_an_organisation_placed_in_a_city_takes_its_country(actors_on: Callable[..., Any]) -> None:
    found = actors_on("2017-09-03")(
        "North Korea tested another missile on Sunday. Tom Pell, a physicist at the Larkspur "
        "Institute for Strategic Studies in Washington, said the test showed progress.")
    institute = next(a for a in found if a.text.startswith("Larkspur Institute"))
    assert institute.code == "USA" and institute.reason is not None
    assert _one(found, "Tom Pell").code == "USA"


def test_a_surname_before_aides_is_no_former_president(actors_on: Callable[..., Any]) -> None:
    found = actors_on("2016-10-12")("Clinton aides say the campaign will answer the new charges on Monday.")
    assert not any(a.name == "Bill Clinton" for a in found)
