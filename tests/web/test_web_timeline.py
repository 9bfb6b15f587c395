"""Periods of the dyad timeline."""

from __future__ import annotations

import pytest

from eventwire.web.timeline import period_of, period_range


@pytest.mark.parametrize(("day", "interval", "period"), [
    ("2021-03-26", "month", "2021-03"),
    ("2021-03-26", "week", "2021-03-22"),  # the Monday of its week
    ("2021-03-26", "day", "2021-03-26"),
    ("2021-03", "month", "2021-03"),
    ("2021-03", "week", None),  # coarser than the interval: not placed
    ("2021", "month", None),
    ("2021-03-24/2021-03-26", "month", "2021-03"),  # a range falls where it starts
    ("2021-03-24/2021-03-26", "day", "2021-03-24"),
    ("2021-02-30", "day", None),  # not a calendar date: counted as undated
    ("spring", "month", None),
])
def test_period_of(day: str, interval: str, period: str | None) -> None:
    assert period_of(day, interval) == period


def test_period_range_is_inclusive() -> None:
    assert period_range("2021-02", "month") == ("2021-02-01", "2021-02-28")
    assert period_range("2020-12", "month") == ("2020-12-01", "2020-12-31")
    assert period_range("2021-03-22", "week") == ("2021-03-22", "2021-03-28")
