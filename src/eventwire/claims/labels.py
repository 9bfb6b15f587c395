"""Claims by name-calling: "Smith called Reed a liar", "branded the governor a thief".

A verb of naming (``called``, ``branded``, ``labelled``, ``dubbed``) with an object and a
predicate noun or adjective says the object is what the predicate names; when the predicate
is an insult that alleges wrongdoing (negative in VADER's lexicon, or an allegation word of
``data/claims/allegation_stems.tsv``), the claims guide reads it as a claim: "Trump called
Clinton a liar" (the proposition is that she lies). The claimant is the verb's subject, the
accused the first actor of its object ("called Smith's budget a disaster": Smith), the
proposition the predicate phrase. "Called on", "called for", praise, and a name for a claim
("called the allegation ridiculous", an answer) are no claims.
"""

from __future__ import annotations

from ..actors.attribution import ActorIndex
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .cues import ClaimCues
from .found import Found
from .quoted_features import _vader
from .syntax import subject

_NAMING = word_list("claims/words.tsv", "naming_verbs")
_PREDICATE = ("oprd", "xcomp", "ccomp", "attr")
_EDGE = frozenset({"DET", "PUNCT"})
_NEGATIVE = -0.2


def find_labels(doc: ParsedDoc, sent: int, index: ActorIndex, lex: ClaimCues) -> list[Found]:
    """Name-calling claims of one parsed sentence."""
    if not doc.sentences[sent].parsed:
        return []
    out: list[Found] = []
    for tok in doc.sentence_tokens(sent):
        if tok.lower not in _NAMING or tok.pos != "VERB":
            continue
        found = _label(doc, tok, sent, index, lex)
        if found is not None:
            out.append(found)
    return out


def _label(doc: ParsedDoc, verb: Token, sent: int, index: ActorIndex, lex: ClaimCues) -> Found | None:
    kids = [doc.tokens[c] for c in doc.children(verb.i)]
    if any(k.dep == "prep" and k.lower in ("for", "on", "off") for k in kids):
        return None  # "called on the army to withdraw", "called for talks"
    obj = next((k for k in kids if k.dep == "dobj"), None)
    if obj is None or obj.lower in lex.referents:
        return None  # "called the allegation ridiculous" answers a claim
    pred = next((k for k in kids if k.dep in _PREDICATE and k.pos in ("NOUN", "ADJ", "PROPN")), None)
    if pred is None:  # "called Smith's budget 'a disaster'": the parser hangs it on the object
        pred = next((doc.tokens[c] for c in doc.children(obj.i) if doc.tokens[c].dep == "appos"), None)
    if pred is None:
        return None
    cut = {i for c in doc.children(pred.i) if doc.tokens[c].dep == "prep" and doc.tokens[c].lower != "of"
           for i in doc.subtree(c)}  # "a liar on Tuesday"
    words = [doc.tokens[i] for i in sorted(doc.subtree(pred.i)) if i not in cut]
    while words and words[0].pos in _EDGE:
        words = words[1:]
    while words and words[-1].pos in _EDGE:
        words = words[:-1]
    if not words:
        return None
    prop = doc.span(words[0].start, words[-1].end)
    negative = _vader().polarity_scores(prop.text)["compound"] <= _NEGATIVE
    if not negative and not any(lex.alleges(w.lower) for w in words):
        return None
    obj_words = [doc.tokens[i] for i in sorted(doc.subtree(obj.i)) if doc.tokens[i].end <= prop.start]
    accused = index.first_in(obj_words[0].start, obj_words[-1].end) if obj_words else None
    if accused is None and obj_words:
        accused = index.noun_phrase(obj_words, obj)
    subj = subject(doc, verb.i)
    claimant = (index.noun_phrase([doc.tokens[i] for i in subj[0]], doc.tokens[subj[1]])
                if subj is not None else None)
    if accused is None or claimant is None:
        return None
    return Found(doc.span(verb.start, verb.end), "label", sent, claimant, [accused], prop)
