"""Read a figure ("more than 20", "almost a hundred", "2,000", "20 to 30", "dozens") from
a run of lower-cased token texts and turn it into low / best / high.

The conventions are those of ``data/counts/README.md``: a qualifier kind (``more``,
``atleast``, ``almost``, ``about``, ``upto``, ``fewer``) maps a number N to its bounds, and a
vague plural ("dozens") has its low end, a best of one and a half times that, and no high
(``CLAIMS_GUIDE.md``: "dozens" is 24 / 36 / none).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import data_path, read_tsv

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_RANGE_WORDS = frozenset({"to", "-", "–", "—", "or"})
_FEW = {"several": (3, 9), "few": (2, 9)}
_OPEN = 0  # the "high" _read_plain gives a vague plural ("dozens"): open-ended, best 1.5 x low


@dataclass(frozen=True, slots=True)
class Word:
    value: int
    kind: str  # unit | ten | scale | dozen | vague
    high: int | None


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure read from tokens ``[first, last)`` (positions in the list given)."""

    first: int
    last: int
    low: int | None
    best: int | None
    high: int | None
    qualifier: str | None
    exact: bool


@dataclass(frozen=True, slots=True)
class Tables:
    words: dict[str, Word]
    qualifiers: dict[tuple[str, ...], str]  # phrase words → kind

    @property
    def longest_qualifier(self) -> int:
        return max((len(k) for k in self.qualifiers), default=1)


@cache
def tables() -> Tables:
    words = {
        r["word"]: Word(int(r["value"]), r["kind"], int(r["high"]) if r["high"] else None)
        for r in read_tsv(data_path("counts/numbers.tsv"))
    }
    quals = {tuple(r["phrase"].split()): r["kind"] for r in read_tsv(data_path("counts/qualifiers.tsv"))}
    return Tables(words, quals)


def is_numberish(word: str, t: Tables | None = None) -> bool:
    t = t or tables()
    return bool(_DIGITS.match(word)) or word in t.words


def _read_plain(ws: list[str], k: int, t: Tables) -> tuple[int, int, int | None] | None:
    """Read a number at ``ws[k]``: (value, end, vague_high). vague_high is set for "several" /
    "a few" and is ``_OPEN`` for vague plurals."""
    n = len(ws)
    if k >= n:
        return None
    w = ws[k]
    if _DIGITS.match(w):
        value = float(w.replace(",", ""))
        j = k + 1
        if j < n and ws[j] in t.words and t.words[ws[j]].kind in ("scale", "dozen"):
            value *= t.words[ws[j]].value
            j += 1
        if value != int(value):
            return None  # 2.5 people is not a count
        return int(value), j, None
    if w == "half" and k + 2 < n and ws[k + 1] in ("a", "an") and ws[k + 2] in t.words and t.words[
        ws[k + 2]
    ].kind in ("scale", "dozen"):  # "half a dozen"
        return t.words[ws[k + 2]].value // 2, k + 3, None
    if w in _FEW or (w == "a" and k + 1 < n and ws[k + 1] == "few"):
        j = k + (2 if w == "a" else 1)
        mult = _FEW["few" if w in ("a", "few") else w]
        if j < n and ws[j] in t.words and t.words[ws[j]].kind in ("scale", "dozen"):
            scale = t.words[ws[j]].value
            return mult[0] * scale, j + 1, mult[1] * scale
        if w == "several" or w == "a":  # "several soldiers", "a few protesters"; plain "few" is none
            return mult[0], j, mult[1]
        return None
    if w in t.words and t.words[w].kind == "vague":
        low, j = t.words[w].value, k + 1
        # a vague number of a vague number ("tens of" + "thousands")
        if j + 1 < n and ws[j] == "of" and ws[j + 1] in t.words and t.words[ws[j + 1]].kind == "vague":
            scale = t.words[ws[j + 1]].value // 2  # "thousands" is stored as 2000
            if scale >= 1000:
                return low * scale, j + 2, _OPEN
        return low, j, _OPEN
    return _read_words(ws, k, t)


