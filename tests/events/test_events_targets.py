"""Targets named away from the trigger: the doer in a "by" phrase of an act noun, coordinated
recipients and modifiers, the patient of a nominal act, complaints, visits; side mentions
without actors; crowds' violence; headline verbs tagged as nouns."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord

from .conftest import by_trigger, run


def codes(actors: list[object]) -> set[str]:
    return {getattr(a, "code", None) or "" for a in actors}


def test_rejected_call_targets_who_called(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Germany rejected calls by France to raise the tariffs."), "rejected")
    assert ev.type == "REJECT" and "FRA" in codes(ev.target)


def test_protest_against_abuses_targets_their_doer(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Students staged demonstrations against the abuses by the Egyptian military on Friday."
    ev = by_trigger(run(analyse, text), "demonstrations")
    assert ev.type == "PROTEST" and "EGY" in codes(ev.target)


def test_coordinated_recipients_are_all_targets(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Pakistan threatened to break off diplomatic relations with Chile and Peru."
    ev = by_trigger(run(analyse, text), "threatened")
    assert {"CHL", "PER"} <= codes(ev.target)


def test_coordinated_modifiers_are_both_actors(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "The Turkish and Greek sides agreed to share information."), "agreed")
    assert {"TUR", "GRC"} <= codes(ev.source) | codes(ev.target)


def test_blockade_of_a_country_targets_it(analyse: Callable[..., ArticleRecord]) -> None:
    text = "NATO tightened the naval blockade of Serbia with Albania's help."
    ev = by_trigger(run(analyse, text), "blockade")
    assert "SRB" in codes(ev.target) and "ALB" not in codes(ev.target)


def test_complaint_targets_its_subject_not_its_addressee(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Lebanon complained to the United Nations over Israeli air raids."
    ev = by_trigger(run(analyse, text), "complained")
    assert ev.type == "ACCUSE" and "ISR" in codes(ev.target) and "IGO" not in codes(ev.target)


def test_demand_clause_subject_is_the_target(analyse: Callable[..., ArticleRecord]) -> None:
    text = "The rebel group insisted on its demands that Kenya's government release the prisoners."
    ev = by_trigger(run(analyse, text), "insisted")
    assert ev.type == "REQUEST" and "KEN" in codes(ev.target)


def test_visit_targets_the_place_visited(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Iraqi President Saddam Hussein arrived in Amman on Wednesday."), "arrived")
    assert ev.type == "CONSULT" and "JOR" in codes(ev.target)


def test_side_mentions_without_actors_are_dropped(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "Russia imposed sanctions on Georgia after months of violence.")
    assert by_trigger(record, "imposed").type == "SANCTION"
    assert not [e for e in record.events if e.trigger.text == "violence"]
    alone = run(analyse, "Dozens of people died in the fighting in the north.")  # nothing else: kept
    assert [e for e in alone.events if e.trigger.text == "fighting"]


def test_mob_violence_is_a_riot(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Two men were beaten by an angry mob in the market."), "beaten")
    assert ev.type == "PROTEST" and "riot" in ev.mode


def test_headline_verb_tagged_as_noun(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Somalia severs ties with Kenya"), "severs")
    assert ev.type == "SANCTION" and "SOM" in codes(ev.source)


def test_agreeing_to_an_act_inherits_its_recipients(analyse: Callable[..., ArticleRecord]) -> None:
    text = "The US Congress agreed to lift embargoes on medicine sales to Iran and Libya."
    ev = by_trigger(run(analyse, text), "agreed")
    assert ev.type == "AGREE" and {"IRN", "LBY"} <= codes(ev.target)


def test_a_protests_demand_is_its_topic(analyse: Callable[..., ArticleRecord]) -> None:
    text = "Farmers began a hunger strike outside parliament to demand the return of their land."
    record = run(analyse, text)
    assert by_trigger(record, "strike").type == "PROTEST"
    assert not [e for e in record.events if e.type == "REQUEST"]


def test_trailing_attribution_is_not_an_accusation(analyse: Callable[..., ArticleRecord]) -> None:
    trailing = run(analyse, "Rebels killed two Kenyan soldiers in an ambush on Thursday, Kenyan police said.")
    assert by_trigger(trailing, "killed").type == "ASSAULT"
    assert not [e for e in trailing.events if e.type == "ACCUSE"]
    leading = run(analyse, "Kenya's defence minister said Somali militants had attacked a Kenyan army base.")
    assert by_trigger(leading, "said").type == "ACCUSE"
