"""The character span of a speaker mention around its head word."""

from __future__ import annotations

from ..nlp.document import Entity, ParsedDoc
from ..resources import word_list

_DETERMINERS = word_list("quotes/words.tsv", "determiners")


def mention_from_head(
    doc: ParsedDoc, ents: dict[int, list[Entity]], head: int, lo: int, hi: int
) -> tuple[int, int]:
    """Character span of the noun phrase headed by token ``head``, kept inside [lo, hi)."""
    if not doc.sentences[doc.tokens[head].sent].parsed:
        return mention_around(doc, ents, head, lo, hi)
    drop: set[int] = set()
    for k in doc.children(head):
        if doc.tokens[k].dep in ("relcl", "acl"):
            drop.update(doc.subtree(k))
    idx = [
        j
        for j in doc.subtree(head)
        if lo <= doc.tokens[j].start and doc.tokens[j].end <= hi and j not in drop
    ]
    # keep the contiguous run around the head
    first = last = head
    members = set(idx)
    while first - 1 in members:
        first -= 1
    while last + 1 in members:
        last += 1
    while first < last and doc.tokens[first].is_punct:
        first += 1
    while last > first and doc.tokens[last].is_punct:
        last -= 1
    return doc.tokens[first].start, doc.tokens[last].end


def mention_around(
    doc: ParsedDoc, ents: dict[int, list[Entity]], head: int, lo: int, hi: int
) -> tuple[int, int]:
    """Unparsed fallback: the entity holding ``head`` or the word itself."""
    tok = doc.tokens[head]
    start, end = tok.start, tok.end
    for ent in ents.get(tok.sent, ()):
        if ent.start <= tok.start < ent.end:
            start, end = max(lo, ent.start), min(hi, ent.end)
    # take in the determiner and capitalised title words before it ("the police",
    # "Foreign Minister Ana Silva")
    k = doc.token_at(start)
    j = k.i if k is not None else head
    first_in_sent = doc.sentences[tok.sent].first
    while j - 1 >= first_in_sent:
        prev = doc.tokens[j - 1]
        if prev.start < lo or prev.is_punct:
            break
        if prev.lower in _DETERMINERS:
            j -= 1
            break
        if not prev.text[:1].isupper():
            break
        j -= 1
    return doc.tokens[j].start, end
