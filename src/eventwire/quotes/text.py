"""Small helpers over the parsed document: paragraphs and token ranges by character offset."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..nlp.document import ParsedDoc, Token

ENDERS = frozenset({".", "!", "?", "…"})


class Layout:
    """Paragraph bounds and token offsets of one document, for range look-ups."""

    def __init__(self, doc: ParsedDoc) -> None:
        self.doc = doc
        self.text = doc.text
        self.starts = [t.start for t in doc.tokens]
        self.paragraphs: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                self.paragraphs.append((pos + lead, pos + len(line.rstrip())))
            pos += len(line) + 1
        self._pstarts = [p[0] for p in self.paragraphs]

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding (or last starting before) ``char``."""
        return max(0, bisect_right(self._pstarts, char) - 1)

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens lying entirely inside ``[start, end)``."""
        lo = bisect_left(self.starts, start)
        out: list[Token] = []
        tokens = self.doc.tokens
        for k in range(lo, len(tokens)):  # no slice: a copy of the rest would cost the article
            tok = tokens[k]
            if tok.start >= end:
                break
            if tok.end <= end:
                out.append(tok)
        return out


def strip_span(text: str, start: int, end: int, chars: str = " \t\n,;:—–-") -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


class SpanIndex:
    """Sorted, non-overlapping character spans with a range look-up in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        k = max(0, bisect_right(self.starts, start) - 1)
        out: list[tuple[int, int]] = []
        for j in range(k, len(self.spans)):  # no slice: a copy of the rest would cost the article
            s, e = self.spans[j]
            if s >= end:
                break
            if e > start:
                out.append((s, e))
        return out

    def covered(self, start: int, end: int) -> float:
        """Share of ``[start, end)`` inside the spans."""
        if end <= start:
            return 1.0
        shared = sum(min(end, e) - max(start, s) for s, e in self.overlapping(start, end))
        return shared / (end - start)
