"""Story clustering on small hand-written documents: same event together, similar events apart."""

from __future__ import annotations

import pytest

from eventwire.model import ActorMention, ArticleRecord
from eventwire.stories import StoryClusterer, cluster, doc_terms
from eventwire.stories.cluster import average_link

QUAKE_A = [
    "A magnitude 6.1 earthquake struck the island of Sumbawa on Tuesday, Dec. 7, killing 12 people.",
    "The 6.1 quake hit Sumbawa early Tuesday; officials in Bima said 12 died and 300 homes collapsed.",
    "Rescuers in Bima searched collapsed homes after Tuesday's 6.1 earthquake on Sumbawa killed 12.",
]
QUAKE_B = [
    "A magnitude 7.4 earthquake struck off Hokkaido on Friday, March 3, injuring 40 people in Kushiro.",
    "The 7.4 quake shook Kushiro and northern Hokkaido on Friday, with 40 people hurt.",
]


def records(texts: list[str], prefix: str) -> list[ArticleRecord]:
    return [ArticleRecord(id=f"{prefix}{i}", text=t) for i, t in enumerate(texts)]


def test_terms_have_names_numbers_and_dates() -> None:
    terms = doc_terms(ArticleRecord(id="x", text=QUAKE_A[0]))
    assert terms["e:sumbawa"] == 1
    assert terms["n:6.1"] == 1 and terms["n:12"] == 1
    assert terms["d:dec-7"] == 1 and terms["d:tuesday"] == 1
    assert "e:a" not in terms and "w:the" not in terms
    assert terms["w:earthquake"] == 1


def test_actor_and_place_names_count_as_names() -> None:
    rec = ArticleRecord(
        id="x",
        text="the ministry said",
        actors=[ActorMention(start=0, end=12, text="the ministry", name="Ministry of Health")],
    )
    assert doc_terms(rec, mentions=True)["e:health"] == 1
    assert "e:health" not in doc_terms(rec)


def test_two_similar_stories_stay_apart() -> None:
    labels = cluster(records(QUAKE_A, "a") + records(QUAKE_B, "b"))
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] == labels[4]
    assert labels[0] != labels[3]


def test_threshold_controls_merging() -> None:
    recs = records(QUAKE_A, "a") + records(QUAKE_B, "b")
    assert len(set(StoryClusterer(threshold=1.01).cluster(recs))) == 5
    assert cluster([]) == []
    assert cluster(records(["One lonely article."], "z")) == [0]


def test_average_link_by_hand() -> None:
    # 0-1 strongly linked, 2 linked to 1 only: average to {0,1} is (0 + 0.5) / 2 = 0.25
    sims = {(0, 1): 0.9, (1, 2): 0.5}
    assert average_link(3, sims, 0.3) == [0, 0, 1]
    assert average_link(3, sims, 0.2) == [0, 0, 0]
    assert average_link(3, sims, 0.95) == [0, 1, 2]


def test_cohesion_keeps_two_tight_groups_apart() -> None:
    # {0,1} and {2,3} are tight (0.9); across them every pair is 0.5
    sims = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.5, (0, 3): 0.5, (1, 2): 0.5, (1, 3): 0.5}
    assert average_link(4, sims, 0.3) == [0, 0, 0, 0]
    assert average_link(4, sims, 0.3, cohesion=0.7) == [0, 0, 1, 1]  # 0.5 < 0.7 * 0.9
    assert average_link(4, sims, 0.3, cohesion=0.5) == [0, 0, 0, 0]


def test_only_pairs_sharing_rare_index_terms_are_compared() -> None:
    vecs = [
        {"e:alpha": 0.6, "e:beta": 0.6, "w:common": 0.5},
        {"e:alpha": 0.6, "e:beta": 0.6, "w:common": 0.5},
        {"e:alpha": 0.7, "w:gamma": 0.7},  # shares one index term with 0 and 1
        {"w:delta": 1.0},  # shares nothing
    ]
    sims = StoryClusterer().similarities(vecs)
    assert set(sims) == {(0, 1)}
    assert sims[(0, 1)] == pytest.approx(0.36 + 0.36 + 0.25)
    loose = StoryClusterer(min_shared=1).similarities(vecs)
    assert set(loose) == {(0, 1), (0, 2), (1, 2)}
