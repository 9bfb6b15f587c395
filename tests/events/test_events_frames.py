"""Negation, future and conditional acts, reported speech, reciprocal and passive actors,
nominal triggers and unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.model import Article, ArticleRecord, Event
from eventwire.nlp import Parser
from eventwire.stages import Analysis, create

from .conftest import by_trigger, run


def primary(record: ArticleRecord) -> Event:
    best = record.events[0]
    for ev in record.events:
        if ev.confidence > best.confidence:
            best = ev
    return best


def test_negated_conflict_is_flagged_not_dropped(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "The army did not attack the village."), "attack")
    assert ev.type == "ASSAULT" and ev.negated


def test_negated_recognition_is_a_rejection(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Colombia does not recognize the government of Venezuela."), "recognize")
    assert ev.type == "REJECT"
    assert "negation" in ev.context and "REJECT" in (ev.rule or "")
    assert [a.code for a in ev.source] == ["COL"]


def test_conditional_force_is_hypothetical(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "Officials warned that Russia could deploy troops to Cuba."), "deploy")
    assert ev.hypothetical
    assert ev.type == "MOBILIZE"  # governed by the warning, which carries the threat


def test_future_cooperation_is_agree(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(run(analyse, "Portugal will support the Turkish application to join the bloc."))
    assert ev.type == "AGREE" and ev.hypothetical
    ev = primary(run(analyse, "Spain plans to send aid to Morocco."))
    assert ev.type == "AGREE" and "future" in ev.context


def test_planned_coercion_is_a_threat(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(run(analyse, "The government plans to impose a curfew in the northern provinces."))
    assert ev.type == "THREATEN"


def test_reported_speech_yields_both_acts(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(
        analyse,
        "Colombian Defense Minister Diego Molano said Venezuelan troops were mobilised towards the border.",
    )
    mob = by_trigger(record, "mobilised")
    assert mob.type == "MOBILIZE" and mob.reported
    assert any(a.code == "VEN" for a in mob.source)
    reporter = next(e for e in record.events if e.id == mob.reported_by)
    assert reporter.type == "ACCUSE"
    assert any(a.code == "COL" for a in reporter.source)
    assert mob.confidence > reporter.confidence  # the reported act is the sentence's event


def test_said_by_the_doer_is_not_an_accusation(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "Switzerland said it had expelled two Russian diplomats.")
    assert [e.type for e in record.events] == ["SANCTION"]
    assert record.events[0].reported and record.events[0].reported_by is None


def test_lexical_verbal_act_reports_its_complement(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "Iran threatened to cut off electricity to Armenia.")
    threat = primary(record)
    assert threat.type == "THREATEN"
    assert [a.code for a in threat.target] == ["ARM"]
    cut = by_trigger(record, "cut")
    assert cut.reported_by == threat.id


def test_reciprocal_actors(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(run(analyse, "Maduro and Russian President Vladimir Putin held talks in Moscow."))
    assert ev.type == "CONSULT"
    assert {a.code for a in ev.source} == {"VEN", "RUS"} and not ev.target
    ev = primary(run(analyse, "Chinese officials met with their Indian counterparts in Delhi."))
    assert {a.code for a in ev.source} == {"CHN", "IND"} and not ev.target


def test_both_countries_are_the_two_last_named(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(
        analyse, "Russia and Colombia have argued for weeks. Both countries traded accusations on Monday."
    )
    ev = by_trigger(record, "accusations")
    assert {a.code for a in ev.source} == {"RUS", "COL"}


def test_passive_voice_agent_is_the_source(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(run(analyse, "Three Iraqi soldiers were killed by Turkish forces near Duhok."))
    assert ev.type == "ASSAULT"
    assert [a.code for a in ev.source] == ["TUR"]
    assert [a.code for a in ev.target] == ["IRQ"]


def test_nominal_triggers(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "The accusations by the Chilean minister angered Peru.")
    ev = by_trigger(record, "accusations")
    assert ev.type == "ACCUSE" and [a.code for a in ev.source] == ["CHL"]
    record = run(analyse, "The growing tensions between Russia and Ukraine worried Europe.")
    ev = by_trigger(record, "tensions")
    assert {a.code for a in ev.source} == {"RUS", "UKR"}
    record = run(
        analyse, "Putin and Maduro made public a telephone call in which they discussed cooperation."
    )
    ev = by_trigger(record, "call")
    assert (ev.type, ev.mode) == ("CONSULT", ["phone"])
    assert {a.code for a in ev.source} == {"RUS", "VEN"}
    record = run(analyse, "Clashes between Kurdish fighters and Turkish troops left ten dead.")
    assert by_trigger(record, "Clashes").type == "ASSAULT"


def test_denial_answers_the_previous_accusation(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "Colombia accused Venezuela of protecting the rebels. Venezuela denied it.")
    ev = by_trigger(record, "denied")
    assert ev.type == "REJECT"
    assert [a.code for a in ev.target] == ["COL"]


def test_events_without_actors_are_kept_with_lower_confidence(analyse: Callable[..., ArticleRecord]) -> None:
    bare = primary(run(analyse, "Fighting continued overnight."))
    full = primary(run(analyse, "Sudanese troops attacked rebel positions in Darfur."))
    assert bare.type == "ASSAULT" and not bare.source
    assert bare.confidence < full.confidence


def test_unparsed_sentences_are_handled(nlp: object) -> None:
    """A sentence without a dependency parse (no cue word declared) is matched on forms."""
    text = "Rebels attacked the convoy near Goma. Nothing else happened."
    parser = Parser(nlp, cue_words=())  # selective with no cues: nothing parsed
    doc = parser.parse(text)
    assert not any(s.parsed for s in doc.sentences)
    stage = create("events", judge=False)  # the rules' word-window match, before any judge
    analysis = Analysis(article=Article(id="u", text=text), doc=doc, record=ArticleRecord(id="u", text=text))
    stage(analysis)
    events = analysis.record.events
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].confidence <= 0.35 and "no dependency parse" in (events[0].rule or "")


def test_cue_words_cover_inflections() -> None:
    stage = create("events")
    for word in ("mobilized", "mobilised", "deployed", "talks", "clashes", "accused", "fought", "sent"):
        assert word in stage.cue_words, word
    assert "said" not in stage.cue_words


def test_political_attacks_are_verbal(analyse: Callable[..., ArticleRecord]) -> None:
    ev = by_trigger(run(analyse, "The senator attacked the president over his tax plan."), "attacked")
    assert ev.type == "ACCUSE" and "verbal attack" in (ev.rule or "")
    ev = by_trigger(run(analyse, "Militants attacked an army checkpoint near Mosul."), "attacked")
    assert ev.type == "ASSAULT"


def test_published_documents_are_not_releases(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "The White House played it safe in the nine-page plan released Tuesday.")
    assert not any(e.type == "RETREAT" for e in record.events)
    ev = primary(run(analyse, "The rebels released twelve hostages on Tuesday."))
    assert ev.type == "RETREAT"


def test_counterfactual_negation_keeps_the_type(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(analyse, "Without the loans, Washington would not have rescued the carmakers.")
    ev = by_trigger(record, "rescued")
    assert ev.type == "AID" and ev.negated and ev.hypothetical


def test_dateline_is_no_actor(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(
        analyse,
        "GEORGETOWN, Guyana (AFP) — Guyana's government said Venezuela had moved troops to the border.",
    )
    for ev in record.events:
        assert all(a.start >= 27 for a in ev.source + ev.target), ev


def test_calling_an_accusation_unfounded_rejects_it(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(
        analyse,
        "Lithuania accused Belarus of sending migrants. A Belarusian spokesman called the claims unfounded.",
    )
    ev = by_trigger(record, "called")
    assert ev.type == "REJECT" and [a.code for a in ev.target] == ["LTU"]


def test_joint_military_operations_are_cooperation(analyse: Callable[..., ArticleRecord]) -> None:
    ev = primary(run(analyse, "Uganda and Congo conducted joint military operations against the rebels."))
    assert ev.type == "COOPERATE"


def test_pronouns_inside_a_quotation_are_not_the_speaker(analyse: Callable[..., ArticleRecord]) -> None:
    record = run(
        analyse,
        "“The government is afraid of us. They are arresting us one by one,” said Shirin Akter, "
        "a spokeswoman for the Bangladesh Nationalist Party.",
    )
    ev = by_trigger(record, "arresting")
    assert not any("Akter" in a.text for a in ev.source)
