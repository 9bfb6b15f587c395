"""Figures in words and digits, with qualifiers, turned into low / best / high."""

from __future__ import annotations

import pytest

from eventwire.counts.numbers import read_figure


def _read(text: str) -> tuple[int | None, int | None, int | None]:
    ws = text.lower().split()
    for k in range(len(ws)):
        fig = read_figure(ws, k)
        if fig is not None:
            return fig.low, fig.best, fig.high
    raise AssertionError(f"no figure in {text!r}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20", (20, 20, 20)),
        ("2,000", (2000, 2000, 2000)),
        ("135,000", (135000, 135000, 135000)),
        ("1.5 million", (1500000, 1500000, 1500000)),
        ("3 thousand", (3000, 3000, 3000)),
        ("seven", (7, 7, 7)),
        ("twenty - five", (25, 25, 25)),
        ("forty - two", (42, 42, 42)),
        ("two hundred and fifty", (250, 250, 250)),
        ("a hundred", (100, 100, 100)),
        ("a dozen", (12, 12, 12)),
        ("two dozen", (24, 24, 24)),
        ("more than 20", (21, 21, None)),
        ("over 300", (301, 301, None)),
        ("at least 12", (12, 12, None)),
        ("no fewer than 8", (8, 8, None)),
        ("almost a hundred", (90, 99, 99)),
        ("nearly 2,000", (1800, 1999, 1999)),
        ("about 50,000", (None, 50000, None)),
        ("some 17,000", (None, 17000, None)),
        ("up to ten", (None, 10, 10)),
        ("as many as 400", (None, 400, 400)),
        ("fewer than 50", (None, 49, 49)),
        ("20 to 30", (20, 25, 30)),
        ("between 20 and 30", (20, 25, 30)),
        ("two or three", (2, 2, 3)),
        ("20 or more", (20, 20, None)),
        ("dozens", (24, 36, None)),
        ("hundreds", (200, 300, None)),
        ("thousands", (2000, 3000, None)),
        ("tens of thousands", (20000, 30000, None)),
        ("hundreds of thousands", (200000, 300000, None)),
        ("between 1,500 and 3,000", (1500, 2250, 3000)),
        ("several hundred", (300, 300, 900)),
        ("more than a dozen", (13, 13, None)),
        ("half a million", (500000, 500000, 500000)),
        ("several", (3, 3, 9)),
        ("a few", (2, 2, 9)),
    ],
)
def test_figure_bounds(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert _read(text) == expected


def test_words_that_are_no_number_give_no_figure() -> None:
    ws = ["the", "army", "said"]
    assert all(read_figure(ws, k) is None for k in range(len(ws)))
