"""Pair quotation marks in one linear scan, robust to unbalanced marks.

The scan walks the text once, paragraph by paragraph (a paragraph ends at a line break).
It knows four families of double marks (curly “ ”, low „, guillemets « », straight ``"``
and the doubled apostrophe ``''`` of some wire texts) and the single marks ‘ ’ and ``'``.

Rules (each decided from a mark's neighbours, never by looking far ahead):

- A curly or guillemet mark opens or closes by its shape; a straight mark opens when it is
  *left-flanking* (after a space, a line start or an opening bracket, before a non-space)
  and closes otherwise, so ``"a," he said, "b."`` pairs as two quotes.
- A mark of another family inside an open quote is nested and ignored (``"… “x” …"``),
  except a closing straight or curly mark where no nested quotation is open: it closes
  the quote (the common typo “…"); single marks inside a double quote are always nested.
- Outside any quote, ‘ or a left-flanking ``'`` before a letter opens a single-quoted run
  (headlines: ``It's ‘in Their Heads.’``) that must close on a right-flanking ’ or ``'``
  in the same paragraph, else it is dropped (it was an apostrophe).
- A double quote still open at the end of its paragraph continues into the next paragraph
  when that paragraph opens with a quotation mark (the newspaper convention for long
  quotes); otherwise it ends, unclosed, at the paragraph end.
- An opening mark of the same family while a quote is open starts a new quote: the open
  one is cut, unclosed, just before it.
- A doubled closing mark after an open single mark closes it (``'It is over,'' he said``,
  a typo of wire texts that use doubled apostrophes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

_OPEN_ONLY = {"“": "curly", "„": "curly", "«": "guillemet"}
_CLOSE_ONLY = {"”": "curly", "»": "guillemet"}
_SPACE = frozenset(" \t\u00a0\u2009\u202f")
_OPENERS_BEFORE = frozenset("([{—–-/")


@dataclass(slots=True)
class QuoteRun:
    """One quotation: its pieces (one per paragraph) including the marks."""

    pieces: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = True
    family: str = "curly"  # curly | guillemet | straight | doubled | single

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def _left_flanking(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + width] if i + width < len(text) else "\n"
    return (before.isspace() or before in _OPENERS_BEFORE) and not after.isspace()


def _right_flanking(text: str, i: int, width: int) -> bool:
    after = text[i + width] if i + width < len(text) else "\n"
    return not after.isalnum()


def _mark_at(text: str, i: int) -> tuple[str, int] | None:
    """The family and width of a double quotation mark at ``i`` (None for other chars)."""
    c = text[i]
    if c in _OPEN_ONLY:
        return _OPEN_ONLY[c], 1
    if c in _CLOSE_ONLY:
        return _CLOSE_ONLY[c], 1
    if c == '"':
        return "straight", 1
    if c == "'" and text.startswith("''", i):
        return "doubled", 2
    if c == "`" and text.startswith("``", i):
        return "doubled", 2
    return None


def _is_opening(text: str, i: int, width: int) -> bool:
    c = text[i]
    if c in _OPEN_ONLY or c == "`":
        return True
    if c in _CLOSE_ONLY:
        # a right mark used as an opener: ”Yes” after a space, before a letter
        return _left_flanking(text, i, width) and text[i + width : i + width + 1].isalnum()
    return _left_flanking(text, i, width)


def _paragraph_opens_quote(text: str, start: int) -> bool:
    """Does the paragraph beginning at or after ``start`` open with a quotation mark?"""
    j = start
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    if j >= n:
        return False
    mark = _mark_at(text, j)
    return mark is not None and _is_opening(text, j, mark[1])


def find_quotes(text: str) -> list[QuoteRun]:
    """All top-level quotations of ``text`` in order (see the module doc for the rules)."""
    runs: list[QuoteRun] = []
    n = len(text)
    cur: QuoteRun | None = None  # the open double quote
    piece_start = 0
    single_start = -1  # an open top-level single quote
    pending_continuation = False  # cur continues: skip the next paragraph's opening mark
    nested: str | None = None  # family of a quotation open inside cur
    i = 0
    while i < n:
        c = text[i]
        if c == "\n":
            single_start = -1
            nested = None
            if cur is not None and not pending_continuation:
                end = _trim_end(text, piece_start, i)
                if _paragraph_opens_quote(text, i):
                    cur.pieces.append((piece_start, end))
                    pending_continuation = True
                else:
                    cur.pieces.append((piece_start, end))
                    cur.closed = False
                    runs.append(cur)
                    cur = None
            i += 1
            continue
        mark = _mark_at(text, i)
        if mark is None:
            if cur is None and c in "‘’'":
                single_start = _single(text, i, single_start, runs)
            i += 1
            continue
        family, width = mark
        if cur is None and single_start >= 0 and family == "doubled" and not _is_opening(text, i, width):
            # 'Mexico has been good,'' he said: a single mark opened what a doubled one closes
            runs.append(QuoteRun(pieces=[(single_start, i + width)], family="doubled"))
            single_start = -1
            i += width
            continue
        if pending_continuation and cur is not None:
            pending_continuation = False
            piece_start = i
            i += width
            continue
        if cur is None:
            if _is_opening(text, i, width) or c not in _CLOSE_ONLY:
                nested = None
                cur = QuoteRun(family=family)
                piece_start = i
                single_start = -1
            i += width
            continue
        if family != cur.family:
            # another family: a nested quotation, or a mismatched closing mark (“…")
            if nested is None and _is_opening(text, i, width):
                nested = family
            elif nested == family:
                nested = None
            elif nested is None and family in ("straight", "curly") and cur.family in ("straight", "curly"):
                cur.pieces.append((piece_start, i + width))
                runs.append(cur)
                cur = None
            i += width
            continue
        opening = _is_opening(text, i, width)
        if opening and c in _OPEN_ONLY:
            # a second opener of the same family: the open quote lost its closing mark
            cur.pieces.append((piece_start, _trim_end(text, piece_start, i)))
            cur.closed = False
            runs.append(cur)
            cur = QuoteRun(family=family)
            piece_start = i
            i += width
            continue
        cur.pieces.append((piece_start, i + width))
        runs.append(cur)
        cur = None
        nested = None
        i += width
    if cur is not None and not pending_continuation:
        cur.pieces.append((piece_start, _trim_end(text, piece_start, n)))
        cur.closed = False
        runs.append(cur)
    elif cur is not None and cur.pieces:
        cur.closed = False
        runs.append(cur)
    runs.sort(key=lambda r: r.start)
    return [r for r in runs if r.end > r.start]


def _single(text: str, i: int, single_start: int, runs: list[QuoteRun]) -> int:
    """Handle a single mark outside double quotes; returns the new open single position."""
    c = text[i]
    if single_start < 0:
        after = text[i + 1 : i + 2]
        if (c == "‘" or _left_flanking(text, i, 1)) and after.isalpha():
            before = text[i - 1] if i > 0 else " "
            if not before.isalnum():
                return i
        return -1
    before = text[i - 1] if i > 0 else " "
    if c in "’'" and not before.isspace() and _right_flanking(text, i, 1):
        if i - single_start > 3:
            runs.append(QuoteRun(pieces=[(single_start, i + 1)], family="single"))
        return -1
    return single_start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
