"""Features of a claim candidate read off a quote (:mod:`.quoted`).

All are general properties of the wording, none names a word of a particular article:
the tone of the proposition (VADER's lexicon, shipped in the ``vaderSentiment`` package),
allegation words (``data/claims/allegation_stems.tsv``), whether the accused is the
grammatical subject, what kind of actor it is, and the shape of the quote.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from ..model import ActorMention, Quote, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .cues import claim_cues

FEATURES: tuple[str, ...] = (
    "bias",
    "tone_negative",
    "tone_compound_negative",
    "tone_positive",
    "allegation_words",
    "accused_subject",
    "accused_passive",
    "verb_follows",
    "accused_person",
    "accused_state",
    "accused_group",
    "accused_pronoun",
    "claimant_coded",
    "direct",
    "negation",
    "modal",
    "length",
    "first_accused",
    "siblings",
    "subject_of_complement",
    "quote_tone_negative",
    "quote_allegation_words",
    "person_on_person",
)
_STATE_KINDS = frozenset({"country", "government"})
_GROUP_KINDS = frozenset({"organisation", "group"})
_SUBJECT = frozenset({"nsubj"})
_PASSIVE = frozenset({"nsubjpass"})
_NEGATION = word_list("claims/words.tsv", "quoted_negation")
_COMPLEMENT = frozenset({"ccomp", "ROOT", "conj", "xcomp", "advcl"})
_MODAL = word_list("claims/words.tsv", "modals")


@cache
def _vader() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def _words(text: str) -> list[str]:
    return [w.strip(".,;:!?\"“”'’()").lower() for w in text.replace("n’t", " n't").split()]


def _has_dep(doc: ParsedDoc, mention: ActorMention, deps: frozenset[str]) -> float:
    """Whether the mention's head word bears one of ``deps`` (0.5 in an unparsed sentence)."""
    tok = doc.token_at(max(mention.start, mention.end - 1))
    if tok is None or not doc.sentences[tok.sent].parsed:
        return 0.5
    head = tok
    while head.head != head.i and mention.start <= doc.tokens[head.head].start < mention.end:
        head = doc.tokens[head.head]
    return 1.0 if head.dep in deps else 0.0


def _subject_of_complement(doc: ParsedDoc, mention: ActorMention) -> float:
    """Whether the mention is the subject of a clause that is itself said (a complement of the
    speech verb, the quote's main clause, or one conjoined with it): "said [Reed had lied]"."""
    tok = doc.token_at(max(mention.start, mention.end - 1))
    if tok is None or not doc.sentences[tok.sent].parsed:
        return 0.5
    head = tok
    while head.head != head.i and mention.start <= doc.tokens[head.head].start < mention.end:
        head = doc.tokens[head.head]
    if head.dep not in _SUBJECT | _PASSIVE:
        return 0.0
    return float(doc.tokens[head.head].dep in _COMPLEMENT)


def _verb_follows(doc: ParsedDoc, proposition: Span) -> float:
    """Whether the proposition opens with a verb (or auxiliary, modal, adverb before one):
    the accused is then the subject of what is said of it."""
    tok = doc.token_at(proposition.start)
    if tok is None:
        return 0.0
    for t in doc.tokens[tok.i : min(len(doc.tokens), tok.i + 3)]:
        if t.pos in ("VERB", "AUX") or t.tag == "MD":
            return 1.0
        if t.pos != "ADV":
            return 0.0
    return 0.0


def features(
    doc: ParsedDoc, quote: Quote, claimant: ActorMention, accused: ActorMention, proposition: Span,
    rank: int = 0, siblings: int = 1,
) -> list[float]:
    """The feature vector of one candidate, in the order of :data:`FEATURES`. ``rank`` is the
    accused's place among the quote's candidates (0: the first actor it names), ``siblings``
    how many candidates the quote gives."""
    scores = _vader().polarity_scores(proposition.text)
    whole = _vader().polarity_scores(quote.content.text)
    words = _words(proposition.text)
    lex = claim_cues()
    alleging = sum(1 for w in words if w and lex.alleges(w))
    alleging_quote = sum(1 for w in _words(quote.content.text) if w and lex.alleges(w))
    kind = accused.kind
    values = {
        "bias": 1.0,
        "tone_negative": float(scores["neg"]),
        "tone_compound_negative": max(0.0, -float(scores["compound"])),
        "tone_positive": float(scores["pos"]),
        "allegation_words": min(2, alleging) / 2.0,
        "accused_subject": _has_dep(doc, accused, _SUBJECT),
        "accused_passive": _has_dep(doc, accused, _PASSIVE),
        "verb_follows": _verb_follows(doc, proposition),
        "accused_person": float(kind == "person"),
        "accused_state": float(kind in _STATE_KINDS),
        "accused_group": float(kind in _GROUP_KINDS),
        "accused_pronoun": float(kind == "pronoun"),
        "claimant_coded": float(claimant.code is not None),
        "direct": float(quote.kind == "direct"),
        "negation": float(any(w in _NEGATION for w in words)),
        "modal": float(any(w in _MODAL for w in words)),
        "length": min(1.0, math.log1p(len(words)) / math.log1p(40)),
        "first_accused": float(rank == 0),
        "siblings": 1.0 / (1 + siblings),
        "subject_of_complement": _subject_of_complement(doc, accused),
        "quote_tone_negative": max(0.0, -float(whole["compound"])),
        "quote_allegation_words": min(2, alleging_quote) / 2.0,
        "person_on_person": float(kind in ("person", "pronoun") and claimant.kind == "person"),
    }
    return [values[name] for name in FEATURES]
