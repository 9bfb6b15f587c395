"""Borders and sides: "the border with Utopia", "the Utopian-Ruritanian border", "the
Utopian border", "the Ruritanian side". Token based: they work on unparsed sentences."""

from __future__ import annotations

from ...nlp.document import ParsedDoc
from ..mention import Mention, make_mention

_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


def borders_and_sides(doc: ParsedDoc, places: list[Mention]) -> list[Mention]:
    """"the border with Venezuela", "the Colombian-Venezuelan border", "the Venezuelan
    border", "the Colombian side"."""
    toks = doc.tokens
    by_first = {m.first: m for m in places}
    out: list[Mention] = []
    for tok in toks:
        low = tok.lower
        if low in _BORDER_WORDS:
            i = tok.i
            nxt = i + 1
            if (nxt + 1 < len(toks) and toks[nxt].lower in ("with", "between", "of")
                    and toks[nxt].sent == tok.sent):
                inner = by_first.get(nxt + 1)
                end = inner.last if inner else nxt + 1
                if inner is None and not toks[nxt + 1].text[:1].isupper():
                    end = i + 1  # "the border with their neighbours": a border, no country named
                start = _left_edge(doc, i)
                m = make_mention(doc, start, end, "pattern", "border")
                if m is not None:
                    if inner is not None:
                        m.inner, m.inner_start = inner.text, inner.start
                    out.append(m)
                continue
            start = _left_edge(doc, i)
            if start < i:
                m = make_mention(doc, start, i + 1, "pattern", "border")
                if m is not None:
                    m.inner = doc.text[toks[start].start : toks[i - 1].end]
                    if m.inner.lower().startswith("the "):
                        m.inner = m.inner[4:]
                    out.append(m)
        elif low == "side" and tok.i >= 2:
            prev = toks[tok.i - 1]
            if prev.text[:1].isupper() and toks[tok.i - 2].lower in ("the", "its", "their"):
                m = make_mention(doc, tok.i - 1, tok.i + 1, "pattern", "side")
                if m is not None:
                    m.inner = prev.text
                    out.append(m)
    return out


def _left_edge(doc: ParsedDoc, i: int) -> int:
    """Start of the noun phrase ending at token ``i``: back over capitalised words,
    hyphenated adjectives and a determiner ("the Utopian-Ruritanian border")."""
    toks = doc.tokens
    j = i
    while j > 0 and toks[j - 1].sent == toks[i].sent and (
        toks[j - 1].text[:1].isupper() or toks[j - 1].text in ("-", "–")
    ) and toks[j - 1].lower not in ("the",):
        j -= 1
    if j > 0 and toks[j - 1].lower in ("the", "its", "their") and j < i:
        j -= 1
    return j
