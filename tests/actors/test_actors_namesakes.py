"""Namesakes of leaders: a different given name is a different person, and a bare surname
names a leader only where the article supports it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.actors import namesakes
from eventwire.model import ActorMention

from .conftest import FindActors


@pytest.fixture(scope="module")
def actors(actors_on: Callable[[str | None], FindActors]) -> FindActors:
    return actors_on(None)


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
    assert bush and bush[0].name == "Bush" and bush[0].role is None and bush[0].code is None


def test_bare_surname_of_one_leader_in_undated_text(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Putin said the talks would continue.")
    putin = _first(found, "Putin")
    assert (putin.name, putin.code) == ("Vladimir Putin", "RUS")


def test_bare_surname_of_several_leaders_in_undated_text(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Bush said the budget was too large.")
    bush = [m for m in found if m.text == "Bush"]
    assert bush and bush[0].code is None


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
    bush_w = [["george", "w"], ["george"]]
    assert namesakes.given_fits(["george", "w"], bush_w)
    assert namesakes.given_fits(["g"], [["george"]])
    assert not namesakes.given_fits(["jeb"], bush_w)
    assert not namesakes.given_fits(["george", "p"], bush_w)
    assert namesakes.given_fits(["donald", "j"], [["donald"]])  # no middle name known
    assert namesakes.given_fits(["joseph", "r"], [["joe"]])  # a short form
    assert namesakes.given_fits(["bill"], [["william", "jefferson"]])
    assert not namesakes.given_fits(["li"], [["jinping"]])
    assert namesakes.given_fits([], [["george"]])
    assert namesakes.name_given("Mr George W. Bush") == ["george", "w"]
    assert namesakes.fold("Iván") == "ivan"


def test_full_legal_name_is_the_leader(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Joseph R. Biden spoke in Delaware on Monday.", "2022-05-01")
    assert _first(found, "Biden").name == "Joe Biden"


def test_military_rank_is_not_the_head_of_state(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("The navy held exercises near the strait. A spokesman for the fleet, Senior Colonel Xi, "
                   "said the drills would go on.", "2024-10-15")
    xi = _first(found, "Xi")
    assert xi.name != "Xi Jinping" and xi.role != "President"


def test_rank_before_full_name_of_other_person(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("A spokesman for the Southern Theatre Command, Senior Colonel Tian Xi, said the patrol "
                   "was routine.", "2024-10-15")
    tian = _first(found, "Xi")
    assert tian.name != "Xi Jinping" and tian.sector != "GOV"


def test_spokesman_after_the_leader_named_in_full(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Xi Jinping inspected the troops on Monday. A spokesman for the navy, "
                   "Senior Colonel Xi, said the drills would go on.", "2024-10-15")
    later = [m for m in found if m.text.endswith("Colonel Xi")]
    assert later and later[0].name != "Xi Jinping"
    assert later[0].entity != _first(found, "Xi Jinping").entity
    spokesman = _first(found, "spokesman")
    assert spokesman.entity == later[0].entity


def test_aide_sharing_the_leader_surname(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Vladimir Putin spoke on Monday. A Kremlin aide, Colonel Putin, said the talks had "
                   "failed. Putin then left for Sochi.", "2024-10-15")
    aide = _first(found, "Colonel Putin")
    president = _first(found, "Vladimir Putin")
    assert aide.entity != president.entity and aide.name != "Vladimir Putin"
    later = [m for m in found if m.text == "Putin"]
    assert later and later[-1].entity == president.entity


def test_rank_of_a_military_ruler(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Muammar Gaddafi spoke on state television. Colonel Gaddafi said the rebels would lose.",
                   "2011-03-01")
    assert _first(found, "Colonel Gaddafi").entity == _first(found, "Muammar Gaddafi").entity
    burhan = _first(actors("General Burhan said the army would not negotiate.", "2023-05-01"), "Burhan")
    assert burhan.code == "SDN"


def test_style_title(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Ayatollah Khamenei said the talks were over.", "2023-05-01")
    assert _first(found, "Khamenei").code == "IRN"
    found = actors("Secretary Blinken said the talks were over.", "2023-05-01")
    assert _first(found, "Blinken").code == "USA"


def test_other_office_of_a_leader_named_in_full(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Joe Biden spoke in Delaware. Vice President Biden said the bill would pass.",
                   "2024-10-15")
    later = [m for m in found if m.text.endswith("Vice President Biden")]
    assert later and later[0].entity == _first(found, "Joe Biden").entity


def test_title_fits() -> None:
    from eventwire.actors.tables import Entry

    xi = Entry("leader", "Xi Jinping", code="CHN", role="President", sector="GOV")
    lavrov = Entry("leader", "Sergei Lavrov", code="RUS", role="Foreign Minister", sector="GOV")
    assert namesakes.title_fits("President", xi)
    assert namesakes.title_fits("leader", xi)
    assert not namesakes.title_fits("Vice President", xi)
    assert not namesakes.title_fits("Senior Colonel", xi)
    assert namesakes.title_fits("Minister", lavrov) and namesakes.title_fits("Foreign Secretary", lavrov)


def test_sample_spokesman_is_not_the_head_of_state(actors: Callable[..., list[ActorMention]]) -> None:
    import json

    from eventwire.ingest import samples_dir

    rows = [json.loads(line) for line in (samples_dir() / "articles.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    row = next(r for r in rows if r["id"] == "sample-china-taiwan-drills")
    found = actors(row["text"], row.get("published"))
    assert not [m for m in found if m.name == "Xi Jinping"]
    colonel = [m for m in found if m.text.endswith("Li Xi")]
    assert colonel and colonel[0].sector == "MIL"


def test_the_president_is_not_the_vice_president(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Venezuelan Vice President Delcy Rodríguez visited the port on Monday. "
                   "The president said the exports would resume.", "2022-03-01")
    vice, president = _first(found, "Delcy Rodríguez"), _first(found, "president")
    assert president.entity != vice.entity and president.name != "Delcy Rodríguez"


def test_role_fits() -> None:
    from eventwire.actors.descriptions import role_fits

    assert role_fits("minister", "Foreign Minister of Peru")
    assert role_fits("spokesman", "Kremlin spokesman")
    assert role_fits("ambassador", "former Colombian ambassador to Cuba")
    assert not role_fits("president", "Vice President")
    assert not role_fits("general", "UN Secretary-General")
    assert not role_fits("governor", "lieutenant governor")


def test_title_picks_among_namesake_leaders(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Hillary Clinton spoke in Ohio on Monday. She once worked for President Clinton in "
                   "Arkansas. Clinton said the plan would pass.", "2016-09-25")
    assert _first(found, "President Clinton").name == "Bill Clinton"
    assert _first(found, "Hillary Clinton").name == "Hillary Clinton"
    later = [m for m in found if m.text == "Clinton"]
    assert later and later[-1].name == "Hillary Clinton"  # named in full, as the article's protagonist


def test_relatives_of_leaders(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Laura Bush and Chelsea Clinton visited a school in Dallas.", "2016-09-25")
    assert _first(found, "Laura Bush").name == "Laura Bush"
    assert _first(found, "Chelsea Clinton").name == "Chelsea Clinton"


def test_middle_initial_where_the_table_has_none(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Donald J. Trump spoke at a rally in Ohio. Trump said the plant would reopen.",
                   "2016-09-12")
    assert _first(found, "Donald J. Trump").code == "USA"
    later = [m for m in found if m.text == "Trump"]
    assert later and later[0].entity == _first(found, "Donald J. Trump").entity


def test_fitting_title_beats_the_namesake_of_the_article(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Jeb Bush toured the flooded streets of Miami. President Bush said federal aid would "
                   "follow. Bush then flew back to Tallahassee.", "2004-09-01")
    president = _first(found, "President Bush")
    assert president.name == "George W. Bush"
    assert president.entity != _first(found, "Jeb Bush").entity


def test_her_prefers_a_known_woman(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("“Now is the time,” said Tom Hale, who led the party from 1995 to 1997, and has backed "
                   "Mary Lopez since her 2008 bid.", "2016-09-12")
    her = _first(found, "her")
    assert her.entity == _first(found, "Mary Lopez").entity


def test_surname_before_the_full_name(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Mayor Molina declined to comment.\n\nCarla Molina told reporters the plan was dead.",
                   "2016-09-12")
    first, full = _first(found, "Mayor Molina"), _first(found, "Carla Molina")
    assert first.entity == full.entity and first.name == "Carla Molina"
    assert first.role == "Mayor"


def test_shortened_multiword_name(actors: Callable[..., list[ActorMention]]) -> None:
    found = actors("Daw Aung San Suu Kyi arrived in Washington on Monday. Later, Suu Kyi met senators.",
                   "2016-09-16")
    full = _first(found, "Aung San Suu Kyi")
    later = [m for m in found if m.text == "Suu Kyi"]
    assert later and later[0].entity == full.entity
