"""Mentions that are not events of the article's time: a noun naming an earlier act that
only dates or explains the reported one ("*after* 12 days of battles", "*following* the
peace deal", "*since* the accord", "*in the wake of* the raids")."""

from __future__ import annotations

from ..nlp.document import ParsedDoc, Token
from .draft import CASUALTY_VERBS, Draft
from .frames import NOMINAL

# prepositions that place a noun's act before the reported one
EARLIER = frozenset({"after", "following", "since", "before"})
# nouns through which such a preposition reaches the act: "after *days* of battles",
# "in the *wake* of the raids", "in the *aftermath* of the attack"
LINKS = frozenset({"wake", "aftermath", "day", "week", "month", "year", "hour", "round", "series", "wave"})


def earlier_act(doc: ParsedDoc, d: Draft) -> bool:
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
        if prep.lower != "of" or prep.head == prep.i:
            return False
        up = doc.tokens[prep.head]
        if up.lemma not in LINKS:
            return False
        tok = up
    return False


def without_earlier_acts(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """The sentence's drafts less the earlier acts that date or explain another of its
    events. All are kept when nothing else is left, or when what is left reports only the
    casualties of that act ("two were killed after an attack on the market": the attack is
    the event)."""
    kept = [d for d in drafts if not earlier_act(doc, d)]
    if len(kept) == len(drafts) or not kept:
        return drafts
    if all(d.entry.lemma in CASUALTY_VERBS or d.entry.lemma == "die" for d in kept):
        return drafts
    return kept
