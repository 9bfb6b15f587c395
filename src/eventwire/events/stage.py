"""The events stage: PLOVER events from triggers, frames, actors and dates.

For each sentence: find triggers (:mod:`.detect`), place them in the clause structure
(:mod:`.frames`), find source and target among the actor mentions (:mod:`.roles`), code
the category, mode, context, CAMEO/QuadClass/Goldstein (:mod:`.coding`) and attach the
date (:mod:`.dates`). Reported speech yields the verbal act and the reported act; the
latter has ``reported=True`` and ``reported_by`` pointing to the verbal event.
Each event's ``rule`` lists the lexicon row and the steps that produced it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from ..model import ActorMention, Event, EventDate
from ..nlp.document import ParsedDoc, Sentence
from ..resources import word_list
from ..stages.base import Analysis
from .background import without_earlier_acts
from .coder import SentenceCoder
from .coding import Coding, code_event, confidence, retype
from .dates import as_date, find_dates, parse_published
from .detect import Matcher
from .draft import EventDraft
from .event_date import pick_date
from .features import candidate_features
from .governed import UNDONE_BY, governing_type, only_promised, without_idle
from .judge import Judge, load, shipped
from .lexicon import TriggerLexicon, build_lexicon, load_lexicon
from .mentions import RoleActors
from .types import NOT_AN_EVENT, Plover, having

LEDE_BONUS = 0.05
VERBAL_ATTACKS = word_list("events/words.tsv", "verbal_attacks")
RIOTERS = word_list("events/words.tsv", "rioter_nouns")
PROTESTERS = RIOTERS | word_list("events/words.tsv", "protester_nouns")


class EventStage:
    name: ClassVar[str] = "events"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __init__(
        self,
        *,
        triggers: str | list[str] | None = None,
        min_confidence: float = 0.0,
        judge: str | bool = True,
        **_: Any,
    ) -> None:
        """``judge``: True for the shipped trained judge, False for the rules alone, or the
        path stem of a judge written by ``eventwire train events`` (``x`` for x.npz/x.json)."""
        paths = [triggers] if isinstance(triggers, str) else list(triggers or [])
        self.lexicon: TriggerLexicon = build_lexicon([Path(p) for p in paths]) if paths else load_lexicon()
        self.cue_words: frozenset[str] = self.lexicon.cue_words()
        self.min_confidence = min_confidence
        self.proposal = self.lexicon.cue("proposal")
        self.act_words = frozenset(  # forms of nouns that always name an act ("explosion")
            form
            for form, lemmas in self.lexicon.forms.items()
            if any(
                e.type != NOT_AN_EVENT and not e.conditions
                for x in lemmas
                for e in self.lexicon.lookup(x, "N")
            )
        )
        self.coder = SentenceCoder(self.lexicon, Matcher(self.lexicon))
        self.judge: Judge | None = (
            load(Path(judge)) if isinstance(judge, str) else shipped() if judge else None
        )
        # training: called with every candidate, its event as the rules code it and its features
        self.observer: Callable[[ParsedDoc, EventDraft, Event, list[str]], None] | None = None

    def __call__(self, analysis: Analysis) -> None:
        doc = analysis.doc
        record = analysis.record
        pub = parse_published(analysis.article.published)
        index = RoleActors(doc, record.actors)
        events: list[Event] = []
        previous: date | None = None
        for sent in doc.sentences:
            drafts = self.coder.sentence(doc, sent, index, events)
            if not drafts:
                continue
            n_before = len(events)
            dates = find_dates(doc.text, sent.start, sent.end, pub, previous)
            lemmas = _sentence_lemmas(doc, sent)
            drafts.sort(key=lambda d: d.trigger.start)
            drafts = without_idle(drafts)
            drafts = without_earlier_acts(doc, drafts, self.proposal, self.act_words)
            for d in drafts:
                event = self._event(doc, sent, d, dates, pub, lemmas)
                if event.confidence >= self.min_confidence:
                    d.event = self._judged(doc, d, event)
            for d in drafts:
                if d.event is None:
                    continue
                if only_promised(d, drafts):
                    d.event = None
                    continue
                governing = governing_type(d, drafts)
                if governing in UNDONE_BY and not d.event.hypothetical:
                    d.event.hypothetical = True  # "threatened to *shut off* water": not done
                    d.event.rule = f"{d.event.rule}; content of a {governing}: not done"
                d.event_id = d.event.id = f"{record.id}#e{len(events) + 1}"
                events.append(d.event)
            for d in drafts:
                if d.event is not None and d.reporter is not None and d.reporter.event is not None:
                    d.event.reported_by = d.reporter.event.id
            for ev in events[n_before:]:
                if ev.date and ev.date.basis == "text":
                    previous = as_date(ev.date.value) or previous
        record.events = events

    def _judged(self, doc: ParsedDoc, d: EventDraft, event: Event) -> Event | None:
        """The trained judge's verdict on a candidate: dropped, retyped or kept as it is."""
        if self.judge is None and self.observer is None:
            return event
        features = candidate_features(doc, d, event)
        if self.observer is not None:
            self.observer(doc, d, event, features)
        if self.judge is None:
            return event
        verdict = self.judge.decide(features, event.type, may_retype=event.type == d.entry.type)
        if not verdict.keep:
            return None
        if verdict.type != event.type:
            cat = self.lexicon.categories[verdict.type]
            event.type, event.cameo, event.quad_class = verdict.type, cat.cameo, cat.quad_class
            event.mode = []
            event.goldstein = self.lexicon.goldstein.get(cat.cameo, cat.goldstein)
        if verdict.flag and not event.negated:
            event.hypothetical = True
        if verdict.note:
            event.rule = f"{event.rule}; {verdict.note}"
        return event

    def _event(
        self,
        doc: ParsedDoc,
        sent: Sentence,
        d: EventDraft,
        dates: list[EventDate],
        pub: date | None,
        lemmas: frozenset[str],
    ) -> Event:
        coding = code_event(self.lexicon, d.entry, d.frame, lemmas)
        if d.forced_type:
            retype(self.lexicon, coding, d.forced_type, d.forced_cameo, d.forced_mode)
        self._recode(doc, sent, d, coding)
        source, target = _event_actors(d, coding)
        conf = _event_confidence(sent, d, bool(source), bool(target))
        rejects = coding.type == Plover.REJECT and d.entry.type != Plover.REJECT
        if rejects and not target and d.implicit_target:
            target = d.implicit_target
        return Event(
            id=d.event_id,
            type=str(coding.type),  # a plain string, not the Plover member
            trigger=d.trigger,
            sentence=doc.sentence_span(sent.index),
            mode=coding.mode,
            context=coding.context,
            cameo=coding.cameo,
            quad_class=coding.quad_class,
            goldstein=coding.goldstein,
            source=list(source),
            target=list(target),
            negated=coding.negated,
            hypothetical=coding.hypothetical,
            reported=d.reporter is not None or d.reported,
            date=pick_date(doc, d, dates, pub),
            confidence=conf,
            rule="; ".join([d.rule or d.entry.rule, f"frame:{d.frame.status}", *coding.notes, *d.notes]),
        )

    def _recode(self, doc: ParsedDoc, sent: Sentence, d: EventDraft, coding: Coding) -> None:
        """Retypes the coding table cannot see: a verbal attack without violence around it
        (ACCUSE), a demand voiced by protesters (PROTEST), violence by a crowd (PROTEST riot)."""
        voices = d.source_heads | {
            w.lower().rstrip("s") for a in d.source for w in (a.name or a.text).split()
        }
        if (
            coding.type == Plover.ASSAULT
            and d.entry.lemma in VERBAL_ATTACKS
            and not _around(doc, sent) & self.lexicon.cue("violence")
        ):
            retype(
                self.lexicon,
                coding,
                Plover.ACCUSE,
                "111",
                ["disapprove"],
                f"{d.entry.lemma} without any sign of violence in the sentence: a verbal attack->ACCUSE",
            )
        if coding.type in having("crowd_voice") and voices & PROTESTERS:
            # the manual: a protest's demand is its topic, not a separate verbal event
            retype(
                self.lexicon,
                coding,
                Plover.PROTEST,
                "141",
                ["demo"],
                f"{coding.type} voiced by a crowd of protesters->PROTEST",
            )
        if coding.type == Plover.ASSAULT and (voices | _modifiers(doc, d)) & RIOTERS:
            # the manual's PROTEST 'riot': a crowd's violence against another group or authorities
            retype(self.lexicon, coding, Plover.PROTEST, "145", ["riot"], "violence by a crowd->PROTEST riot")


