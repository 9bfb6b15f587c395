"""The real-news events scorer on hand-made gold/prediction pairs (figures computed by hand)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.evaluation.real_news import actor_agrees, match_events, news_kind, score
from eventwire.model import ActorMention, ArticleRecord, Event, Span

TEXT = "Aland accused Borea. Borea denied it and met Cadia. Dorn will attack."


def ev(typ: str, at: int, *, src: str | None = None, tgt: str | None = None, **flags: bool) -> Event:
    def actors(name: str | None) -> list[ActorMention]:
        if name is None:
            return []
        return [ActorMention(start=0, end=1, text=name, name=name, country=name[:3].upper())]

    return Event(
        id=f"r#{at}",
        type=typ,
        trigger=Span(at, at + 3, "xxx"),
        sentence=Span(0, 1, "x"),
        source=actors(src),
        target=actors(tgt),
        **flags,
    )


def gold(typ: str, sent: tuple[int, int], at: int, src: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "type": typ,
        "sentence": {"start": sent[0], "end": sent[1]},
        "trigger": {"start": at, "end": at + 3, "text": "xxx"},
        "source": [{"name": src, "country": None}] if src else [],
        "target": [],
        "negated": extra.get("negated", False),
        "hypothetical": extra.get("hypothetical", False),
        "political": extra.get("political", True),
    }


S1, S2, S3 = (0, 20), (21, 51), (52, 69)


def test_matching_is_one_to_one_by_sentence_and_type_nearest_first() -> None:
    g = [gold("CONSULT", S2, 40), gold("CONSULT", S2, 45)]
    p = [ev("CONSULT", 44), ev("CONSULT", 22), ev("CONSULT", 5), ev("REJECT", 40)]
    # 44 is nearest to 45 (distance 1); 22 then takes 40; 5 lies outside the sentence
    assert sorted(match_events(g, p)) == [(0, 1), (1, 0)]


def test_precision_recall_flags_and_non_political_events() -> None:
    g = [
        {
            "id": "voa-1",
            "text": TEXT,
            "events": [
                gold("ACCUSE", S1, 6, "Aland"),
                gold("REJECT", S2, 27, "Borea"),
                gold("CONSULT", S2, 39, "Borea"),
                gold("ASSAULT", S3, 62, "Dorn", hypothetical=True),
                gold("SANCTION", S1, 6, political=False),
            ],
        }
    ]
    p = [
        ArticleRecord(
            id="voa-1",
            text=TEXT,
            events=[
                ev("ACCUSE", 6, src="Aland"),  # matched, right source
                ev("REJECT", 27, src="Cadia"),  # matched, wrong source
                ev("SANCTION", 6),  # matched to a non-political event: left out
                ev("ASSAULT", 62),  # drops the gold flag: a false factual event
                ev("AGREE", 30, negated=True),  # not factual: not counted
            ],
        )
    ]
    report = score(g, p)
    assert (report["n_gold"], report["n_predicted"], report["n_matched"]) == (3, 3, 2)
    assert report["precision"] == pytest.approx(2 / 3)
    assert report["recall"] == pytest.approx(2 / 3)
    assert report["source_accuracy"] == pytest.approx(1 / 2)
    assert report["target_accuracy"] == 0.0  # no gold event names a target
    assert report["per_type"]["CONSULT"]["recall"] == 0.0
    assert report["per_type"]["ACCUSE"]["source_accuracy"] == 1.0
    assert report["by_kind"]["voa"]["matched"] == 2


def test_actors_agree_on_name_text_or_country() -> None:
    a = ActorMention(start=0, end=6, text="Moscow", name="Russia", country="RUS")
    assert actor_agrees([{"name": "russia", "country": None}], [a])
    assert actor_agrees([{"name": "Kremlin", "country": "RUS"}], [a])
    assert actor_agrees([{"name": "Moscow", "country": None}], [a])
    assert not actor_agrees([{"name": "Putin", "country": None}], [a])
    b = ActorMention(start=0, end=5, text="Trump", name="Trump")
    assert actor_agrees([{"name": "Donald Trump", "country": None}], [b])
    assert not actor_agrees([{"name": "Trumpeter", "country": None}], [b])
    assert not actor_agrees([{"name": "Putin", "country": "RUS"}], [])


def test_news_kind_is_the_id_prefix() -> None:
    assert news_kind("voa-8011076") == "voa"
    assert news_kind("usa-today_2016-07-29_x") == "usa"
    assert news_kind("huff-post_2016") == "huff"
