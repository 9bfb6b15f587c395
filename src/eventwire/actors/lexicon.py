"""Token-sequence dictionary: find table forms in a text in one left-to-right pass.

Forms and texts are cut with the same small tokenizer (runs of letters/digits, or one
other non-space character), so matching does not depend on spaCy's tokenization.
Entries are indexed by their lower-cased first token; at each text position only the
forms starting with that token are tried, longest first, so a pass is linear in the text.

Case rules, per form:

- ``exact``: short all-capital acronyms ("US", "ELN", "U.S.") match only as written;
- ``cap``: forms that start with a capital ("Colombia") need a capital in the text;
- ``any``: lower-case forms ("troops", "defense minister") match in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")

_TOKEN_RE = re.compile(r"[^\W_]+|[^\w\s]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


class Tok(NamedTuple):
    """A token of the dictionary tokenizer: character offsets and text."""

    start: int
    end: int
    text: str
    lower: str


def tokenize(text: str) -> list[Tok]:
    """Cut ``text`` into word and punctuation tokens (linear; apostrophes normalised)."""
    norm = text.translate(_APOSTROPHES)
    lowered = norm.lower()
    if len(lowered) != len(norm):  # a few characters change length when lower-cased
        return [Tok(m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN_RE.finditer(norm)]
    out = []
    for m in _TOKEN_RE.finditer(norm):
        a, b = m.span()
        out.append(Tok(a, b, norm[a:b], lowered[a:b]))
    return out


def span_text(toks: list[Tok], first: int, last: int) -> str:
    """The text of tokens ``[first, last)`` with one space wherever the article had any."""
    parts = [toks[first].text]
    for k in range(first + 1, last):
        if toks[k].start > toks[k - 1].end:
            parts.append(" ")
        parts.append(toks[k].text)
    return "".join(parts)


def _case_mode(form: str) -> str:
    letters = [c for c in form if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    if form[:1].isupper():
        return "cap"
    return "any"


def _caps_word(tok: Tok) -> bool:
    return len(tok.text) >= 3 and tok.text.isalpha() and tok.text.isupper()


def _shouting(toks: list[Tok], i: int, k: int) -> bool:
    """Whether the match at tokens ``[i, i+k)`` is written in capitals inside capitals."""
    if not toks[i].text.isupper():
        return False
    before = toks[i - 1] if i > 0 else None
    after = toks[i + k] if i + k < len(toks) else None
    return (before is not None and _caps_word(before)) or (after is not None and _caps_word(after))


@dataclass(slots=True)
class NameMatch(Generic[T]):
    """A dictionary hit: token range ``[first, last)`` of the tokenized text and its values."""

    first: int
    last: int
    values: list[T]
    form: str


@dataclass(slots=True)
class _Form(Generic[T]):
    words: tuple[str, ...]
    raw: tuple[str, ...]
    mode: str
    values: list[T] = field(default_factory=list)


class NameLexicon(Generic[T]):
    """Maps surface forms to values (several values may share a form)."""

    def __init__(self) -> None:
        self._index: dict[str, list[_Form[T]]] = {}
        self._forms: dict[tuple[tuple[str, ...], str], _Form[T]] = {}

    def __len__(self) -> int:
        return len(self._forms)

    def add(self, form: str, value: T, *, replace: bool = False) -> None:
        """Add ``value`` under ``form``; ``replace`` drops values added earlier for it."""
        toks = tokenize(form.strip())
        if not toks:
            return
        words = tuple(t.lower for t in toks)
        mode = _case_mode(form.strip())
        key = (words, mode)
        entry = self._forms.get(key)
        if entry is None:
            entry = _Form(words, tuple(t.text for t in toks), mode)
            self._forms[key] = entry
            bucket = self._index.setdefault(words[0], [])
            bucket.append(entry)
            bucket.sort(key=lambda f: -len(f.words))
        if replace:
            entry.values.clear()
        if value not in entry.values:
            entry.values.append(value)

    def values(self) -> Iterator[T]:
        """Every value, once per form it is stored under."""
        for form in self._forms.values():
            yield from form.values

    def add_all(self, forms: Iterable[str], value: T) -> None:
        for form in forms:
            self.add(form, value)

    def match_at(self, toks: list[Tok], i: int) -> NameMatch[T] | None:
        """Longest form starting at token ``i``, or None."""
        bucket = self._index.get(toks[i].lower)
        if not bucket:
            return None
        n = len(toks)
        for form in bucket:
            k = len(form.words)
            if i + k > n or not form.values:
                continue
            ok = True
            for j in range(1, k):
                a, b = toks[i + j - 1], toks[i + j]
                if b.lower != form.words[j] or (b.start - a.end > 1):
                    ok = False
                    break
            if not ok or not self._case_ok(form, toks, i):
                continue
            return NameMatch(i, i + k, list(form.values), " ".join(form.raw))
        return None

    @staticmethod
    def _case_ok(form: _Form[T], toks: list[Tok], i: int) -> bool:
        if form.mode == "any":
            return True
        if _shouting(toks, i, len(form.words)):
            return False  # "VIOLENCE IS BECOMING", "BAN FROM OLYMPICS": a headline in capitals
        if form.mode == "cap":
            return toks[i].text[:1].isupper()
        return all(toks[i + j].text == form.raw[j] for j in range(len(form.raw)))

    def scan(self, toks: list[Tok], first: int = 0, last: int | None = None) -> list[NameMatch[T]]:
        """Greedy longest, non-overlapping matches over tokens ``[first, last)``."""
        end = len(toks) if last is None else last
        out: list[NameMatch[T]] = []
        i = first
        while i < end:
            m = self.match_at(toks, i)
            if m is not None and m.last <= end:
                out.append(m)
                i = m.last
            else:
                i += 1
        return out
