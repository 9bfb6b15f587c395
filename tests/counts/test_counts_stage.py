"""The counts stage on written sentences: category, bounds, span, event, reporter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from eventwire.model import ArticleRecord

STAGES = ("actors", "events", "places", "quotes", "counts")


def _counts(analyse: Callable[..., ArticleRecord], text: str) -> list[tuple[str, str, Any, Any, Any]]:
    record = analyse(text, stages=STAGES)
    for c in record.counts:
        assert record.text[c.start : c.end] == c.text
    return [(c.text, c.category, c.low, c.best, c.high) for c in record.counts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clashes have left more than 20 people dead and 2,000 displaced.",
         [("more than 20 people dead", "dead", 21, 21, None),
          ("2,000 displaced", "displaced", 2000, 2000, 2000)]),
        ("Russia sent two planes and almost a hundred soldiers to Venezuela.",
         [("two planes", "aircraft", 2, 2, 2), ("almost a hundred soldiers", "troops", 90, 99, 99)]),
        ("Police arrested 40 protesters outside the parliament in Lima.",
         [("arrested 40 protesters", "arrested", 40, 40, 40)]),
        ("At least 12 people were killed and dozens wounded when the market was shelled.",
         [("At least 12 people were killed", "dead", 12, 12, None),
          ("dozens wounded", "injured", 24, 36, None)]),
        ("Gunmen kidnapped fifteen workers at a mine in Zamfara.",
         [("kidnapped fifteen workers", "abducted", 15, 15, 15)]),
        ("Between 20 and 30 soldiers are missing after the ambush.",
         [("Between 20 and 30 soldiers are missing", "missing", 20, 25, 30)]),
        ("Taiwan said 45 Chinese military aircraft crossed the median line.",
         [("45 Chinese military aircraft", "aircraft", 45, 45, 45)]),
        ("Tens of thousands of demonstrators marched through Santiago.",
         [("Tens of thousands of demonstrators", "protesters", 20000, 30000, None)]),
        ("Hundreds of families fled across the river into Chad.",
         [("Hundreds of families fled", "displaced", 200, 300, None)]),
        ("Four guards and two drivers were killed at the depot in Tabora.",
         [("Four guards", "dead", 4, 4, 4), ("two drivers were killed", "dead", 2, 2, 2)]),
        ("At least 10 miners, including two engineers, were killed when the shaft collapsed.",
         [("At least 10 miners, including two engineers, were killed", "dead", 10, 10, None),
          ("two engineers", "dead", 2, 2, 2)]),
        ("The gunmen killed 10 soldiers, three policemen and two civilians.",
         [("killed 10 soldiers", "dead", 10, 10, 10), ("three policemen", "dead", 3, 3, 3),
          ("two civilians", "dead", 2, 2, 2)]),
        ("The army killed 3 militants and deployed 200 troops.",
         [("killed 3 militants", "dead", 3, 3, 3), ("200 troops", "troops", 200, 200, 200)]),
        ("The landslide claimed the lives of 31 villagers in Kerala.",
         [("the lives of 31 villagers", "dead", 31, 31, 31)]),
        ("The fire took 17 lives, and 40 volunteers saved 200 lives.", [("17 lives", "dead", 17, 17, 17)]),
        ("The family mourned the deaths of three fishermen off Sfax.",
         [("the deaths of three fishermen", "dead", 3, 3, 3)]),
        ("The flood killed 41 in Assam and 12 in Bihar.",
         [("killed 41", "dead", 41, 41, 41), ("12", "dead", 12, 12, 12)]),
        ("Among the dead were six teachers from Gao.",
         [("Among the dead were six teachers", "dead", 6, 6, 6)]),
        ("Bandits are holding 23 passengers hostage near Kaduna.",
         [("23 passengers hostage", "abducted", 23, 23, 23)]),
        ("Nine hikers lost their lives on the ridge.", [("Nine hikers lost their lives", "dead", 9, 9, 9)]),
        ("The country admitted 85,000 refugees last year.",
         [("85,000 refugees", "refugees", 85000, 85000, 85000)]),
    ],
)
def test_counts_in_sentences(analyse: Callable[..., ArticleRecord], text: str,
                             expected: list[tuple[str, str, Any, Any, Any]]) -> None:
    assert _counts(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the two governments signed 14 agreements on trade.",
        "The talks lasted three days and 20 percent of the budget was cut.",
        "Five people attended the ceremony in Quito.",
        "One of the soldiers spoke to reporters.",
        "Investigators searched tens of thousands of missing files.",
        "The bill puts the lives of millions of workers at risk.",
        "The rival had zero military experience.",
    ],
)
def test_no_count_without_a_category(analyse: Callable[..., ArticleRecord], text: str) -> None:
    assert _counts(analyse, text) == []


def test_count_is_attached_to_its_event_and_reporter(analyse: Callable[..., ArticleRecord]) -> None:
    text = "An air strike on the village killed at least 9 civilians, according to the health ministry."
    record = analyse(text, stages=STAGES)
    (count,) = record.counts
    assert count.category == "dead" and count.low == 9 and count.high is None
    assert count.reporter is not None and "ministry" in count.reporter.text.lower()
    if count.event_id is not None:
        event = next(e for e in record.events if e.id == count.event_id)
        assert count in event.counts
    else:
        assert count.reason


def test_counts_in_unparsed_sentences(nlp: Any) -> None:
    from eventwire.counts.stage import CountStage
    from eventwire.model import Article
    from eventwire.nlp import Parser
    from eventwire.stages import Analysis

    text = "The weather was mild. Nearly 3,000 residents were evacuated from the coast on Monday."
    doc = Parser(nlp, cue_words=(), mode="selective").parse(text)
    assert not any(s.parsed for s in doc.sentences)
    record = ArticleRecord(id="u", text=text)
    CountStage()(Analysis(article=Article(id="u", text=text), doc=doc, record=record))
    assert [(c.category, c.low, c.best, c.high) for c in record.counts] == [("displaced", 2700, 2999, 2999)]
    assert record.counts[0].reason == "no event in the sentence"


def test_the_counted_noun_is_the_first_noun(analyse: Callable[..., ArticleRecord]) -> None:
    assert _counts(analyse, "The EU sanctioned four companies that sold drones to Russia.") == []
    assert _counts(analyse, "Venezuela moved at least 20 armoured personnel carriers to the border.") == [
        ("at least 20 armoured personnel carriers", "vehicles", 20, 20, None)]
