"""Sparse features of a candidate event for the trained judge (:mod:`.judge`).

A candidate is a trigger the lexicon and the parse found, with its frame and actors. The
features describe the word (lemma, lexicon row, the type the rules gave it), its place in
the parse (dependency, head, children, objects, subject), the modality the frame read
(negation, future, hypothetical, reported), the actors found (kinds and sectors), the
word's shape (capitalised inside a sentence: often a name) and the words around it.
Every feature is a string; the judge weighs the ones it saw in training.
"""

from __future__ import annotations

from ..model import ActorMention, Event
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .draft import EventDraft

_CONDITION_OPENERS = word_list("events/words.tsv", "condition_openers")
_FEATURE_DEPS = word_list("events/words.tsv", "feature_deps")

WINDOW = 3


def _actor_features(side: str, actors: list[ActorMention]) -> list[str]:
    if not actors:
        return [f"{side}:none"]
    out = [f"{side}:some"]
    for a in actors[:3]:
        out.append(f"{side}.kind={a.kind}")
        out.append(f"{side}.sector={a.sector or '-'}")
        out.append(f"{side}.coded={a.code is not None}")
    return out


def _token_features(doc: ParsedDoc, tok: Token, lemma: str) -> list[str]:
    sent = doc.sentences[tok.sent]
    out = [f"pos={tok.pos}", f"dep={tok.dep}", f"tag={tok.tag}", f"lemma.dep={lemma}|{tok.dep}"]
    if tok.i > sent.first and tok.text[:1].isupper():
        out.append("shape=capitalised")  # "the Trade *Partnership*": a name, not an act
    if tok.ent_type:
        out.append(f"ent={tok.ent_type}")
    if tok.head != tok.i:
        head = doc.tokens[tok.head]
        out += [f"head={head.lemma}", f"head.pos={head.pos}", f"lemma.head={lemma}|{head.lemma}"]
    for k in doc.children(tok.i):
        child = doc.tokens[k]
        if child.is_punct:
            continue
        out += [f"child.dep={child.dep}", f"child={child.dep}:{child.lemma}"]
        if child.dep in _FEATURE_DEPS:
            out.append(f"lemma.child={lemma}|{child.dep}:{child.lemma}")
            if child.dep == "prep":
                for g in doc.children(child.i):
                    out.append(f"lemma.pobj={lemma}|{child.lemma}:{doc.tokens[g].lemma}")
    lo, hi = max(sent.first, tok.i - WINDOW), min(sent.last, tok.i + WINDOW + 1)
    for j in range(lo, hi):
        if j != tok.i and not doc.tokens[j].is_punct:
            out.append(f"{'L' if j < tok.i else 'R'}={doc.tokens[j].lemma}")
    return out


def candidate_features(doc: ParsedDoc, draft: EventDraft, event: Event) -> list[str]:
    """The features of one candidate event (deduplicated, in a stable order)."""
    entry = draft.entry
    tok = doc.token_at(draft.trigger.start) or draft.frame.anchor
    fr = draft.frame
    out = [
        "bias",
        f"lemma={entry.lemma}",
        f"row={entry.line}",
        f"entry.type={entry.type}",
        f"type={event.type}",
        f"lemma.type={entry.lemma}|{event.type}",
        f"frame={fr.status}",
        f"frame.type={fr.status}|{event.type}",
        f"parsed={doc.sentences[tok.sent].parsed}",
        f"lede={tok.sent == 0}",
    ]
    flags = {
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "future": fr.future,
        "intent": fr.intent,
        "obligation": fr.obligation,
        "reported": event.reported,
        "governed": fr.governor is not None,
        "support": fr.support is not None,
    }
    out += [f"{k}={v}" for k, v in flags.items()]
    out += [f"marker={m.lemma}" for m in fr.markers]
    if fr.governor is not None:
        out.append(f"governor={fr.governor.lemma}")
    if fr.support is not None:
        out.append(f"support={fr.support.lemma}|{entry.lemma}")
    out += _actor_features("src", event.source)
    out += _actor_features("tgt", event.target)
    out.append(f"type.src={event.type}|{bool(event.source)}")
    out += [f"lemma.frame={entry.lemma}|{fr.status}", f"lemma.src={entry.lemma}|{bool(event.source)}"]
    out += _sentence_features(doc, tok)
    out += _token_features(doc, tok, entry.lemma)
    return list(dict.fromkeys(out))


def _sentence_features(doc: ParsedDoc, tok: Token) -> list[str]:
    """Where the sentence stands: a question, inside a quotation, a condition."""
    sent = doc.sentences[tok.sent]
    text = doc.text[sent.start : sent.end]
    before = doc.text[max(0, sent.start - 1500) : tok.start]
    out = [f"question={text.rstrip().endswith('?')}"]
    quoted = (before.count("“") - before.count("”")) > 0 or before.count('"') % 2 == 1
    out.append(f"quoted={quoted}")
    first = doc.tokens[sent.first].lower
    if first in _CONDITION_OPENERS:
        out.append(f"opens={first}")
    return out
