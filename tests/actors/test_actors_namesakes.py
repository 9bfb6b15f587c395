"""Namesakes of leaders: a different given name is a different person, and a bare surname
names a leader only where the article supports it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.actors import namesakes
from eventwire.actors.stage import ActorStage
from eventwire.model import ActorMention
from eventwire.nlp import ParsedDoc


@pytest.fixture(scope="module")
def actors(parse: Callable[[str], ParsedDoc]) -> Callable[..., list[ActorMention]]:
    stage = ActorStage()

    def run(text: str, published: str | None = None) -> list[ActorMention]:
        return stage.find(parse(text), published)

    return run


def _first(found: list[ActorMention], text: str) -> ActorMention:
    return next(m for m in found if m.text.endswith(text))


def test_other_given_name_is_not_the_leader(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Jeb Bush opened his campaign office in Tallahassee on Monday.", "2015-06-15")
    jeb = _first(found, "Jeb Bush")
    assert jeb.name == "Jeb Bush"
    assert jeb.role is None


def test_other_given_name_while_the_leader_is_in_office(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Jeb Bush met reporters in Miami. Bush said the storm damage was severe.", "2004-09-01")
    jeb, later = _first(found, "Jeb Bush"), [m for m in found if m.text == "Bush"]
    assert jeb.name == "Jeb Bush" and jeb.role is None
    assert later and later[0].entity == jeb.entity and later[0].name == "Jeb Bush"


def test_leader_and_relative_stay_apart(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("George W. Bush welcomed Jeb Bush to the ranch. Later Bush spoke to reporters.",
                   "2004-09-01")
    george, jeb = _first(found, "George W. Bush"), _first(found, "Jeb Bush")
    assert george.name == "George W. Bush" and george.code == "USA"
    assert jeb.name == "Jeb Bush" and jeb.entity != george.entity


def test_spouse_is_not_the_leader(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Barack Obama thanked Michelle Obama for her work on school meals.", "2012-05-01")
    assert _first(found, "Michelle Obama").name == "Michelle Obama"
    assert _first(found, "Michelle Obama").entity != _first(found, "Barack Obama").entity


def test_matching_given_name_is_the_leader(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Vladimir Vladimirovich Putin addressed the parliament in Moscow.", "2019-02-20")
    putin = _first(found, "Putin")
    assert (putin.name, putin.code) == ("Vladimir Putin", "RUS")


def test_bare_surname_without_support_is_nobody_known(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Bush said the budget was too large.", "2016-02-01")  # neither Bush in office
    bush = [m for m in found if m.text == "Bush"]
    assert not bush or (bush[0].name == "Bush" and bush[0].role is None)


def test_bare_surname_with_office_title(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("President Bush said the budget was too large.", "2016-02-01")
    assert _first(found, "Bush").code == "USA"
    assert _first(found, "Bush").role == "President"


def test_other_office_title_is_not_the_leader(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Governor Bush signed the school bill in Tallahassee.", "2016-02-01")
    assert _first(found, "Bush").name == "Bush"


def test_bare_surname_after_full_name(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Juan Manuel Santos spoke at the summit. Santos said peace was near.")
    later = [m for m in found if m.text == "Santos"]
    assert later and later[0].name == "Juan Manuel Santos" and later[0].code == "COL"


def test_bare_surname_in_office_at_publication(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Putin said the talks had failed.", "2019-02-20")
    assert _first(found, "Putin").code == "RUS"


def test_surname_before_government_noun(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The Bush administration said tariffs would follow.")
    assert _first(found, "administration").code == "USA"


def test_given_fits() -> None:
    assert namesakes.given_fits(["george", "w"], {"george", "w"})
    assert namesakes.given_fits(["g"], {"george"})
    assert not namesakes.given_fits(["jeb"], {"george", "w"})
    assert not namesakes.given_fits(["george", "p"], {"george", "h", "w"})
    assert namesakes.given_fits([], {"george"})
    assert namesakes.name_given("Mr George W. Bush") == ["george", "w"]
    assert namesakes.fold("Iván") == "ivan"
