"""Finishing an event draft: the trigger's character span, and the checks that need the whole
draft (an obligation's speaker, an agentless casualty report, the actor an answer is aimed at)."""

from __future__ import annotations

from ..model import Event
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .detect import TriggerMatch
from .draft import ANSWERS, CASUALTY_VERBS, EventDraft
from .frames import MATRIX, Frame
from .mentions import RoleActors, mentions
from .roles import Roles, subjects
from .speech import answered
from .syntax import VERB_POS, kids

_OBJECT_PRONOUNS = word_list("events/words.tsv", "object_pronouns")


def trigger_span(m: TriggerMatch, fr: Frame) -> tuple[int, int]:
    """Character span of a trigger: the word, its particles ("sit-in": the whole word) and a
    support verb close before it."""
    hyphenated = any(e.text == "-" for e in m.extra)  # "sit-in": the whole word
    span_toks = [m.token] + [e for e in m.extra if e.dep == "prt" or hyphenated]
    if fr.support is not None and abs(fr.support.i - min(t.i for t in span_toks)) <= 3:
        span_toks.append(fr.support)
    return min(t.start for t in span_toks), max(t.end for t in span_toks)


def obligation_speaker(doc: ParsedDoc, m: TriggerMatch, fr: Frame, index: RoleActors, d: EventDraft) -> None:
    """An obligation below the main clause is spoken by the sentence root's subject."""
    if fr.obligation and fr.status != MATRIX:
        root = doc.tokens[doc.sentences[m.token.sent].first]
        while root.head != root.i:
            root = doc.tokens[root.head]
        d.speaker = mentions(doc, subjects(doc, root)[0], index)


def agentless_casualties(doc: ParsedDoc, m: TriggerMatch, d: EventDraft) -> None:
    """An agentless passive casualty verb ranks below the act that caused it."""
    tok = m.token
    if (
        tok.pos in VERB_POS
        and m.entry.lemma in CASUALTY_VERBS
        and not d.source
        and any(k.dep in ("nsubjpass", "auxpass") for k in kids(doc, tok.i))
    ):
        d.penalty = 0.25  # "six people were killed after police opened fire": the act is elsewhere
        d.notes.append("agentless casualty report ranks below the act that caused it")


def answered_target(m: TriggerMatch, fr: Frame, roles: Roles, prior: list[Event], d: EventDraft) -> None:
    """An answer (or a negated act) is aimed at the actor whose accusation or demand it answers."""
    if m.entry.type in ANSWERS or fr.negated:
        d.implicit_target = answered(prior, roles.source)
    if (
        d.target
        and roles.target_tokens
        and all(t.lower in _OBJECT_PRONOUNS for t in roles.target_tokens)
        and m.entry.type in ANSWERS
        and d.implicit_target
    ):
        d.target = []  # "denies it": what is denied is the claim; its author is the target
    if d.implicit_target and not d.target and m.entry.type in ANSWERS:
        d.target = d.implicit_target
        d.notes.append("implicit target: the actor whose accusation or demand is answered")
