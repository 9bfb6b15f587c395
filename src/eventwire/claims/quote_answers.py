"""Answers spoken by the accused: a later quote in which the accused calls the claim wrong.

Real articles often give the accused's answer as plain speech with no answer word of
``responses.tsv`` before it: "'She's absolutely wrong,' Reed said", "'That is ridiculous,'
Reed told reporters". The principle: a quote whose speaker answers for an accused of a claim
(:func:`.parties.answers_for`), that comes after the claim within :data:`REACH` sentences and
calls something wrong (a word of ``candidates.tsv``'s ``contradictions``), rejects that claim.
Each quote answers one claim, the first before it that nothing else answered.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Quote, Span
from ..nlp.document import ParsedDoc
from ..resources import word_list
from .candidates_events import resolve
from .found import Found
from .parties import answers_for, same_actor
from .quoted import claimant_of

REACH = 3  # sentences after the claim's


def _contradicts(text: str) -> bool:
    words = word_list("claims/candidates.tsv", "contradictions")
    return any(w.strip(".,;:!?\"“”'’()").lower() in words for w in text.split())


def answers(doc: ParsedDoc, index: ActorIndex, quotes: list[Quote], found: list[Found],
            taken: list[Span]) -> Iterator[tuple[int, ActorMention, Span]]:
    """(claim number in ``found``, responder, span) for each claim an accused calls wrong in a
    later quote; ``taken`` are the spans already read as claims or answers."""
    for q in quotes:
        speaker = claimant_of(q, index, doc)
        if speaker is None or not _contradicts(q.content.text):
            continue
        if any(t.start < q.content.end and q.content.start < t.end for t in taken):
            continue
        speaker = resolve(index, speaker)
        sent = doc.sentence_of_char(q.content.start) or 0
        for n, f in enumerate(found):
            if f.extra.get("weak") or f.claimant is None or not f.sent <= sent <= f.sent + REACH:
                continue
            if q.content.start < f.proposition.end or same_actor(speaker, f.claimant):
                continue
            if any(answers_for(speaker, a, doc.text) for a in f.accused):
                yield n, speaker, q.content
                break
