"""Acronyms defined in the article: "the Ceasefire Violations Committee (CFVC)".

The acronym in parentheses right after an organisation is the same entity; later bare
uses of the acronym ("the CFVC said") become mentions of it too. Linear: one pass to find
definitions, one to find uses.
"""

from __future__ import annotations

from copy import copy

from .draft import ActorDraft
from .lexicon import Tok

_ORG_KINDS = frozenset({"organisation", "group", "government"})


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 10 and all(c.isupper() for c in letters)


def link_acronyms(drafts: list[ActorDraft], toks: list[Tok], sent_of: list[int]) -> list[ActorDraft]:
    """New drafts for acronym definitions and uses not found before; existing acronym
    drafts join their long form's entity."""
    by_first = {d.first: d for d in drafts}
    defined: dict[str, ActorDraft] = {}
    out: list[ActorDraft] = []
    n = len(toks)
    for d in drafts:
        if d.kind not in _ORG_KINDS or d.last + 2 >= n or toks[d.last].text != "(":
            continue
        j = d.last + 1
        k = j
        while k < n and toks[k].text != ")" and k - j < 5:
            k += 1
        if k >= n or toks[k].text != ")" or k == j:
            continue
        text = "".join(t.text for t in toks[j:k])
        if _gaps(toks, j, k) or not _is_acronym(text) or k - j > 3:
            continue
        d.key = d.key or f"acronym:{text}"
        defined.setdefault(text, d)
        existing = by_first.get(j)
        if existing is not None:
            if existing.code is None:
                existing.code, existing.country, existing.sector = d.code, d.country, d.sector
                existing.reason = d.reason
            existing.key = d.key
            existing.name = d.name
            continue
        out.append(_copy_at(d, j, k, sent_of))
    if not defined:
        return out
    for d in drafts:  # uses the tagger already found ("the LPC denied it")
        text = "".join(t.text for t in toks[d.first : d.last])
        src = defined.get(text)
        if src is not None and src is not d and d.kind in _ORG_KINDS and d.key != src.key:
            d.key, d.name, d.kind = src.key, src.name, src.kind
            d.code, d.country, d.sector, d.reason = src.code, src.country, src.sector, src.reason
    taken = [False] * n
    for d in drafts + out:
        for i in range(d.first, d.last):
            taken[i] = True
    for i, t in enumerate(toks):
        if taken[i] or not t.text[:1].isupper():
            continue
        for text, d in defined.items():
            k = _match(toks, i, text)
            if k and not any(taken[i:k]):
                out.append(_copy_at(d, i, k, sent_of))
                for m in range(i, k):
                    taken[m] = True
                break
    return out


def _gaps(toks: list[Tok], j: int, k: int) -> int:
    return sum(toks[m].start - toks[m - 1].end for m in range(j + 1, k))


def _match(toks: list[Tok], i: int, text: str) -> int:
    """End token index if the tokens from ``i`` spell ``text`` with no spaces, else 0."""
    acc = ""
    k = i
    while k < len(toks) and len(acc) < len(text):
        if k > i and toks[k].start != toks[k - 1].end:
            return 0
        acc += toks[k].text
        k += 1
    if acc != text or (k < len(toks) and toks[k].start == toks[k - 1].end and toks[k].text.isalnum()):
        return 0
    return k


def _copy_at(d: ActorDraft, first: int, last: int, sent_of: list[int]) -> ActorDraft:
    new = copy(d)
    new.first, new.last, new.sent = first, last, sent_of[first]
    new.link, new.members = None, []
    return new
