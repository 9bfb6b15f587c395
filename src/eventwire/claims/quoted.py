"""Claims in reported speech: a speaker says that another actor did something wrong.

Most allegations in ordinary news carry no accusation verb: "Graham said Obama is
overselling the war", "'She lies like crazy,' Trump said". Every quote with a speaker (from
the quotes stage) gives candidates, one for each actor mentioned in its content who is not
the speaker: the accused is that actor, the proposition runs from the mention to the end of
its clause (after a possessive, from the thing owned: "Clinton's disastrous actions in
Libya"). Each candidate carries its feature vector (:mod:`.quoted_features`); whether it
alleges wrongdoing is decided, with the event and quote-clause candidates, by the claim model
(:mod:`.claim_model`, trained by ``eventwire train claims``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Quote, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .quoted_features import features

# first- and second-person words, and possessives (the owner is no subject: "his remarks")
_NOT_ACCUSED = word_list("claims/words.tsv", "not_accused")
_CLAUSE_END = ".;!?\n"
_MIN_WORDS = 2


@dataclass(slots=True)
class QuotedCandidate:
    """A possible claim read off a quote."""

    quote: Quote
    claimant: ActorMention
    accused: ActorMention
    proposition: Span
    vector: list[float]


def claimant_of(quote: Quote, index: ActorIndex, doc: ParsedDoc) -> ActorMention | None:
    sp = quote.speaker
    if sp is None or sp.start is None or sp.end is None or not sp.text:
        return None
    found = index.last_in(sp.start, sp.end)
    if found is not None:
        return found
    return ActorMention(sp.start, sp.end, doc.text[sp.start : sp.end], name=sp.name or sp.text,
                        reason="quote speaker with no actor mention")


def _same(a: ActorMention, b: ActorMention) -> bool:
    if a.entity is not None and a.entity == b.entity:
        return True
    return a.name.lower() == b.name.lower() or (a.start < b.end and b.start < a.end)


def _clause(doc: ParsedDoc, start: int, limit: int) -> Span | None:
    """From ``start`` to the end of its clause (not past ``limit``), trimmed of spaces,
    quotation marks and closing punctuation; None when under two words."""
    text = doc.text
    end = start
    while end < limit and text[end] not in _CLAUSE_END:
        end += 1
    while start < end and text[start] in " ,:'’\"“”":
        if text[start] in "'’" and text[start + 1 : start + 2] == "s":
            start += 2
            continue
        start += 1
    while end > start and text[end - 1] in " ,;:\"“”'’)":
        end -= 1
    if len(text[start:end].split()) < _MIN_WORDS:
        return None
    return doc.span(start, end)


def candidates(quotes: list[Quote], index: ActorIndex, doc: ParsedDoc) -> list[QuotedCandidate]:
    """Every (quote, accused actor) pair of the article, with its feature vector."""
    out: list[QuotedCandidate] = []
    for quote in quotes:
        claimant = claimant_of(quote, index, doc)
        if claimant is None:
            continue
        pairs: list[tuple[ActorMention, Span]] = []
        for piece in quote.parts or [quote.content]:
            for mention in index.overlapping(piece.start, piece.end):
                if mention.start < piece.start or mention.text.lower() in _NOT_ACCUSED:
                    continue
                if _same(mention, claimant):
                    continue
                prop = _clause(doc, mention.end, piece.end)
                if prop is not None:
                    pairs.append((mention, prop))
        for rank, (mention, prop) in enumerate(pairs):
            vector = features(doc, quote, claimant, mention, prop, rank=rank, siblings=len(pairs))
            out.append(QuotedCandidate(quote, claimant, mention, prop, vector))
    return out
