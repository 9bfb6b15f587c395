"""From a lexicon row and a frame to the final PLOVER coding: category (after the
manual's rules for negated, future and conditional acts), mode, contexts, CAMEO code,
quad class, Goldstein value and confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..resources import word_list
from .frames import ADJUNCT, COMPLEMENT, MATRIX, NOMINAL, REPORTED, SUBJECT, UNPARSED, Frame
from .lexicon import Entry, TriggerLexicon
from .types import Plover

# Triggers that name a state of affairs more than an act: kept, but ranked low.
WEAK_LEMMAS = word_list("events/words.tsv", "weak_lemmas")
BASE_CONFIDENCE = {
    MATRIX: 0.80,
    REPORTED: 0.80,
    SUBJECT: 0.62,
    COMPLEMENT: 0.55,
    ADJUNCT: 0.50,
    NOMINAL: 0.42,
    UNPARSED: 0.30,
}


@dataclass(slots=True)
class Coding:
    type: str
    mode: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    negated: bool = False
    hypothetical: bool = False
    notes: list[str] = field(default_factory=list)  # rule steps, for the explanation


def code_event(lex: TriggerLexicon, entry: Entry, fr: Frame, sentence_lemmas: frozenset[str]) -> Coding:
    cat = lex.categories[entry.type]
    kind = entry.type
    cameo = entry.cameo or cat.cameo
    notes: list[str] = []
    negated = fr.negated
    hypothetical = fr.hypothetical or fr.future or fr.intent
    governed = fr.status == COMPLEMENT
    if negated and cat.polarity == "coop" and not governed and not fr.hypothetical:
        kind, cameo = Plover.REJECT, lex.categories[Plover.REJECT].cameo
        notes.append(f"negated {entry.type}->REJECT")
        negated = False
    elif fr.obligation and fr.status != MATRIX and entry.type != Plover.REQUEST:
        kind, cameo = Plover.REQUEST, lex.categories[Plover.REQUEST].cameo
        notes.append(f"obligation ({entry.type} that someone must do)->REQUEST")
    elif (fr.intent or fr.future or fr.hypothetical) and not governed and (cat.future or fr.intent):
        target = cat.future
        if fr.intent and cat.polarity == "coop":
            target = Plover.AGREE  # willingness to cooperate, even to retreat, is an offer
        if fr.hypothetical and not (fr.intent or fr.future) and cat.polarity == "coop":
            target = ""  # "could meet": a possibility, not a promise
        if target:
            notes.append(f"{'intended' if fr.intent else 'future'} {entry.type}->{target}")
            kind = target
            cameo = lex.categories[target].cameo if target != entry.type else cameo
    final = lex.categories[kind]
    mode = [entry.mode] if entry.mode and kind == entry.type else []
    if not mode:
        for name, cues in lex.modes.get(kind, []):
            if cues & sentence_lemmas:
                mode = [name]
                break
    context = [entry.context] if entry.context else []
    for name, cues in lex.contexts:
        if name not in context and cues & sentence_lemmas:
            context.append(name)
    if fr.negated and kind == Plover.REJECT and entry.type != Plover.REJECT:
        context.append("negation")
    if hypothetical:
        context.append("future" if (fr.future or fr.intent) and not fr.hypothetical else "hypothetical")
    gold = lex.goldstein.get(cameo, final.goldstein) if cameo else final.goldstein
    if kind != entry.type:
        gold = final.goldstein
    return Coding(
        type=kind,
        mode=mode,
        context=context,
        cameo=cameo,
        quad_class=final.quad_class,
        goldstein=gold,
        negated=negated,
        hypothetical=hypothetical,
        notes=notes,
    )


def confidence(entry: Entry, fr: Frame, has_source: bool, has_target: bool, verbal: bool) -> float:
    """A ranking score in [0, 1]: main-clause verbal triggers with both actors found come
    first; bare nouns, adjuncts, weak triggers and unparsed matches come last."""
    c = BASE_CONFIDENCE.get(fr.status, 0.4)
    if fr.embedded:
        c -= 0.25  # reported inside a relative or adverbial clause: "the minister, who said ..."
    if fr.status in (MATRIX, REPORTED) and fr.support is not None:
        c -= 0.02  # "held talks": as good as the verb, a shade less certain
    if not verbal and fr.support is None and fr.status not in (NOMINAL, SUBJECT, UNPARSED):
        c -= 0.05
    if entry.lemma in WEAK_LEMMAS:
        c -= 0.15
    if entry.conditions:
        c += 0.03  # a row whose conditions held is more specific
    if fr.intent or fr.future:
        c -= 0.03  # an announced intention ranks below an act that happened
    c += 0.06 if has_source else -0.05
    c += 0.04 if has_target else 0.0
    return round(max(0.05, min(0.99, c)), 3)


def retype(
    lex: TriggerLexicon,
    coding: Coding,
    kind: str,
    cameo: str = "",
    mode: list[str] | None = None,
    note: str = "",
) -> None:
    """Give ``coding`` another category (with that category's defaults)."""
    cat = lex.categories[kind]
    coding.type = kind
    coding.cameo = cameo or cat.cameo
    coding.quad_class = cat.quad_class
    coding.goldstein = lex.goldstein.get(coding.cameo, cat.goldstein)
    coding.mode = list(mode or [])
    if note:
        coding.notes.append(note)
