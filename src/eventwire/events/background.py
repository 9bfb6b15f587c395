"""Mentions that are not events of the article's time: a noun naming an earlier act that
only dates or explains the reported one ("*after* nine weeks of fighting", "*following* the
peace deal", "*since* the accord", "*in the wake of* the raids", "*in protest of* the
arrest", "*in revenge for* a mortar strike"), and a side clause's act
that is only asked for, planned or attempted ("rejected a call for its forces *to be
deployed*", "a resolution that aims to *tighten* sanctions")."""

from __future__ import annotations

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .draft import CASUALTY_VERBS, EventDraft
from .frames import ADJUNCT, NOMINAL
from .syntax import NOUN_POS, VERB_POS

# prepositions that place a noun's act before the reported one, or set it against it
EARLIER = word_list("events/words.tsv", "earlier_preps")
# nouns that make the act they name the cause of the reported one: "in *protest* of last
# week's arrest", "in *retaliation* for a mortar strike", "in *response* to the shelling"
CAUSES = word_list("events/words.tsv", "cause_nouns")
# nouns through which such a preposition reaches the act: "after *days* of battles",
# "in the *wake* of the raids", "in the *aftermath* of the attack"
LINKS = word_list("events/words.tsv", "link_nouns")


def earlier_act(doc: ParsedDoc, d: EventDraft) -> bool:
    """Whether the nominal trigger of ``d`` names an earlier act that dates or explains
    another event of its sentence."""
    if d.frame.status != NOMINAL:
        return False
    tok: Token = d.frame.anchor
    for _ in range(4):
        if tok.dep != "pobj" or tok.head == tok.i:
            return False
        prep = doc.tokens[tok.head]
        if prep.lemma in EARLIER or prep.lower in EARLIER:
            return True
        if prep.head == prep.i:
            return False
        up = doc.tokens[prep.head]
        if up.lemma in CAUSES and up.dep == "pobj" and prep.lower in ("of", "for", "to", "against"):
            return True
        if prep.lower != "of" or up.lemma not in LINKS:
            return False
        tok = up
    return False


# dependency links from a side clause's verb up to the word that governs it
CLAUSE_LINKS = word_list("events/words.tsv", "clause_links")


def unrealised_act(doc: ParsedDoc, d: EventDraft, proposal: frozenset[str]) -> bool:
    """Whether the side-clause act of ``d`` is only intended, conditional or asked for: its
    frame says so, or a noun of asking or proposing ("a call for", "a demand to") or a verb
    of attempting ("trying to") governs its clause."""
    fr = d.frame
    if fr.status != ADJUNCT:
        return False
    if fr.intent or fr.future or fr.hypothetical:
        return True
    cur: Token = fr.anchor
    for _ in range(4):
        if cur.head == cur.i or cur.dep not in CLAUSE_LINKS:
            return False
        head = doc.tokens[cur.head]
        if head.lemma in proposal and (head.pos in NOUN_POS or cur.dep == "xcomp"):
            return True
        if head.pos in VERB_POS:
            return False
        cur = head
    return False


def manner_phrase(doc: ParsedDoc, d: EventDraft) -> bool:
    """Whether the nominal trigger of ``d`` only says why another act was done: "a hunger
    strike *in protest* of the refusal", "threatened to shell towns *in retaliation*"."""
    tok: Token = d.frame.anchor
    if d.frame.status != NOMINAL or tok.lemma not in CAUSES or tok.dep != "pobj" or tok.head == tok.i:
        return False
    return doc.tokens[tok.head].lower == "in"


# verbs of punishing, blaming or praising: the act in their "for"/"with"/"of" phrase is
# their ground, already told ("arrested *for collaborating* with", "charged with *supporting*")
JUDGING = word_list("events/words.tsv", "judging_verbs")  # fmt: skip


def side_description(doc: ParsedDoc, d: EventDraft) -> bool:
    """Whether the verb trigger of a side clause only describes a participant: a pluperfect
    or present relative clause ("whom the gang had *seized* at dawn", "whom officials *hold responsible*";
    not "the gunmen who attacked the base", nor "targets that have been bombed"), a
    past participle after an object ("lifted the curfew *imposed* in June", "adhere to deals
    *reached* with Israel"), or the ground of a punishment or reproach ("arrested for
    *collaborating* with Israel")."""
    if d.frame.status != ADJUNCT:
        return False
    tok: Token = d.frame.anchor
    if tok.pos not in VERB_POS or tok.head == tok.i:
        return False
    described = doc.tokens[tok.head]
    auxes = {doc.tokens[k].lower for k in doc.children(tok.i) if doc.tokens[k].dep in ("aux", "auxpass")}
    if tok.dep == "relcl":  # "whom the gang *had seized* at dawn", "whom officials *accuse*"
        return "had" in auxes or (tok.tag in ("VBP", "VBZ") and not auxes)
    if tok.dep == "acl" and tok.tag == "VBN" and not auxes:  # "lifted the curfew *imposed* in June"
        return described.dep in ("dobj", "pobj")
    if tok.dep == "pcomp":
        prep = doc.tokens[tok.head]
        verb = doc.tokens[prep.head]
        return prep.lower in ("for", "with", "of", "over") and verb.lemma in JUDGING
    return False


def not_an_act(doc: ParsedDoc, d: EventDraft, drafts: list[EventDraft], act_words: frozenset[str]) -> bool:
    """Whether ``d`` is wording that names no act at all: an act noun said of something
    that is not an act ("this law *is an attack* on democracy", "the reform is a war on the
    poor"; not "there was an attack", "it was an attack", "the blast was an attack"), or an
    agentless call for a reaction ("the destruction *should be condemned*": an opinion)."""
    fr = d.frame
    support = fr.support
    noun = doc.token_at(d.trigger.end - 1)
    if support is not None and support.lemma == "be" and noun is not None and noun.dep == "attr":
        subs = [doc.tokens[k] for k in doc.children(support.i) if doc.tokens[k].dep in ("nsubj", "expl")]
        acts = [(o.trigger.start, o.trigger.end) for o in drafts if o is not d]
        return bool(subs) and all(
            x.dep == "nsubj"
            and x.pos in ("NOUN", "PROPN")
            and x.lower not in act_words
            and not any(lo <= x.start < hi for lo, hi in acts)
            for x in subs
        )
    if fr.obligation and fr.anchor.pos in VERB_POS:
        deps = {doc.tokens[k].dep for k in doc.children(fr.anchor.i)}
        return "auxpass" in deps and "agent" not in deps
    return False


def without_earlier_acts(
    doc: ParsedDoc,
    drafts: list[EventDraft],
    proposal: frozenset[str] = frozenset(),
    act_words: frozenset[str] = frozenset(),
) -> list[EventDraft]:
    """The sentence's drafts less the earlier acts that date or explain another of its
    events. All are kept when nothing else is left, or when what is left reports only the
    casualties of that act ("two were killed after an attack on the market": the attack is
    the event)."""
    drafts = [d for d in drafts if not not_an_act(doc, d, drafts, act_words)]
    kept = [
        d
        for d in drafts
        if not earlier_act(doc, d)
        and not unrealised_act(doc, d, proposal)
        and not manner_phrase(doc, d)
        and not side_description(doc, d)
    ]
    if len(kept) == len(drafts) or not kept:
        return drafts
    if all(d.entry.lemma in CASUALTY_VERBS or d.entry.lemma == "die" for d in kept):
        return drafts
    return kept
