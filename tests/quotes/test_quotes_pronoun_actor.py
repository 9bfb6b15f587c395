"""A pronoun speaker takes the actor stage's resolution of that pronoun, even when it is a
country the pronoun continues (translated news: "Colombia does not ... Instead, he ..."),
so that quotes, actors and events agree on who speaks."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import ArticleRecord, Quote

from .conftest import STAGES


def _quote_of_cue(record: ArticleRecord, cue: str) -> Quote:
    found = [q for q in record.quotes if q.cue is not None and q.cue.text == cue]
    assert found, [(q.cue.text if q.cue else None) for q in record.quotes]
    return found[0]


def _agrees_with_actors(record: ArticleRecord, q: Quote) -> None:
    sp = q.speaker
    assert sp is not None and sp.start is not None
    actor = next(a for a in record.actors if a.kind == "pronoun" and a.start == sp.start)
    assert sp.name == actor.name
    if actor.code is not None:
        assert sp.actor_code is not None and sp.actor_code.startswith(actor.code)


def test_he_continuing_a_country_speaks_for_it(analyse: Callable[..., ArticleRecord]) -> None:
    text = ("Brazil has been a close trading partner of the Chinese government for decades, while its "
            "neighbor Argentina does not recognize the Taiwan authorities and therefore has no office there. "
            "Instead, he supports the Beijing government as the only legitimate one.")
    record = analyse(text, stages=STAGES)
    q = _quote_of_cue(record, "supports")
    assert q.speaker is not None and q.speaker.name == "Argentina"
    assert q.speaker.actor_code == "ARG"
    assert q.speaker.type == "organisation"
    _agrees_with_actors(record, q)


def test_he_for_a_person_still_names_the_person(analyse: Callable[..., ArticleRecord]) -> None:
    text = ("Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart on Monday. "
            "He said that both countries would reopen the border crossing.")
    record = analyse(text, stages=STAGES)
    q = _quote_of_cue(record, "said")
    assert q.speaker is not None and q.speaker.name == "Alberto van Klaveren"
    _agrees_with_actors(record, q)


def test_seed_he_endorses_is_colombia(analyse: Callable[..., ArticleRecord], seed_text: str) -> None:
    record = analyse(seed_text, stages=STAGES, published="2022-01-22", article_id="seed")
    q = _quote_of_cue(record, "endorses")
    assert q.speaker is not None and q.speaker.text == "he"
    assert q.speaker.name == "Colombia" and q.speaker.actor_code == "COL"
    _agrees_with_actors(record, q)


def test_who_after_a_list_is_its_last_member(analyse: Callable[..., ArticleRecord]) -> None:
    text = ("The reception drew ministers from Lima as well as artists like Ana Torres, Luis Vega and "
            "Marta Solis, who told reporters that the museum would open in June.")
    record = analyse(text, stages=STAGES)
    q = _quote_of_cue(record, "told")
    assert q.speaker is not None and q.speaker.text == "who"
    assert q.speaker.name == "Marta Solis"
    _agrees_with_actors(record, q)


def test_who_after_an_apposition_keeps_the_role(analyse: Callable[..., ArticleRecord]) -> None:
    text = ("The statement answered the Peruvian Interior Minister, Carlos Mendoza, who said that the "
            "border would stay closed.")
    record = analyse(text, stages=STAGES)
    q = _quote_of_cue(record, "said")
    assert q.speaker is not None and q.speaker.name == "Carlos Mendoza"
    assert q.speaker.role is not None and "Interior Minister" in q.speaker.role


def test_it_for_a_company_is_not_its_owner(analyse: Callable[..., ArticleRecord]) -> None:
    text = ("Investigators looked at Carlos Mendoza’s company last year. It said in a statement that "
            "it had paid every tax it owed.")
    record = analyse(text, stages=STAGES)
    q = _quote_of_cue(record, "said")
    assert q.speaker is not None and q.speaker.text == "It"
    assert q.speaker.name is not None and "company" in q.speaker.name


def test_completes() -> None:
    from eventwire.quotes.speaker import _completes

    assert _completes("Obama Says", "Barack Obama")  # a headline verb the model took into the name
    assert _completes("Trump", "Donald Trump")
    assert not _completes("Jeb Bush", "George W. Bush")
