"""Over-prediction: acts that are only promised or refused are not separate events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord

STAGES = ("actors", "events")


def types(analyse: Callable[..., ArticleRecord], text: str) -> list[tuple[str, str]]:
    record = analyse(text, stages=STAGES, published="2023-05-12")
    return [(e.type, e.trigger.text) for e in record.events]


def test_an_agreed_act_is_the_agreement_only(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "The two governments agreed to lift the trade embargo next month.")
    assert [t for t, _ in got] == ["AGREE"]


def test_a_refused_act_is_the_refusal_only(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "The regime refused to allow aid convoys into the besieged city.")
    assert [t for t, _ in got] == ["REJECT"]


def test_a_threatened_act_is_kept_and_linked(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("The president threatened to impose tariffs on steel imports.", stages=STAGES)
    threat = next(e for e in record.events if e.type == "THREATEN")
    assert any(e.reported_by == threat.id for e in record.events if e is not threat)


def test_ids_stay_consecutive(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse(
        "Rebels agreed to release the prisoners. Troops later shelled the town.", stages=STAGES
    )
    assert [e.id for e in record.events] == [f"{record.id}#e{n}" for n in range(1, len(record.events) + 1)]
    assert [e.type for e in record.events] == ["AGREE", "ASSAULT"]


def test_an_earlier_act_that_dates_the_event_is_background(analyse: Callable[..., ArticleRecord]) -> None:
    text = "The rebel group declared a ceasefire on Sunday after two weeks of battles with the army."
    got = types(analyse, text)
    assert [t for t, _ in got] == ["RETREAT"]
    got = types(analyse, "Following the peace accord, the government released 40 prisoners.")
    assert [t for t, _ in got] == ["RETREAT"]


def test_an_earlier_act_alone_is_kept(analyse: Callable[..., ArticleRecord]) -> None:
    assert [w for _, w in types(analyse, "Markets reopened on Monday after the bombing.")] == ["bombing"]


def test_the_act_behind_a_casualty_report_is_kept(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "Two villagers were killed after an attack by Boko Haram on the market.")
    assert ("ASSAULT", "attack") in got


def test_an_act_only_asked_for_is_not_an_event(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "The government rejected an appeal for deploying foreign troops along the border.")
    assert [t for t, _ in got] == ["REJECT"]
    got = types(analyse, "The senate approved a resolution that aims to tighten sanctions on the regime.")
    assert "THREATEN" not in [t for t, _ in got] and "SANCTION" not in [t for t, _ in got]


def test_an_act_done_alongside_is_kept(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Troops pushed their way into the enclave on Wednesday, clashing with insurgents."
    assert "clashing" in [w for _, w in types(analyse, text)]


def test_the_grievance_of_a_protest_is_background(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Opposition parties organized a general strike in protest of last week's arrest of activists."
    got = types(analyse, text)
    assert [t for t, _ in got] == ["PROTEST"]  # neither the arrest nor a second 'protest'


def test_the_cause_of_a_retaliation_is_background(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "The army shelled rebel positions in retaliation for an ambush on a convoy.")
    assert [w for _, w in got] == ["shelled"]


def test_the_ground_of_an_arrest_is_no_second_event(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "Police arrested a local businessman for collaborating with the rebels.")
    assert [t for t, _ in got] == ["COERCE"]


def test_a_participle_describing_an_object_is_background(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "The president lifted the curfew imposed after the coup in March.")
    assert [w for _, w in got] == ["lifted"]


def test_a_pluperfect_relative_clause_is_background(analyse: Callable[..., ArticleRecord]) -> None:
    text = "The rebels released the two engineers, whom they had kidnapped in June, on Sunday."
    assert [w for _, w in types(analyse, text)] == ["released"]


def test_a_past_relative_clause_is_kept(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Police arrested three gunmen who attacked a checkpoint near the border."
    assert "attacked" in [w for _, w in types(analyse, text)]


def test_a_participle_used_as_a_noun_is_no_event(analyse: Callable[..., ArticleRecord]) -> None:
    got = types(analyse, "UN helicopters evacuated the wounded from the besieged town on Friday.")
    assert "ASSAULT" not in [t for t, _ in got]
    got = types(analyse, "The accused offered the victim a lift before the assault.")
    assert "ACCUSE" not in [t for t, _ in got]


def test_a_threatened_act_is_flagged_not_done(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("Iran threatened to cut off electricity to Armenia.", stages=STAGES)
    cut = next(e for e in record.events if "cut" in e.trigger.text)
    assert cut.hypothetical and cut.reported_by is not None


@pytest.mark.parametrize(
    "text",
    [
        '"This law is an attack on democracy," the opposition leader said on Monday.',
        "Critics say the new tax is a war on the poor.",
        "The destruction of public property is uncalled for and should be condemned.",
    ],
)
def test_characterisations_and_opinions_are_no_acts(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert [t for t, _ in types(analyse, text) if t in ("ASSAULT", "ACCUSE")] == [
        t for t, w in types(analyse, text) if w == "destruction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "There was an attack on the convoy near the border.",
        "The explosion was an attack by militants, police said.",
    ],
)
def test_an_attack_said_of_an_occurrence_is_kept(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert "ASSAULT" in [t for t, _ in types(analyse, text)]