def _read_words(ws: list[str], k: int, t: Tables) -> tuple[int, int, int | None] | None:
    """Numbers in words: "twenty-five", "a hundred", "two thousand five hundred", "a dozen"."""
    n = len(ws)
    j = k
    if ws[j] in ("a", "an", "one") and j + 1 < n and ws[j + 1] in t.words and t.words[ws[j + 1]].kind in (
        "scale",
        "dozen",
    ):
        j += 1
        current, total, seen = 1, 0, True
    else:
        current, total, seen = 0, 0, False
    last_kind = ""
    while j < n:
        w = ws[j]
        word = t.words.get(w)
        if word is None or word.kind == "vague":
            if w == "-" and last_kind == "ten" and j + 1 < n and ws[j + 1] in t.words:
                j += 1
                continue
            if w == "and" and last_kind == "scale" and j + 1 < n and ws[j + 1] in t.words and t.words[
                ws[j + 1]
            ].kind in ("unit", "ten"):
                j += 1
                continue
            break
        if word.kind in ("unit", "ten"):
            if last_kind in ("unit",) or (last_kind == "ten" and word.kind == "ten"):
                break
            current += word.value
        elif word.kind == "dozen":
            current = max(current, 1) * 12
        elif word.value == 100:
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * word.value
            current = 0
        seen = True
        last_kind = word.kind if word.kind != "dozen" else "scale"
        j += 1
    if not seen:
        return None
    return total + current, j, None


def _bounds(value: int, kind: str | None) -> tuple[int | None, int | None, int | None]:
    if kind == "more":
        return value + 1, value + 1, None
    if kind == "atleast":
        return value, value, None
    if kind == "almost":
        return 9 * value // 10, value - 1, value - 1
    if kind == "about":
        return None, value, None
    if kind == "upto":
        return None, value, value
    if kind == "fewer":
        return None, value - 1, value - 1
    return value, value, value


def read_figure(ws: list[str], k: int, t: Tables | None = None) -> Figure | None:
    """Read a figure whose number starts at ``ws[k]``; the qualifier before it is included.

    ``ws`` are lower-cased token texts of one sentence. Returns None when no number starts there.
    """
    t = t or tables()
    first = _read_plain(ws, k, t)
    if first is None:
        return None
    value, end, vague_high = first
    qual_kind: str | None = None
    qual_start = k
    qual_text: str | None = None
    for size in range(t.longest_qualifier, 0, -1):
        if k - size < 0:
            continue
        phrase = tuple(ws[k - size : k])
        if phrase in t.qualifiers:
            qual_kind, qual_start, qual_text = t.qualifiers[phrase], k - size, " ".join(phrase)
            break
    between = k > 0 and ws[k - 1] == "between"
    # ranges: "20 to 30", "20-30", "five or six", "between 20 and 30"
    if end + 1 < len(ws) and (ws[end] in _RANGE_WORDS or (between and ws[end] == "and")):
        second = _read_plain(ws, end + 1, t)
        if second is not None and second[2] is None and vague_high is None and second[0] > value:
            hi = second[0]
            start = k - 1 if between else qual_start
            return Figure(start, second[1], value, (value + hi) // 2, hi, "between" if between else qual_text,
                          False)
    if end + 1 < len(ws) and ws[end] == "or" and ws[end + 1] in ("more", "above"):
        return Figure(qual_start, end + 2, value, value, None, "or more", False)
    if vague_high == _OPEN:  # "dozens": 24 / 36 / none
        return Figure(qual_start, end, value, value * 3 // 2, None, qual_text, False)
    if vague_high is not None:
        if qual_kind in ("more", "atleast"):
            return Figure(qual_start, end, value, value, None, qual_text, False)
        return Figure(qual_start, end, value, value, vague_high, qual_text, False)
    low, best, high = _bounds(value, qual_kind)
    return Figure(qual_start, end, low, best, high, qual_text, qual_kind is None)
