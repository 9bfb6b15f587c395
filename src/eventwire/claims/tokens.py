"""Claims in sentences without a dependency parse: token rules (claimant: the last actor
before the cue; accused: the phrase before "of"/"for" or the first actor after the cue;
proposition: the words after the cue up to the clause end)."""

from __future__ import annotations

from ..actors.attribution import ActorIndex
from ..nlp.document import ParsedDoc, Token
from .cues import ClaimCues
from .found import Found, token_span
from .parties import political, same_entity
from .syntax import cut


def from_tokens(doc: ParsedDoc, toks: list[Token], k: int, kind: str, index: ActorIndex,
                 lex: ClaimCues) -> Found | None:
    """Token rules for a sentence without a parse."""
    tok = toks[k]
    if kind in ("noun", "point"):
        return None
    s = doc.sentences[tok.sent]
    claimant = index.last_in(s.start, tok.start)
    rest = toks[k + 1 :]
    if kind == "that" and not (rest and rest[0].lower == "that"):
        return None  # without a parse only "claimed that ...", not "charged 16 people with ..."
    while rest and rest[0].lower in ("that", ","):
        rest = rest[1:]
    rest = cut(rest)
    if kind in ("accuse", "blame"):
        word = "of" if kind == "accuse" else "for"
        at = next((n for n, t in enumerate(rest) if t.lower == word), None)
        if at is None or at == 0:
            return None
        accused = index.noun_phrase(rest[:at])
        body = rest[at + 1 :] if kind == "accuse" else rest
    else:
        body = rest
        if len(body) < 3:
            return None
        first = index.first_in(body[0].start, body[-1].end)
        accused = first if first is not None and first.start - body[0].start < 40 else None
        if kind == "say" and not any(lex.alleges(t.lower) for t in body):
            return None
    prop = token_span(doc, body)
    if prop is None or accused is None or same_entity(accused, claimant) or not political(accused):
        return None
    return Found(doc.span(tok.start, tok.end), kind, 0, claimant, [accused], prop)
