"""A claim as found in a sentence, before the stage turns it into a :class:`~eventwire.model.Claim`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import ActorMention, Span
from ..nlp.document import ParsedDoc, Token


@dataclass(slots=True)
class Found:
    cue: Span
    kind: str
    sent: int
    claimant: ActorMention | None
    accused: list[ActorMention]
    proposition: Span
    extra: dict[str, object] = field(default_factory=dict)


def token_span(doc: ParsedDoc, toks: list[Token]) -> Span | None:
    if not toks:
        return None
    return doc.span(toks[0].start, toks[-1].end)