def _event_actors(d: EventDraft, coding: Coding) -> tuple[list[ActorMention], list[ActorMention]]:
    """Source and target of the event, one mention per entity, an actor never on both sides;
    an obligation's speaker is its source and the obliged its target."""
    source, target = d.source, d.target
    if any(n.startswith("obligation") for n in coding.notes) and d.speaker:
        source, target = d.speaker, d.source
    source = _one_per_entity(source)
    taken = {a.entity for a in source if a.entity is not None}
    target = [a for a in _one_per_entity(target) if a.entity is None or a.entity not in taken]
    return source, target


def _event_confidence(sent: Sentence, d: EventDraft, has_source: bool, has_target: bool) -> float:
    """The draft's confidence (or the coding table's), with the lede's bonus and the draft's penalty."""
    verbal = d.frame.anchor.pos in ("VERB", "AUX")
    conf = (
        d.confidence
        if d.confidence is not None
        else confidence(d.entry, d.frame, has_source, has_target, verbal)
    )
    if sent.index == 0 and d.confidence is None:
        conf = round(min(0.99, conf + LEDE_BONUS), 3)  # the lede reports the article's main event
    if d.penalty:
        conf = round(max(0.05, conf - d.penalty), 3)
    return conf


def _one_per_entity(actors: list[ActorMention]) -> list[ActorMention]:
    """One mention per real-world actor: "Duque" and "he", or nested mentions of one entity."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.entity is not None and a.entity in seen:
            continue
        if a.entity is not None:
            seen.add(a.entity)
        out.append(a)
    return out


def _modifiers(doc: ParsedDoc, d: EventDraft) -> set[str]:
    """Lemmas of a noun trigger's compound modifiers ("*mob* violence")."""
    tok = doc.token_at(d.trigger.start)
    if tok is None or tok.pos != "NOUN" or not doc.sentences[tok.sent].parsed:
        return set()
    return {doc.tokens[k].lemma for k in doc.children(tok.i) if doc.tokens[k].dep == "compound"}


def _sentence_lemmas(doc: ParsedDoc, sent: Sentence) -> frozenset[str]:
    return frozenset(t.lemma for t in doc.sentence_tokens(sent.index))


def _around(doc: ParsedDoc, sent: Sentence) -> frozenset[str]:
    """Lower-cased words and lemmas of a sentence and its neighbours."""
    lo = doc.sentences[max(0, sent.index - 1)].first
    hi = doc.sentences[min(len(doc.sentences) - 1, sent.index + 1)].last
    return frozenset(w for t in doc.tokens[lo:hi] for w in (t.lemma, t.lower, t.lower.rstrip("s")))
