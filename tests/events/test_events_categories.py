"""Every PLOVER category from sentences written for these tests: the sentence's primary
event (highest confidence, first on ties) has the expected type, and its coding fields
are consistent (CAMEO string, quad class, Goldstein range, rule)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord, Event

STAGES = ("actors", "events")

CASES = [
    ("AGREE", "Chile and Peru agreed to reopen their shared border crossing next month."),
    ("AGREE", "Norway promised to fund a new water plant in Kenya."),
    ("CONSULT", "The French foreign minister met his German counterpart in Berlin on Monday."),
    ("CONSULT", "Japan and South Korea held talks on fishing rights in Seoul."),
    ("SUPPORT", "The Kenyan government praised Ethiopia for its handling of the refugee crisis."),
    ("SUPPORT", "Brazil and Argentina signed a trade agreement on Tuesday."),
    ("CONCEDE", "The Thai government lifted the curfew in Bangkok after a week of calm."),
    ("COOPERATE", "Spanish police shared intelligence with Moroccan authorities about the smuggling ring."),
    ("AID", "Canada donated two million dollars to flood victims in Pakistan."),
    ("RETREAT", "Ethiopian troops withdrew from the disputed town on Sunday."),
    ("RETREAT", "The rebels released twelve hostages near the border."),
    ("REQUEST", "The opposition demanded the resignation of the interior minister."),
    ("REQUEST", "The United Nations called for an immediate ceasefire in the region."),
    ("ACCUSE", "Poland accused Belarus of pushing migrants across the border."),
    ("ACCUSE", "The European Union condemned the arrest of the journalist."),
    ("REJECT", "Iran rejected the proposal to resume nuclear talks."),
    ("REJECT", "The ministry denied the allegations of torture."),
    ("THREATEN", "North Korea threatened to retaliate against any new sanctions."),
    ("PROTEST", "Thousands of students demonstrated in Santiago against the education reform."),
    ("PROTEST", "Dock workers went on strike in Antwerp over pay."),
    ("SANCTION", "The United States imposed sanctions on three Russian banks."),
    ("SANCTION", "Lithuania expelled two Russian diplomats on Friday."),
    ("MOBILIZE", "Russia deployed thousands of troops to the Ukrainian border."),
    ("COERCE", "Egyptian police arrested twenty activists in Cairo."),
    ("COERCE", "The military government imposed a curfew in the capital."),
    ("ASSAULT", "Gunmen killed five villagers in northern Nigeria on Saturday."),
    ("ASSAULT", "Government forces clashed with rebels near the town of Goma."),
]


# Constructions beyond the plain verb: particles, support verbs, passives, crowds, states.
MORE_CASES = [
    ("ASSAULT", "Gunmen opened fire on a bus carrying pilgrims, killing 12."),
    ("ASSAULT", "Suspected militants stormed a hotel in Mogadishu."),
    ("ASSAULT", "Boko Haram fighters abducted 200 schoolgirls from Chibok."),
    ("COERCE", "Turkey blocked access to Twitter."),
    ("PROTEST", "Farmers blocked highways across France to protest fuel prices."),
    ("PROTEST", "Rioters torched cars in the suburbs of Paris."),
    ("PROTEST", "Opposition supporters staged a sit-in outside parliament."),
    ("PROTEST", "Demonstrators clashed with riot police in central Athens."),
    ("MOBILIZE", "India put its troops on high alert along the border with Pakistan."),
    ("MOBILIZE", "Thousands of reservists were called up as tensions rose."),
    ("MOBILIZE", "North Korea test-fired two ballistic missiles on Friday."),
    ("RETREAT", "Israeli forces pulled out of the Gaza Strip."),
    ("CONCEDE", "The rebels announced they would lay down their arms."),
    ("AID", "The World Bank approved a $500 million loan to Egypt."),
    ("SANCTION", "Saudi Arabia severed diplomatic ties with Iran."),
    ("COERCE", "The government declared a state of emergency in the capital."),
    ("REQUEST", "Amnesty International called on the government to release the activists."),
    ("REJECT", "Hamas rejected the Egyptian ceasefire proposal."),
    ("THREATEN", "Trump threatened to impose tariffs on Mexican goods."),
    ("AGREE", "Syria offered to hold talks with Israel."),
    ("CONSULT", "The Turkish president spoke by phone with his Russian counterpart."),
    ("SUPPORT", "China voiced support for Pakistan's position on Kashmir."),
    ("ACCUSE", "Washington blamed Pyongyang for the cyberattack."),
]


def primary(record: ArticleRecord) -> Event:
    assert record.events, f"no event in {record.text!r}"
    best = record.events[0]
    for ev in record.events:
        if ev.confidence > best.confidence:
            best = ev
    return best


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_primary_event_type(analyse: Callable[..., ArticleRecord], expected: str, text: str) -> None:
    ev = primary(analyse(text, stages=STAGES, published="2023-05-12"))
    assert ev.type == expected, ev.rule


@pytest.mark.parametrize(("expected", "text"), MORE_CASES)
def test_primary_event_type_in_other_constructions(
    analyse: Callable[..., ArticleRecord], expected: str, text: str
) -> None:
    ev = primary(analyse(text, stages=STAGES, published="2023-05-12"))
    assert ev.type == expected, ev.rule


def test_all_sixteen_categories_are_covered() -> None:
    assert len({kind for kind, _ in CASES}) == 16


@pytest.mark.parametrize(("expected", "text"), CASES[:8] + CASES[-8:])
def test_coding_fields(analyse: Callable[..., ArticleRecord], expected: str, text: str) -> None:
    record = analyse(text, stages=STAGES, published="2023-05-12")
    for ev in record.events:
        assert isinstance(ev.cameo, str) and ev.cameo.isdigit()
        assert ev.quad_class in (1, 2, 3, 4)
        assert ev.goldstein is not None and -10.0 <= ev.goldstein <= 10.0
        assert ev.rule
        assert "lexicon:" in ev.rule or ev.rule.startswith(("speech:", "obligation:", "dismissive:"))
        assert 0.0 < ev.confidence <= 1.0
        assert record.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert record.text[ev.sentence.start : ev.sentence.end] == ev.sentence.text
        assert ev.id.startswith("test#e")
    ev = primary(record)
    coop = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2}
    conflict = {"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3}
    assert ev.quad_class == {**coop, **conflict}.get(ev.type, 4)


def test_modes_from_the_manual(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(analyse("Hundreds of prisoners began a hunger strike in Istanbul.", stages=STAGES))
    assert (ev.type, ev.mode) == ("PROTEST", ["hunger"])
    ev = primary(analyse("President Lula spoke by telephone with the Chinese president.", stages=STAGES))
    assert ev.type == "CONSULT"
    ev = primary(analyse("A car bomb exploded outside the police station in Kabul.", stages=STAGES))
    assert (ev.type, ev.mode) == ("ASSAULT", ["explosives"])


def test_actors_of_a_simple_event(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(analyse("Poland accused Belarus of pushing migrants across the border.", stages=STAGES))
    assert [a.code for a in ev.source] == ["POL"]
    assert [a.code for a in ev.target] == ["BLR"]
    assert ev.confidence >= 0.8
