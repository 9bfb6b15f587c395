"""Per-sentence event coding: triggers with their frame, actors and links between them
(who reports what), before they become :class:`~eventwire.model.Event` records."""

from __future__ import annotations

from ..model import ActorMention, Event
from ..nlp.document import ParsedDoc, Sentence, Token
from ..resources import word_list
from .detect import Matcher, TriggerMatch
from .draft import EventDraft, same_side
from .finishing import agentless_casualties, answered_target, obligation_speaker, trigger_span
from .frames import COMPLEMENT, UNPARSED, Frame, Framer
from .lexicon import Entry, TriggerLexicon
from .mentions import RoleActors, mentions
from .recipients import PLACE_TARGETS, deep_target, grievance_target, place_target
from .roles import Roles, noun_roles, subjects, verb_roles
from .speech import answer_in_sentence, dismissals, link, obligations
from .syntax import NOUN_POS, VERB_POS, governing_verb, kids, pobj
from .types import Plover, having

RECIPROCAL = word_list("events/words.tsv", "reciprocal")


def _speaker_pronoun(doc: ParsedDoc, pron: Token) -> bool:
    """Can this pronoun be the speaker? In a direct quotation only "I" and "we" are;
    in reported speech "he", "she", "it", "they" usually are ("X said it would ...")."""
    sent = doc.sentences[pron.sent]
    para = doc.text.rfind("\n", 0, sent.start) + 1  # quotations run across sentences
    before = doc.text[max(para, sent.start - 2000) : pron.start]
    opened = before.count("“") - before.count("”") + before.count('"') % 2
    if opened > 0:
        return pron.lower in ("i", "we")
    return True


def _of_actors(doc: ParsedDoc, n: Token, index: RoleActors) -> list[ActorMention]:
    objs = [o for p in kids(doc, n.i, ("prep",)) if p.lemma == "of" for o in pobj(doc, p)]
    return mentions(doc, objs, index)


def _clause_subjects(
    doc: ParsedDoc, v: Token, index: RoleActors, source: list[ActorMention]
) -> list[ActorMention]:
    """ "warned that Russia would ...", "reiterated its demand that Israel ease ...": the
    subject of the verbal act's clause complement is its target."""
    target: list[ActorMention] = []
    for comp in kids(doc, v.i, ("ccomp", "xcomp")):
        subs = kids(doc, comp.i, ("nsubj", "nsubjpass"))
        found = mentions(doc, subs, index) if subs else []
        target = [a for a in found if not same_side([a], source)]
    return target


INHERITS = having("inherits_target")
VAGUE = frozenset({"group", "description", "pronoun"})


def _inherit_targets(drafts: dict[int, EventDraft]) -> None:
    """ "agreed to lift embargoes on X", "threatened to cut aid to X": an act governing
    another act's clause with no recipient of its own takes the governed act's named
    recipients ("agreed to share information on missing *people*" keeps none)."""
    for d in drafts.values():
        gov = d.frame.governor
        if d.frame.status != COMPLEMENT or gov is None or not d.target:
            continue
        g = drafts.get(gov.i)
        if g is not None and not g.target and g.entry.type in INHERITS:
            g.target = [a for a in d.target if not same_side([a], g.source) and a.kind not in VAGUE]
            if g.target:
                g.notes.append(f"target from the governed {d.entry.type} ({d.trigger.text})")


def _drop_protest_demands(doc: ParsedDoc, drafts: dict[int, EventDraft]) -> None:
    """ "staged a hunger strike to demand the return of ...": the manual codes a protest's
    demand as its topic, not as a separate REQUEST (the protest's target search reads it)."""
    heads = {
        j
        for d in drafts.values()
        if d.entry.type == Plover.PROTEST
        for j in (d.frame.anchor.i, d.frame.support.i if d.frame.support is not None else -1)
    }
    if not heads:
        return
    for i, d in list(drafts.items()):
        t = doc.tokens[i]
        if d.entry.type == Plover.REQUEST and t.dep in ("advcl", "xcomp", "acl") and t.head in heads:
            del drafts[i]


