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
    scan = _Scan(text)
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\n":
            scan.paragraph_end(i)
            i += 1
            continue
        mark = _mark_at(text, i)
        if mark is None:
            if scan.cur is None and c in "‘’'":
                scan.single_start = _single(text, i, scan.single_start, scan.runs)
            i += 1
            continue
        family, width = mark
        scan.mark(i, family, width)
        i += width
    return scan.finish()


@dataclass(slots=True)
class _Scan:
    """The state of :func:`find_quotes`'s left-to-right scan over one text."""

    text: str
    runs: list[QuoteRun] = field(default_factory=list)
    cur: QuoteRun | None = None  # the open double quote
    piece_start: int = 0
    single_start: int = -1  # an open top-level single quote
    pending_continuation: bool = False  # cur continues: skip the next paragraph's opening mark
    nested: str | None = None  # family of a quotation open inside cur

    def paragraph_end(self, i: int) -> None:
        """A line break at ``i``: the open quote goes on if the next paragraph reopens it, else
        it ends there, unclosed."""
        self.single_start = -1
        self.nested = None
        cur = self.cur
        if cur is None or self.pending_continuation:
            return
        cur.pieces.append((self.piece_start, _trim_end(self.text, self.piece_start, i)))
        if _paragraph_opens_quote(self.text, i):
            self.pending_continuation = True
        else:
            cur.closed = False
            self.runs.append(cur)
            self.cur = None

    def mark(self, i: int, family: str, width: int) -> None:
        """A quotation mark of ``family`` and ``width`` characters at ``i``."""
        text = self.text
        closes_single = family == "doubled" and not _is_opening(text, i, width)
        if self.cur is None and self.single_start >= 0 and closes_single:
            # 'Mexico has been good,'' he said: a single mark opened what a doubled one closes
            self.runs.append(QuoteRun(pieces=[(self.single_start, i + width)], family="doubled"))
            self.single_start = -1
        elif self.pending_continuation and self.cur is not None:
            self.pending_continuation = False
            self.piece_start = i
        elif self.cur is None:
            if _is_opening(text, i, width) or text[i] not in _CLOSE_ONLY:
                self.nested = None
                self.cur = QuoteRun(family=family)
                self.piece_start = i
                self.single_start = -1
        elif family != self.cur.family:
            self._other_family(self.cur, i, family, width)
        else:
            self._same_family(self.cur, i, family, width)

    def _other_family(self, cur: QuoteRun, i: int, family: str, width: int) -> None:
        """A mark of another family inside the open quote: a nested quotation, or a mismatched
        closing mark (“…")."""
        if self.nested is None and _is_opening(self.text, i, width):
            self.nested = family
        elif self.nested == family:
            self.nested = None
        elif self.nested is None and family in ("straight", "curly") and cur.family in ("straight", "curly"):
            self._close(cur, i + width)

    def _same_family(self, cur: QuoteRun, i: int, family: str, width: int) -> None:
        """A mark of the open quote's family: it closes the quote, or, as a second opener,
        cuts the open quote (which lost its closing mark) and starts a new one."""
        if _is_opening(self.text, i, width) and self.text[i] in _OPEN_ONLY:
            cur.pieces.append((self.piece_start, _trim_end(self.text, self.piece_start, i)))
            cur.closed = False
            self.runs.append(cur)
            self.cur = QuoteRun(family=family)
            self.piece_start = i
            return
        self._close(cur, i + width)
        self.nested = None

    def _close(self, cur: QuoteRun, end: int) -> None:
        cur.pieces.append((self.piece_start, end))
        self.runs.append(cur)
        self.cur = None

    def finish(self) -> list[QuoteRun]:
        """The quotations found, the one still open at the end of the text included."""
        cur = self.cur
        if cur is not None and not self.pending_continuation:
            cur.pieces.append((self.piece_start, _trim_end(self.text, self.piece_start, len(self.text))))
            cur.closed = False
            self.runs.append(cur)
        elif cur is not None and cur.pieces:
            cur.closed = False
            self.runs.append(cur)
        self.runs.sort(key=lambda r: r.start)
        return [r for r in self.runs if r.end > r.start]


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
