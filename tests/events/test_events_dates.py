"""Date expressions resolved against a fixed publication date (Friday 21 January 2022)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.events.dates import find_dates, parse_published
from eventwire.model import ArticleRecord

PUB = date(2022, 1, 21)  # a Friday


def one(
    text: str, previous: date | None = None, pub: date | None = PUB
) -> tuple[str | None, str | None, str]:
    found = find_dates(text, 0, len(text), pub, previous)
    assert len(found) == 1, found
    d = found[0]
    assert d.start is not None and d.end is not None
    assert text[d.start : d.end] == d.raw
    return d.value, d.granularity, d.raw or ""


@pytest.mark.parametrize(
    ("text", "value", "granularity", "raw"),
    [
        ("Duque spoke this Friday in Bogotá.", "2022-01-21", "day", "this Friday"),
        ("The talks began on Tuesday.", "2022-01-18", "day", "on Tuesday"),
        ("The minister left yesterday.", "2022-01-20", "day", "yesterday"),
        ("Troops arrived today.", "2022-01-21", "day", "today"),
        ("They met last week in Quito.", "2022-01-10/2022-01-16", "range", "last week"),
        (
            "There were accusations in the last two days.",
            "2022-01-19/2022-01-21",
            "range",
            "in the last two days",
        ),
        ("It occurred in April 2019 when Colombia spoke.", "2019-04", "month", "in April 2019"),
        ("The deal was signed on 5 March 2020.", "2020-03-05", "day", "on 5 March 2020"),
        ("The deal was signed on March 5, 2020.", "2020-03-05", "day", "on March 5, 2020"),
        ("The vote took place on 2021-11-07.", "2021-11-07", "day", "2021-11-07"),
        ("The border closed in 2015.", "2015", "year", "in 2015"),
        ("They clashed three days ago.", "2022-01-18", "day", "three days ago"),
        ("Protests grew last month.", "2021-12", "month", "last month"),
        ("Troops have been there since March 2020.", "2020-03/2022-01-21", "range", "since March 2020"),
    ],
)
def test_expressions(text: str, value: str, granularity: str, raw: str) -> None:
    assert one(text) == (value, granularity, raw)


def test_the_day_before_is_relative_to_the_previous_event() -> None:
    assert one("The day before, the embassy answered.", previous=date(2022, 1, 19))[0] == "2022-01-18"
    assert one("The day before, the embassy answered.")[0] == "2022-01-20"


def test_since_an_undated_event_is_kept_unresolved() -> None:
    text = "Russia has been an ally since Hugo Chávez came to power, while Colombia objects."
    (d,) = find_dates(text, 0, len(text), PUB)
    assert d.raw == "since Hugo Chávez came to power"
    assert d.value is None and d.reason


def test_month_without_year_takes_the_last_such_month() -> None:
    assert one("They met in March.")[0] == "2021-03"
    assert one("They met in January.")[0] == "2022-01"


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    value, _, _ = one("The minister left yesterday.", pub=None)
    assert value is None
    (d,) = find_dates("The minister left yesterday.", 0, 28, None)
    assert d.reason and "publication" in d.reason


def test_parse_published() -> None:
    assert parse_published("2022-01-21T10:30:00Z") == PUB
    assert parse_published("2022-01-21") == PUB
    assert parse_published("last Tuesday") is None
    assert parse_published(None) is None


def test_events_take_the_sentence_date_or_the_publication_date(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse(
        "Peru recalled its ambassador on Tuesday. Chile condemned the decision.",
        stages=("actors", "events"),
        published="2022-01-21",
    )
    recall = next(e for e in record.events if e.trigger.text.startswith("recall"))
    assert recall.date is not None
    assert (recall.date.value, recall.date.raw, recall.date.basis) == ("2022-01-18", "on Tuesday", "text")
    condemn = next(e for e in record.events if e.trigger.text == "condemned")
    assert condemn.date is not None
    assert (condemn.date.value, condemn.date.raw, condemn.date.basis) == ("2022-01-21", None, "published")


def test_event_without_any_date(analyse: Callable[..., ArticleRecord]) -> None:
    record = analyse("Chile condemned the decision.", stages=("actors", "events"), published=None)
    d = record.events[0].date
    assert d is not None and d.value is None and d.basis == "none" and d.reason