def _merge_carried(doc: ParsedDoc, drafts: dict[int, EventDraft]) -> None:
    """ "insisted on its demands that X ...": a noun trigger in a preposition phrase of a verb
    trigger of the same category names the same act; the verb's event takes the noun's target."""
    for i, d in list(drafts.items()):
        t = doc.tokens[i]
        if t.pos not in NOUN_POS or t.dep != "pobj" or t.head == t.i:
            continue
        prep = doc.tokens[t.head]
        v = drafts.get(prep.head)
        if v is None or v is d or v.entry.type != d.entry.type or prep.dep != "prep":
            continue
        if not v.target and d.target:
            v.target = [a for a in d.target if a not in v.source]
            v.notes.append(f"target from the noun it carries ({d.trigger.text})")


def _unresolved(roles: Roles) -> bool:
    """The subject is a pronoun that no actor mention resolves."""
    toks = roles.source_tokens
    if not toks or not all(t.pos == "PRON" for t in toks):
        return False
    return not roles.source or all(a.kind == "pronoun" for a in roles.source)


class SentenceCoder:
    def __init__(self, lexicon: TriggerLexicon, matcher: Matcher) -> None:
        self.lex = lexicon
        self.matcher = matcher
        self.framer = Framer(lexicon)

    def sentence(
        self, doc: ParsedDoc, sent: Sentence, index: RoleActors, prior: list[Event]
    ) -> list[EventDraft]:
        if not sent.parsed:
            return self._unparsed(doc, sent, index)
        toks = doc.sentence_tokens(sent.index)
        matches = [m for t in toks if (m := self.matcher.match_parsed(doc, t, index.actors))]
        verbs = {m.token.i for m in matches if m.token.pos in VERB_POS}
        extras = {e.i for m in matches for e in m.extra}
        keep: list[TriggerMatch] = []
        for m in matches:
            if m.token.pos in NOUN_POS:
                gov = governing_verb(doc, m.token)
                if m.token.i in extras or (gov is not None and gov.i in verbs):
                    continue
            keep.append(m)
        trig = {m.token.i for m in keep}
        drafts: dict[int, EventDraft] = {}
        for m in keep:
            drafts[m.token.i] = self._draft(doc, m, self.framer.frame(doc, m.token, trig), index, prior)
        _merge_carried(doc, drafts)
        _drop_protest_demands(doc, drafts)
        _inherit_targets(drafts)
        out = list(drafts.values())
        for d in list(out):
            link(self.lex, doc, d, drafts, out, index)
        out.extend(obligations(self.lex, self.framer, doc, toks, trig, index))
        out.extend(dismissals(self.lex, self.framer, doc, out, index))
        answer_in_sentence(out)
        return out

    def _draft(
        self, doc: ParsedDoc, m: TriggerMatch, fr: Frame, index: RoleActors, prior: list[Event]
    ) -> EventDraft:
        """The draft event of one trigger match: its roles, span and clause, then the checks
        that need the whole draft (an obligation's speaker, a casualty report, an answer)."""
        roles = self._roles(doc, m, fr, index)
        self._fallback_targets(doc, m, fr, index, roles)
        self._reciprocal(m.entry, roles)
        lo, hi = trigger_span(m, fr)
        sub = doc.subtree(fr.anchor.i)
        d = EventDraft(
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
        obligation_speaker(doc, m, fr, index, d)
        agentless_casualties(doc, m, d)
        answered_target(m, fr, roles, prior, d)
        return d

    def _roles(self, doc: ParsedDoc, m: TriggerMatch, fr: Frame, index: RoleActors) -> Roles:
        """Source and target of a trigger: a verb's own, a noun's through its support verb
        ("were involved in forced expulsions"), or a bare noun's."""
        tok = m.token
        if tok.pos in VERB_POS:
            return self._verb_roles(doc, m, index)
        if fr.support is not None:
            return self._support_roles(doc, m, fr.support, index)
        roles = noun_roles(doc, tok, index)
        if not roles.source and self.lex.categories[m.entry.type].verbal and tok.dep == "pobj":
            # "jailed them on allegations of treason": the clause's subject alleges
            clause = doc.tokens[doc.tokens[tok.head].head]
            if clause.pos in VERB_POS:
                roles.source = mentions(doc, subjects(doc, clause)[0], index)
        return roles

    def _verb_roles(self, doc: ParsedDoc, m: TriggerMatch, index: RoleActors) -> Roles:
        """Roles of a verb trigger; a moved object ("sent troops to X") is no target."""
        tok = m.token
        kind = m.entry.type
        moved = kind in having("moves_object") or (
            any(c.kind == "obj" for c in m.entry.conditions)
            and kind in having("moves_named_object")
            and m.entry.lemma not in ("expel", "recall")
        )
        roles = verb_roles(doc, tok, index, skip_objects=moved, patient_acts=kind in having("patient_acts"))
        if kind == Plover.MOBILIZE and not roles.source:
            roles.source = self._fragment_conjuncts(doc, tok, index)
        if not roles.target and self.lex.categories[kind].verbal:
            roles.target = _clause_subjects(doc, tok, index, roles.source)
        return roles

    def _support_roles(self, doc: ParsedDoc, m: TriggerMatch, support: Token, index: RoleActors) -> Roles:
        """Roles of a noun trigger with a support verb: the passive support verb's subject
        acts ("were involved in forced expulsions"), the noun's own phrases fill the rest."""
        tok = m.token
        kind = m.entry.type
        roles = verb_roles(doc, support, index, skip_objects=True, patient_acts=True)
        nominal = noun_roles(doc, tok, index)
        roles.source = roles.source or nominal.source
        roles.target = nominal.target or roles.target
        roles.target_prep = nominal.target_prep or roles.target_prep
        if roles.source and kind != Plover.PROTEST and m.entry.lemma not in RECIPROCAL:
            # "tightened the blockade of Serbia": with the support verb's subject as the
            # doer, the "of" phrase names who the act is done to
            patients = [a for a in _of_actors(doc, tok, index) if a not in roles.source]
            roles.target = patients or roles.target
        if nominal.target_prep in ("between", "among"):
            roles.source = nominal.source
            roles.target = []
        elif not roles.target and self.lex.categories[kind].verbal:
            roles.target = _clause_subjects(doc, support, index, roles.source)
        return roles

    @staticmethod
    def _fallback_targets(
        doc: ParsedDoc, m: TriggerMatch, fr: Frame, index: RoleActors, roles: Roles
    ) -> None:
        """A speaker pronoun's governor, then the places, deep objects and protest
        addressees that stand for a target when the trigger's own phrases name none."""
        tok = m.token
        kind = m.entry.type
        if fr.governor is not None and _unresolved(roles) and _speaker_pronoun(doc, roles.source_tokens[0]):
            # "the ministry said it would never attend ...": the pronoun is the speaker
            gov_subs, _ = subjects(doc, fr.governor)
            speaker = mentions(doc, gov_subs, index)
            if speaker:
                roles.source = speaker
        if kind in having("grievance") and roles.target_prep == "to" and tok.pos in VERB_POS:
            roles.target = grievance_target(doc, tok, index) or roles.target
        visit = kind in having("visit") and tok.pos in VERB_POS and m.entry.lemma not in RECIPROCAL
        if not roles.target and (kind in PLACE_TARGETS or visit):  # "flew to Lisbon"
            roles.target = place_target(doc, tok, index, roles.source)
        if not roles.target and m.entry.lemma not in RECIPROCAL:
            roles.target = deep_target(doc, tok, index, roles.source)
        if not roles.target and kind == Plover.PROTEST:
            # the addressee of the protest's demand: "staged rallies to demand that X resign"
            roles.target = deep_target(
                doc, fr.anchor, index, roles.source, frozenset({"advcl", "acl"}), depth=7
            )  # "in protest against the abuses by the security forces"
        if not roles.target and kind == Plover.PROTEST and tok.pos in VERB_POS:
            roles.target = place_target(doc, tok, index, roles.source)  # "blocked roads in Algiers"

    @staticmethod
    def _fragment_conjuncts(doc: ParsedDoc, v: Token, index: RoleActors) -> list[ActorMention]:
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

    # -- sentences without a parse ------------------------------------------------------------
    def _unparsed(self, doc: ParsedDoc, sent: Sentence, index: RoleActors) -> list[EventDraft]:
        out: list[EventDraft] = []
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
                EventDraft(
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

