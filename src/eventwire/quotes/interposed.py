"""An attribution set inside the sentence it reports: "Lenox was a juggernaut, Mr. Clarke
said, until it went bankrupt" and "To understand it, Chief Justice Roberts said, one should
visit this museum".

The parser hangs such a cue verb off the reported clause (``parataxis``) or mis-attaches it
altogether, so the rule goes by tokens within the parsed sentence: a comma (or dash), a
short speaker phrase with no verb, the cue verb, at most a few words without a verb ("said
on Tuesday"), and a comma. The content is the rest of the sentence, in two pieces; the
speaker is the cue's subject when the parse gives one inside the phrase, else the phrase's
last noun.
"""

from __future__ import annotations

from ..nlp.document import ParsedDoc, Token
from .syntax import RELATIVE
from .text import ENDERS, strip_span

MAX_SPEAKER = 8  # words between the comma and the cue ("a senior administration official")
MAX_AFTER = 5  # words between the cue and the closing comma ("said on local radio")
_BREAKS = frozenset({",", "—", "–", "--", "―"})
_NOUNISH = frozenset({"PROPN", "NOUN", "PRON"})
_STRIP = " \t\n,;:—–―-.()"


def interposed(doc: ParsedDoc, tok: Token) -> tuple[list[tuple[int, int]], int] | None:
    """The two content pieces around an interposed "…, X said, …" and the speaker head."""
    sent = doc.sentences[tok.sent]
    k = tok.i - 1
    while k > sent.first and not doc.tokens[k].is_punct and tok.i - k <= MAX_SPEAKER:
        k -= 1
    opener = doc.tokens[k]
    phrase = doc.tokens[k + 1 : tok.i]
    if opener.text not in _BREAKS or not phrase or k <= sent.first:
        return None
    if any(t.pos in ("VERB", "AUX") or t.lower in RELATIVE for t in phrase) or tok.dep == "relcl":
        return None  # "The mayor, who said nothing, left": a relative clause, no attribution
    if not any(t.pos in _NOUNISH for t in phrase):
        return None
    m = tok.i + 1
    while m < sent.last and doc.tokens[m].text not in _BREAKS:
        t = doc.tokens[m]
        if t.pos in ("VERB", "AUX") or t.dep == "dobj" or t.text in ENDERS or m - tok.i > MAX_AFTER:
            return None
        m += 1
    if m >= sent.last:
        return None
    left = strip_span(doc.text, sent.start, opener.start, chars=_STRIP)
    right = strip_span(doc.text, doc.tokens[m].end, sent.end, chars=_STRIP)
    if left[1] - left[0] < 3 or right[1] - right[0] < 3:
        return None
    subjects = [j for j in range(k + 1, tok.i) if doc.tokens[j].dep in ("nsubj", "nsubjpass")]
    nouns = [t.i for t in phrase if t.pos in _NOUNISH]
    head = subjects[-1] if subjects else nouns[-1]
    return [left, right], head
