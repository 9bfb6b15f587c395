"""Links between the drafts of a sentence: who reports what ("X said Y did Z"),
accusations derived from reported acts, demands without a trigger word ("X must ..."),
rejections by dismissive qualifiers ("the unfounded accusations") and denials answering
an earlier accusation."""

from __future__ import annotations

from ..model import ActorMention, Event
from ..nlp.document import ParsedDoc, Token
from .draft import ANSWERED, ANSWERS, MATERIAL_CONFLICT, EventDraft, same_side, synthetic
from .frames import COMPLEMENT, MATRIX, REPORTED, Frame, Framer
from .lexicon import TriggerLexicon
from .mentions import RoleActors, mentions
from .roles import subjects, verb_roles
from .syntax import NOUN_POS, VERB_POS, kids
from .types import Plover, is_verbal

_ILLICIT = frozenset({"REB", "INS", "TER", "CRM", "SEP", "UAF"})
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "COP"})


def _official(actors: list[ActorMention]) -> bool:
    """Is the speaker a state or official actor (whose claims about others are accusations)?"""
    return any(
        a.code and (a.kind in ("country", "government", "metonym") or a.sector in _OFFICIAL_SECTORS)
        for a in actors
    )


def link(
    lex: TriggerLexicon,
    doc: ParsedDoc,
    d: EventDraft,
    drafts: dict[int, EventDraft],
    out: list[EventDraft],
    index: RoleActors,
) -> None:
    fr = d.frame
    if fr.status == COMPLEMENT and fr.governor is not None and fr.governor.i in drafts:
        gov = drafts[fr.governor.i]
        if is_verbal(gov.entry.type):
            d.reporter = gov
        if not d.source and gov.target and gov.entry.type == Plover.ACCUSE:
            d.source = list(gov.target)  # "accused X of violating": X did it
        return
    if fr.status != REPORTED or fr.governor is None:
        return
    speech = fr.governor
    subs, _ = subjects(doc, speech)
    d.speaker = mentions(doc, subs, index)
    d.reported = True
    for other in out:
        if other is d or not is_verbal(other.entry.type):
            continue
        if other.source and d.speaker and same_side(other.source, d.speaker):
            d.reporter = other  # "reiterated its demand that Israel ease ...": the demand leads
            fr.status = COMPLEMENT
            return
    illicit = d.entry.type in (Plover.AID, Plover.COOPERATE) and (
        any(a.sector in _ILLICIT for a in d.target)
        or any(doc.tokens[j].lemma in lex.cue("illicit") for j in doc.subtree(fr.anchor.i))
    )
    if (
        (d.entry.type in MATERIAL_CONFLICT or illicit)
        and _official(d.speaker)
        and d.source
        and not same_side(d.speaker, d.source)
        and not (fr.negated or fr.hypothetical)
        and speech.i < fr.anchor.i  # "..., the constabulary said Friday": an attribution, not an accusation
    ):
        acc = EventDraft(
            entry=synthetic(speech.lemma, Plover.ACCUSE, "allege", "112"),
            frame=Frame(anchor=speech, status=MATRIX),
            trigger=doc.span(speech.start, speech.end),
            clause=(speech.start, speech.end),
            source=list(d.speaker),
            target=list(d.source),
            rule=f"speech:{speech.lemma}+reported {d.entry.type} by another actor->ACCUSE",
            forced_type=Plover.ACCUSE,
            forced_cameo="112",
            forced_mode=["allege"],
        )
        base = 0.8 if d.source else 0.7
        acc.confidence = round(base - 0.25, 3)
        d.reporter = acc
        out.append(acc)


def obligations(
    lex: TriggerLexicon, framer: Framer, doc: ParsedDoc, toks: list[Token], trig: set[int], index: RoleActors
) -> list[EventDraft]:
    """ "said that Libya must hand over the suspects": a demand without a trigger word."""
    found: list[EventDraft] = []
    oblig = lex.cue("obligation")
    for t in toks:
        if t.pos not in VERB_POS or t.i in trig:
            continue
        if not any(k.lower in oblig for k in kids(doc, t.i, ("aux",))):
            continue
        fr = framer.frame(doc, t, trig)
        if fr.status not in (REPORTED, MATRIX) or fr.governor is None:
            continue
        subs, _ = subjects(doc, fr.governor)
        speaker = mentions(doc, subs, index)
        doer = verb_roles(doc, t, index)
        if not any(a.code for a in doer.source):
            continue  # "Medicare shouldn't be cut": no actor is told to act
        sub = doc.subtree(t.i)
        found.append(
            EventDraft(
                entry=synthetic(t.lemma, Plover.REQUEST, "", "100"),
                frame=fr,
                trigger=doc.span(t.start, t.end),
                clause=(doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end),
                source=speaker,
                target=doer.source,
                speaker=speaker,
                rule=f"obligation:{t.lemma} with must/should reported by {fr.governor.lemma}->REQUEST",
                forced_type=Plover.REQUEST,
                forced_cameo="100",
                reported=True,
            )
        )
    return found


def dismissals(
    lex: TriggerLexicon, framer: Framer, doc: ParsedDoc, drafts: list[EventDraft], index: RoleActors
) -> list[EventDraft]:
    """ "drew attention to the 'unfounded' accusations by the minister": a rejection of
    the accusation by the clause's subject."""
    found: list[EventDraft] = []
    dismissive = lex.cue("dismissive")
    for d in drafts:
        tok = d.frame.anchor if d.frame.support is None else None
        noun = doc.token_at(d.trigger.end - 1)
        if d.entry.type not in ANSWERED or noun is None or noun.pos not in NOUN_POS:
            continue
        adjs = [k for k in kids(doc, noun.i, ("amod",)) if k.lower in dismissive]
        if not adjs or tok is None:
            continue
        verb = doc.tokens[noun.head]
        while verb.pos not in VERB_POS and verb.head != verb.i:
            verb = doc.tokens[verb.head]
        rejecter = mentions(doc, subjects(doc, verb)[0], index)
        if not rejecter or same_side(rejecter, d.source):
            continue
        sub = doc.subtree(verb.i)
        found.append(
            EventDraft(
                entry=synthetic(adjs[0].lower, Plover.REJECT, "", "120"),
                frame=framer.frame(doc, verb, set()),
                trigger=doc.span(adjs[0].start, adjs[-1].end),
                clause=(doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end),
                source=rejecter,
                target=list(d.source),
                rule=f"dismissive:{adjs[0].lower} {d.entry.lemma} by another actor->REJECT",
                forced_type=Plover.REJECT,
                forced_cameo="120",
            )
        )
    return found


# -- one trigger ----------------------------------------------------------------------


def answer_in_sentence(drafts: list[EventDraft]) -> None:
    """ "Colombia points out that ..., while the regime denies it": the denial answers the
    accusation made earlier in the same sentence."""
    for d in drafts:
        if d.entry.type not in ANSWERS or not any(n.startswith("implicit") for n in d.notes):
            continue
        for other in sorted(drafts, key=lambda x: -x.trigger.start):
            kind = other.forced_type or other.entry.type
            if (
                other.trigger.start < d.trigger.start
                and kind in ANSWERED
                and other.source
                and not same_side(other.source, d.source)
            ):
                d.target = list(other.source[:1])
                break


def answered(prior: list[Event], source: list[ActorMention]) -> list[ActorMention]:
    for ev in reversed(prior[-12:]):
        if ev.type in ANSWERED and ev.source and not same_side(ev.source, source):
            return list(ev.source[:1])
    return []
