"""A plain, picklable view of a parsed article: what stages read instead of spaCy objects.

Offsets are character offsets into the article text. Token indices are document-wide.
Sentences that were not given a full parse (see :mod:`eventwire.nlp.parse`) have tokens
with named entities but empty ``tag``/``pos``/``dep`` and ``head == i``; their
``Sentence.parsed`` is False.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..model import Note, Span


@dataclass(frozen=True, slots=True)
class Token:
    i: int  # document-wide index
    text: str
    start: int  # character offset into the article
    end: int
    lemma: str  # lower-cased lemma; the lower-cased text when the sentence was not parsed
    pos: str
    tag: str
    dep: str
    head: int  # document-wide index of the syntactic head (== i for the root)
    ent_type: str  # PERSON, ORG, GPE, NORP, ... or ''
    ent_iob: str  # B, I, O
    sent: int  # index of the sentence
    ws: bool  # followed by whitespace

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_punct(self) -> bool:
        return self.pos == "PUNCT" or (not self.pos and not any(c.isalnum() for c in self.text))


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int  # character offsets
    end: int
    first: int  # token index range [first, last)
    last: int
    parsed: bool


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    first: int  # token range [first, last)
    last: int
    sent: int


@dataclass(slots=True)
class ParsedDoc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # what the parser left out, and why
    _children: list[list[int]] | None = None
    _by_sentence: list[list[Entity]] | None = None

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of the article text; the span's text always matches the offsets."""
        return Span(start, end, self.text[start:end])

    def token_span(self, first: int, last: int) -> Span:
        """Span covering tokens ``[first, last)``."""
        return self.span(self.tokens[first].start, self.tokens[last - 1].end)

    def sentence_span(self, index: int) -> Span:
        s = self.sentences[index]
        return self.span(s.start, s.end)

    def sentence_tokens(self, index: int) -> list[Token]:
        s = self.sentences[index]
        return self.tokens[s.first : s.last]

    def children(self, i: int) -> list[int]:
        """Indices of the syntactic children of token ``i``, in text order."""
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.tokens]
            for tok in self.tokens:
                if tok.head != tok.i:
                    kids[tok.head].append(tok.i)
            self._children = kids
        return self._children[i]

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and all its descendants, in text order."""
        out: list[int] = []
        stack = [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children(j))
        return sorted(out)

    def ancestors(self, i: int) -> Iterator[int]:
        j = i
        while self.tokens[j].head != j:
            j = self.tokens[j].head
            yield j

    def token_at(self, char: int) -> Token | None:
        """The token covering character offset ``char`` (binary search)."""
        lo, hi = 0, len(self.tokens)
        while lo < hi:
            mid = (lo + hi) // 2
            tok = self.tokens[mid]
            if tok.end <= char:
                lo = mid + 1
            elif tok.start > char:
                hi = mid
            else:
                return tok
        return None

    def sentence_of_char(self, char: int) -> int | None:
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= char:
                lo = mid + 1
            elif s.start > char:
                hi = mid
            else:
                return mid
        return None

    def entities_in(self, sent: int) -> list[Entity]:
        """The named entities of sentence ``sent``, in text order (indexed once)."""
        if self._by_sentence is None or len(self._by_sentence) != len(self.sentences):
            index: list[list[Entity]] = [[] for _ in self.sentences]
            for e in self.entities:
                index[e.sent].append(e)
            self._by_sentence = index
        return list(self._by_sentence[sent])
