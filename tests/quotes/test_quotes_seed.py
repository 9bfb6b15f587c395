"""The seed article: the quotes of Patiño, Londoño, Duque, Molano, Mijares and the Russian
Embassy, each with speaker, role and affiliation."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.model import ArticleRecord, Quote

from .conftest import STAGES


@pytest.fixture(scope="module")
def seed_record(analyse: Callable[..., ArticleRecord], seed_text: str) -> ArticleRecord:
    return analyse(seed_text, stages=STAGES, published="2022-01-22", article_id="seed")


def _by_name(record: ArticleRecord, name: str) -> Quote:
    found = [q for q in record.quotes if q.speaker is not None and q.speaker.name == name]
    assert found, [(q.speaker.name if q.speaker else None) for q in record.quotes]
    return found[0]


def test_no_failures_and_ids(seed_record: ArticleRecord) -> None:
    assert not [f for f in seed_record.failures if f.stage == "quotes"]
    assert [q.id for q in seed_record.quotes] == [f"seed#q{n}" for n in range(1, len(seed_record.quotes) + 1)]


def test_patino(seed_record: ArticleRecord) -> None:
    q = _by_name(seed_record, "Carlos Alberto Patiño")
    assert q.kind == "direct" and q.content.text.startswith("“So far there has been no diplomatic conflict")
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.type == "expert"
    assert q.speaker.role is not None and "professor" in q.speaker.role
    assert q.speaker.affiliation == "National University of Colombia"


def test_londono(seed_record: ArticleRecord) -> None:
    q = _by_name(seed_record, "Julio Londoño")
    assert q.kind == "direct" and q.content.text.startswith("“Evidently")
    assert q.speaker is not None and q.speaker.role == "former Colombian ambassador to Cuba"


def test_duque_through_the_pronoun(seed_record: ArticleRecord) -> None:
    q = _by_name(seed_record, "Iván Duque")
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.cue is not None and q.cue.text == "explained"
    assert "“understand a little about the military assistance" in q.content.text
    assert q.speaker.type == "official" and q.speaker.actor_code == "COLGOV"


def test_molano(seed_record: ArticleRecord) -> None:
    q = _by_name(seed_record, "Diego Molano")
    assert q.content.text.startswith("that “some men have been mobilized")
    assert q.speaker is not None and q.speaker.role == "Colombian Defense Minister"
    assert q.speaker.type == "official"
    assert (q.speaker.actor_code or "").startswith("COL")
    events = {e.id: e for e in seed_record.events}
    assert q.event_id in events and events[q.event_id].type == "ACCUSE"


def test_mijares(seed_record: ArticleRecord) -> None:
    q = _by_name(seed_record, "Víctor Mijares")
    assert q.kind == "direct" and q.content.text.startswith(
        "“I see it as part of greater geopolitical tensions"
    )
    assert q.speaker is not None
    assert q.speaker.role == "professor of Political Science"
    assert q.speaker.affiliation == "Universidad de Los Andes"
    assert q.speaker.type == "expert"


def test_russian_embassy(seed_record: ArticleRecord) -> None:
    found = [
        q for q in seed_record.quotes if q.speaker is not None and "Russian Embassy" in (q.speaker.text or "")
    ]
    assert found
    q = found[0]
    assert "“unfounded” and “inappropriate” accusations" in q.content.text
    assert q.speaker is not None and q.speaker.type == "organisation" and q.speaker.actor_code == "RUSGOV"
    assert "Russian Embassy" in (q.speaker.name or "") and q.speaker.role is None


def test_colombia_warned(seed_record: ArticleRecord) -> None:
    q = next(q for q in seed_record.quotes if q.cue is not None and q.cue.text == "warned")
    assert q.content.text.startswith("that Russia would be participating")
    assert q.speaker is not None and q.speaker.actor_code == "COL"
    events = {e.id: e for e in seed_record.events}
    assert q.event_id in events and events[q.event_id].trigger.text == "warned"
