"""Per-sentence event drafts: triggers with their frame, actors and links between them
(who reports what), before they become :class:`~eventwire.model.Event` records."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorMention, Event, Span
from ..nlp.document import ParsedDoc, Sentence, Token
from .detect import Match, Matcher
from .frames import COMPLEMENT, MATRIX, REPORTED, UNPARSED, Frame, Framer
from .lexicon import Entry, Lexicon
from .mentions import ActorIndex, mentions
from .recipients import PLACE_TARGETS, deep_target, place_target
from .roles import Roles, noun_roles, subjects, verb_roles
from .syntax import NOUN_POS, VERB_POS, governing_verb, kids

RECIPROCAL = frozenset(
    {
        "meet",
        "talk",
        "talks",
        "negotiate",
        "discuss",
        "consult",
        "confer",
        "speak",
        "clash",
        "fight",
        "battle",
        "cooperate",
        "collaborate",
        "agree",
        "meeting",
        "negotiation",
        "consultation",
        "conversation",
        "dialogue",
        "discussion",
        "summit",
        "fighting",
        "cooperation",
        "agreement",
        "accord",
        "pact",
        "deal",
        "consensus",
        "call",
        "confrontation",
        "dispute",
        "disagreement",
        "tension",
        "exchange",
        "hostility",
        "partnership",
        "collaboration",
    }
)
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "maim", "slay", "murder"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_ANSWERS = frozenset({"REJECT"})
_ANSWERED = frozenset({"ACCUSE", "THREATEN", "REQUEST"})


@dataclass(slots=True, eq=False)
class Draft:
    entry: Entry
    frame: Frame
    trigger: Span
    clause: tuple[int, int]
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    speaker: list[ActorMention] = field(default_factory=list)
    reporter: Draft | None = None
    reported: bool = False
    implicit_target: list[ActorMention] = field(default_factory=list)
    confidence: float | None = None
    rule: str | None = None
    notes: list[str] = field(default_factory=list)
    forced_type: str = ""
    forced_cameo: str = ""
    forced_mode: list[str] = field(default_factory=list)
    source_heads: set[str] = field(default_factory=set)  # lemmas of the subject phrase heads
    event_id: str = ""
    penalty: float = 0.0  # subtracted from the confidence (e.g. an agentless casualty report)
    event: Event | None = None


def _unresolved(roles: Roles) -> bool:
    """The subject is a pronoun that no actor mention resolves."""
    toks = roles.source_tokens
    if not toks or not all(t.pos == "PRON" for t in toks):
        return False
    return not roles.source or all(a.kind == "pronoun" for a in roles.source)


def _synthetic(lemma: str, kind: str, mode: str, cameo: str) -> Entry:
    return Entry(lemma=lemma, pos="V", conditions=(), type=kind, mode=mode, context="", cameo=cameo, line=0)


def _same_actor(a: list[ActorMention], b: list[ActorMention]) -> bool:
    keys_a = {(x.entity or x.name, x.code) for x in a} | {(x.start, x.end) for x in a}
    keys_b = {(x.entity or x.name, x.code) for x in b} | {(x.start, x.end) for x in b}
    codes_a = {x.code for x in a if x.code}
    codes_b = {x.code for x in b if x.code}
    return bool(keys_a & keys_b) or bool(codes_a and codes_a == codes_b)


_ILLICIT = frozenset({"REB", "INS", "TER", "CRM", "SEP", "UAF"})
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "IGO", "COP"})


def _official(actors: list[ActorMention]) -> bool:
    """Is the speaker a state or official actor (whose claims about others are accusations)?"""
    return any(
        a.code and (a.kind in ("country", "government", "metonym") or a.sector in _OFFICIAL_SECTORS)
        for a in actors
    )


class SentenceCoder:
    def __init__(self, lexicon: Lexicon, matcher: Matcher) -> None:
        self.lex = lexicon
        self.matcher = matcher
        self.framer = Framer(lexicon)

    def sentence(self, doc: ParsedDoc, sent: Sentence, index: ActorIndex, prior: list[Event]) -> list[Draft]:
        if not sent.parsed:
            return self._unparsed(doc, sent, index)
        toks = doc.sentence_tokens(sent.index)
        matches = [m for t in toks if (m := self.matcher.match_parsed(doc, t, index.actors))]
        verbs = {m.token.i for m in matches if m.token.pos in VERB_POS}
        extras = {e.i for m in matches for e in m.extra}
        keep: list[Match] = []
        for m in matches:
            if m.token.pos in NOUN_POS:
                gov = governing_verb(doc, m.token)
                if m.token.i in extras or (gov is not None and gov.i in verbs):
                    continue
            keep.append(m)
        trig = {m.token.i for m in keep}
        drafts: dict[int, Draft] = {}
        for m in keep:
            drafts[m.token.i] = self._draft(doc, m, self.framer.frame(doc, m.token, trig), index, prior)
        out = list(drafts.values())
        for d in list(out):
            self._link(doc, d, drafts, out, index)
        out.extend(self._obligations(doc, toks, trig, index))
        out.extend(self._dismissals(doc, out, index))
        self._answer_in_sentence(out)
        return out

    @staticmethod
    def _answer_in_sentence(drafts: list[Draft]) -> None:
        """ "Colombia points out that ..., while the regime denies it": the denial answers the
        accusation made earlier in the same sentence."""
        for d in drafts:
            if d.entry.type not in _ANSWERS or not any(n.startswith("implicit") for n in d.notes):
                continue
            for other in sorted(drafts, key=lambda x: -x.trigger.start):
                kind = other.forced_type or other.entry.type
                if (
                    other.trigger.start < d.trigger.start
                    and kind in _ANSWERED
                    and other.source
                    and not _same_actor(other.source, d.source)
                ):
                    d.target = list(other.source[:1])
                    break

    def _dismissals(self, doc: ParsedDoc, drafts: list[Draft], index: ActorIndex) -> list[Draft]:
        """ "drew attention to the 'unfounded' accusations by the minister": a rejection of
        the accusation by the clause's subject."""
        found: list[Draft] = []
        dismissive = self.lex.cue("dismissive")
        for d in drafts:
            tok = d.frame.anchor if d.frame.support is None else None
            noun = doc.token_at(d.trigger.end - 1)
            if d.entry.type not in _ANSWERED or noun is None or noun.pos not in NOUN_POS:
                continue
            adjs = [k for k in kids(doc, noun.i, ("amod",)) if k.lower in dismissive]
            if not adjs or tok is None:
                continue
            verb = doc.tokens[noun.head]
            while verb.pos not in VERB_POS and verb.head != verb.i:
                verb = doc.tokens[verb.head]
            rejecter = mentions(doc, subjects(doc, verb)[0], index)
            if not rejecter or _same_actor(rejecter, d.source):
                continue
            sub = doc.subtree(verb.i)
            found.append(
                Draft(
                    entry=_synthetic(adjs[0].lower, "REJECT", "", "120"),
                    frame=self.framer.frame(doc, verb, set()),
                    trigger=doc.span(adjs[0].start, adjs[-1].end),
                    clause=(doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end),
                    source=rejecter,
                    target=list(d.source),
                    rule=f"dismissive:{adjs[0].lower} {d.entry.lemma} by another actor->REJECT",
                    forced_type="REJECT",
                    forced_cameo="120",
                )
            )
        return found

    # -- one trigger ----------------------------------------------------------------------
    def _draft(self, doc: ParsedDoc, m: Match, fr: Frame, index: ActorIndex, prior: list[Event]) -> Draft:
        tok = m.token
        kind = m.entry.type
        moved = kind in ("MOBILIZE", "AID") or (
            any(c.kind == "obj" for c in m.entry.conditions)
            and kind in ("COERCE", "SANCTION", "ASSAULT", "RETREAT")
            and m.entry.lemma not in ("expel", "recall")
        )
        if tok.pos in VERB_POS:
            roles = verb_roles(
                doc, tok, index, skip_objects=moved, patient_acts=kind in ("MOBILIZE", "RETREAT")
            )
            if kind == "MOBILIZE" and not roles.source:
                roles.source = self._fragment_conjuncts(doc, tok, index)
            if not roles.target and self.lex.categories[kind].verbal:
                for comp in kids(doc, tok.i, ("ccomp", "xcomp")):  # "warned that Russia would ..."
                    subs = kids(doc, comp.i, ("nsubj", "nsubjpass"))
                    found = mentions(doc, subs, index) if subs else []
                    roles.target = [a for a in found if not _same_actor([a], roles.source)]
        elif fr.support is not None:
            # "were engaged in ethnic cleansing": the passive support verb's subject acts
            roles = verb_roles(doc, fr.support, index, skip_objects=True, patient_acts=True)
            nominal = noun_roles(doc, tok, index)
            roles.source = roles.source or nominal.source
            roles.target = nominal.target or roles.target
            roles.target_prep = nominal.target_prep or roles.target_prep
            if nominal.target_prep in ("between", "among"):
                roles.source = nominal.source
                roles.target = []
        else:
            roles = noun_roles(doc, tok, index)
            if not roles.source and self.lex.categories[kind].verbal and tok.dep == "pobj":
                # "jailed them on allegations of treason": the clause's subject alleges
                clause = doc.tokens[doc.tokens[tok.head].head]
                if clause.pos in VERB_POS:
                    roles.source = mentions(doc, subjects(doc, clause)[0], index)
        if fr.governor is not None and _unresolved(roles):
            # "The U.S. said it would not meet ...": the pronoun is the speaker
            gov_subs, _ = subjects(doc, fr.governor)
            speaker = mentions(doc, gov_subs, index)
            if speaker:
                roles.source = speaker
        if not roles.target and kind in PLACE_TARGETS:
            roles.target = place_target(doc, tok, index, roles.source)
        if not roles.target and m.entry.lemma not in RECIPROCAL:
            roles.target = deep_target(doc, tok, index, roles.source)
        if not roles.target and kind == "PROTEST":
            # the addressee of the protest's demand: "staged rallies to demand that X resign"
            roles.target = deep_target(doc, fr.anchor, index, roles.source, frozenset({"advcl", "acl"}))
        self._reciprocal(m.entry, roles)
        span_toks = [tok] + [e for e in m.extra if e.dep == "prt"]
        if fr.support is not None and abs(fr.support.i - tok.i) <= 3:
            span_toks.append(fr.support)
        lo = min(t.start for t in span_toks)
        hi = max(t.end for t in span_toks)
        sub = doc.subtree(fr.anchor.i)
        d = Draft(
            entry=m.entry,
            frame=fr,
            trigger=doc.span(lo, hi),
            clause=(doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end),
            source=roles.source,
            target=roles.target,
            source_heads={
                x.lemma for t in roles.source_tokens for x in [t, *kids(doc, t.i, ("compound", "amod"))]
            },
        )
        if fr.obligation and fr.status != MATRIX:
            root = doc.tokens[doc.sentences[tok.sent].first]
            while root.head != root.i:
                root = doc.tokens[root.head]
            d.speaker = mentions(doc, subjects(doc, root)[0], index)
        if (
            tok.pos in VERB_POS
            and m.entry.lemma in CASUALTY_VERBS
            and not d.source
            and any(k.dep in ("nsubjpass", "auxpass") for k in kids(doc, tok.i))
        ):
            d.penalty = 0.25  # "six people were killed after police opened fire": the act is elsewhere
            d.notes.append("agentless casualty report ranks below the act that caused it")
        if m.entry.type in _ANSWERS or fr.negated:
            d.implicit_target = self._answered(prior, roles.source)
        if (
            d.target
            and roles.target_tokens
            and all(t.lower in ("it", "this", "that", "them", "they") for t in roles.target_tokens)
            and m.entry.type in _ANSWERS
            and d.implicit_target
        ):
            d.target = []  # "denies it": what is denied is the claim; its author is the target
        if d.implicit_target and not d.target and m.entry.type in _ANSWERS:
            d.target = d.implicit_target
            d.notes.append("implicit target: the actor whose accusation or demand is answered")
        return d

    @staticmethod
    def _fragment_conjuncts(doc: ParsedDoc, v: Token, index: ActorIndex) -> list[ActorMention]:
        """ "men have been mobilised ... . and units of the army": a coordinated subject cut
        off into a fragment by stray punctuation."""
        sent = doc.sentences[v.sent]
        for t in doc.tokens[v.i + 1 : sent.last]:
            if t.head == t.i and t.pos in NOUN_POS and any(k.dep == "cc" for k in kids(doc, t.i)):
                return mentions(doc, [t], index)
        return []

    def _reciprocal(self, entry: Entry, roles: Roles) -> None:
        if entry.lemma in RECIPROCAL and roles.target_prep in ("with", "between", "among"):
            roles.source = roles.source + [a for a in roles.target if a not in roles.source]
            roles.target = []
        roles.target = [a for a in roles.target if a not in roles.source]

    @staticmethod
    def _answered(prior: list[Event], source: list[ActorMention]) -> list[ActorMention]:
        for ev in reversed(prior[-12:]):
            if ev.type in _ANSWERED and ev.source and not _same_actor(ev.source, source):
                return list(ev.source[:1])
        return []

    # -- reported speech --------------------------------------------------------------------
    def _link(
        self, doc: ParsedDoc, d: Draft, drafts: dict[int, Draft], out: list[Draft], index: ActorIndex
    ) -> None:
        fr = d.frame
        if fr.status == COMPLEMENT and fr.governor is not None and fr.governor.i in drafts:
            gov = drafts[fr.governor.i]
            if gov.entry.type != "-" and self.lex.categories[gov.entry.type].verbal:
                d.reporter = gov
            if not d.source and gov.target and gov.entry.type == "ACCUSE":
                d.source = list(gov.target)  # "accused X of violating": X did it
            return
        if fr.status != REPORTED or fr.governor is None:
            return
        speech = fr.governor
        subs, _ = subjects(doc, speech)
        d.speaker = mentions(doc, subs, index)
        d.reported = True
        for other in out:
            if other is d or other.entry.type == "-" or not self.lex.categories[other.entry.type].verbal:
                continue
            if other.source and d.speaker and _same_actor(other.source, d.speaker):
                d.reporter = other  # "reiterated its demand that Israel ease ...": the demand leads
                fr.status = COMPLEMENT
                return
        illicit = d.entry.type in ("AID", "COOPERATE") and (
            any(a.sector in _ILLICIT for a in d.target)
            or any(doc.tokens[j].lemma in self.lex.cue("illicit") for j in doc.subtree(fr.anchor.i))
        )
        if (
            (d.entry.type in MATERIAL_CONFLICT or illicit)
            and _official(d.speaker)
            and d.source
            and not _same_actor(d.speaker, d.source)
            and not (fr.negated or fr.hypothetical)
        ):
            acc = Draft(
                entry=_synthetic(speech.lemma, "ACCUSE", "allege", "112"),
                frame=Frame(anchor=speech, status=MATRIX),
                trigger=doc.span(speech.start, speech.end),
                clause=(speech.start, speech.end),
                source=list(d.speaker),
                target=list(d.source),
                rule=f"speech:{speech.lemma}+reported {d.entry.type} by another actor->ACCUSE",
                forced_type="ACCUSE",
                forced_cameo="112",
                forced_mode=["allege"],
            )
            base = 0.8 if d.source else 0.7
            acc.confidence = round(base - 0.25, 3)
            d.reporter = acc
            out.append(acc)

    def _obligations(
        self, doc: ParsedDoc, toks: list[Token], trig: set[int], index: ActorIndex
    ) -> list[Draft]:
        """ "said that Libya must hand over the suspects": a demand without a trigger word."""
        found: list[Draft] = []
        oblig = self.lex.cue("obligation")
        for t in toks:
            if t.pos not in VERB_POS or t.i in trig:
                continue
            if not any(k.lower in oblig for k in kids(doc, t.i, ("aux",))):
                continue
            fr = self.framer.frame(doc, t, trig)
            if fr.status not in (REPORTED, MATRIX) or fr.governor is None:
                continue
            subs, _ = subjects(doc, fr.governor)
            speaker = mentions(doc, subs, index)
            doer = verb_roles(doc, t, index)
            if not any(a.code for a in doer.source):
                continue  # "Medicare shouldn't be cut": no actor is told to act
            sub = doc.subtree(t.i)
            found.append(
                Draft(
                    entry=_synthetic(t.lemma, "REQUEST", "", "100"),
                    frame=fr,
                    trigger=doc.span(t.start, t.end),
                    clause=(doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end),
                    source=speaker,
                    target=doer.source,
                    speaker=speaker,
                    rule=f"obligation:{t.lemma} with must/should reported by {fr.governor.lemma}->REQUEST",
                    forced_type="REQUEST",
                    forced_cameo="100",
                    reported=True,
                )
            )
        return found

    # -- sentences without a parse ------------------------------------------------------------
    def _unparsed(self, doc: ParsedDoc, sent: Sentence, index: ActorIndex) -> list[Draft]:
        out: list[Draft] = []
        actors = index.overlapping(sent.start, sent.end)
        neg = self.lex.cue("negation")
        for t in doc.sentence_tokens(sent.index):
            m = self.matcher.match_unparsed(doc, t, sent.first, sent.last)
            if m is None:
                continue
            fr = Frame(anchor=t, status=UNPARSED)
            before = [x.lower for x in doc.tokens[max(sent.first, t.i - 3) : t.i]]
            fr.negated = any(w in neg for w in before)
            fr.future = any(w in ("will", "shall", "'ll") for w in before)
            fr.hypothetical = any(w in ("would", "could", "might", "may") for w in before)
            left = [a for a in actors if a.end <= t.start]
            right = [a for a in actors if a.start >= t.end]
            out.append(
                Draft(
                    entry=m.entry,
                    frame=fr,
                    trigger=doc.span(t.start, t.end),
                    clause=(sent.start, sent.end),
                    source=left[-1:],
                    target=right[:1],
                    notes=["no dependency parse: word-window match"],
                )
            )
        return out
