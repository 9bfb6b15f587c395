"""A real two-worker local Dask cluster, shared by the module's tests, and test articles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from eventwire.model import Article
from eventwire.pipeline import PipelineConfig
from eventwire.scale import connect

TOWNS = ("Aldmoor", "Brenhaven", "Caskford", "Dunmere", "Elbridge", "Farrowgate", "Glenwick", "Harlow Cross")
BODIES = (
    "The council of {town} voted on Monday to close the old bridge after engineers found cracks in two"
    " of its piers. Traffic will be diverted through the industrial estate until repairs are finished.",
    "Farmers near {town} blocked the ring road with tractors on Tuesday, protesting against a cut in"
    " water allocations. Police said the protest was peaceful and the road reopened by the evening.",
    "Two people were injured when a fire broke out in a warehouse in {town} early on Wednesday, the fire"
    " service said. The cause of the blaze is under investigation.",
)

CONFIG = PipelineConfig(stages=("provenance",))


def articles(n: int) -> list[Article]:
    """``n`` distinct short articles (ids a-0, a-1, ...)."""
    found = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        text = BODIES[i % len(BODIES)].format(town=town) + f" Report number {i}."
        found.append(Article(id=f"a-{i}", text=text, title=f"{town} report {i}", source="Test Wire"))
    return found


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with connect("local:2") as c:
        yield c
