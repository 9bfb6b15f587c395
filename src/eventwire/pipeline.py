"""Run articles through the NLP layer and the registered stages, in one or many processes.

>>> pipe = Pipeline(PipelineConfig())                       # doctest: +SKIP
>>> for record in pipe.run(articles, processes=2): ...      # doctest: +SKIP

A parse or a stage that raises on one article is recorded in ``record.failures`` and the
article and the batch go on (an article whose parse failed comes back with the failure and
no analysis). Records come back in input order. Worker processes exit when the process
that started them dies.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .model import Article, ArticleRecord, Boilerplate, Failure, Note
from .nlp import Parser, boilerplate, load_nlp
from .nlp.document import ParsedDoc
from .nlp.language import Language
from .nlp.language import detect as detect_language
from .orphans import exit_with_parent
from .stages import DEFAULT_STAGES, Analysis, Stage, check_order, create


@dataclass(slots=True)
class PipelineConfig:
    stages: tuple[str, ...] = DEFAULT_STAGES
    model: str | None = None  # spaCy pipeline name; default: en_core_web_sm or its PyPI twin
    parse: str = "selective"  # selective | full (see eventwire.nlp.parse)
    chunk: int = 32  # articles parsed together
    options: dict[str, dict[str, Any]] = field(default_factory=dict)  # per-stage options


class Pipeline:
    """Builds the stages once and runs articles through them."""

    def __init__(self, config: PipelineConfig | None = None, *, nlp: Any = None) -> None:
        self.config = config or PipelineConfig()
        self.stages: list[Stage] = [
            create(name, **self.config.options.get(name, {})) for name in self.config.stages
        ]
        check_order(self.stages)
        self._nlp = nlp
        self._parser: Parser | None = None
        self.timings: dict[str, float] = {}

    @property
    def parser(self) -> Parser:
        if self._parser is None:
            nlp = self._nlp if self._nlp is not None else load_nlp(self.config.model)
            cues = self.cue_words() if self.config.parse == "selective" else frozenset()
            self._parser = Parser(nlp, cues, mode=self.config.parse)
        return self._parser

    @property
    def ext_schemas(self) -> dict[str, dict[str, Any]]:
        """The JSON Schema fragments plug-in stages declare for their ``record.ext`` output."""
        out: dict[str, dict[str, Any]] = {}
        for stage in self.stages:
            fragment = getattr(stage, "ext_schema", None)
            if isinstance(fragment, dict):
                out[stage.name] = fragment
        return out

    def cue_words(self) -> frozenset[str]:
        """The words that earn a sentence the full parse: those of every built-in stage and
        of every configured one, whichever of them run, so that a stage's output never
        depends on which other stages share the pipeline."""
        cues: set[str] = set()
        running = {stage.name: stage for stage in self.stages}
        for name in DEFAULT_STAGES:
            stage = running.get(name) or create(name, **self.config.options.get(name, {}))
            cues |= stage.cue_words
        for stage in self.stages:
            cues |= stage.cue_words
        return frozenset(cues)

    def analyse(self, article: Article) -> ArticleRecord:
        """Analyse one article."""
        return next(self._run_chunk([article]))

    def run(self, articles: Iterable[Article], *, processes: int = 1) -> Iterator[ArticleRecord]:
        """Analyse ``articles`` lazily, in input order, with ``processes`` worker processes."""
        if processes <= 1:
            yield from self._run_serial(articles)
            return
        global _worker
        forking = "fork" in mp.get_all_start_methods()
        ctx = mp.get_context("fork" if forking else "spawn")
        if forking:  # the workers inherit this pipeline, model loaded, instead of each loading it
            _ = self.parser
            _worker = self
        try:
            with ctx.Pool(processes, initializer=_init_worker, initargs=(self.config, os.getpid())) as pool:
                for records in pool.imap(_work, _chunks(articles, min(self.config.chunk, PARALLEL_CHUNK))):
                    yield from records
        finally:
            if forking:
                _worker = None

    def _run_serial(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        for chunk in _chunks(articles, self.config.chunk):
            yield from self._run_chunk(chunk)

    def _run_chunk(self, chunk: list[Article]) -> Iterator[ArticleRecord]:
        t0 = time.perf_counter()
        prepared = [_Prepared.of(a) for a in chunk]
        analysed = [p for p in prepared if p.supported]
        docs = dict(zip((id(p) for p in analysed), self._parse(analysed), strict=True))
        self._tick("parse", t0)
        for article, prep in zip(chunk, prepared, strict=True):
            record = ArticleRecord(
                id=article.id,
                text=article.text,
                title=article.title,
                published=article.published,
                url=article.url,
                source=article.source,
                notes=list(article.notes),
                language=prep.language.code if prep.language else None,
            )
            doc = docs.get(id(prep)) or ParsedDoc(text=prep.text)  # unsupported: nothing to read
            if not prep.supported:
                record.notes.append(prep.language_note())
            if isinstance(doc, Failure):
                record.failures.append(doc)
                yield record
                continue
            record.notes.extend(doc.notes)
            self._run_stages(Analysis(article=article, doc=doc, record=record))
            record.provenance.boilerplate = prep.boilerplate
            yield record

    def _parse(self, chunk: list[_Prepared]) -> list[ParsedDoc | Failure]:
        """The chunk's parses; when the chunk fails, each article alone, so that one bad
        article costs only its own analysis."""
        texts = [p.text for p in chunk]
        try:
            return list(self.parser.parse_many(texts, chunk=len(chunk) or 1))
        except Exception:  # one of the texts broke the parser: find which
            pass
        docs: list[ParsedDoc | Failure] = []
        for prep in chunk:
            try:
                docs.append(self.parser.parse(prep.text))
            except Exception as exc:
                docs.append(Failure(stage="parse", reason=f"{type(exc).__name__}: {exc}", input=prep.id))
        return docs

    def _run_stages(self, analysis: Analysis) -> None:
        record = analysis.record
        for stage in self.stages:
            t1 = time.perf_counter()
            try:
                stage(analysis)
            except Exception as exc:  # a stage failure is recorded, never fatal
                record.failures.append(
                    Failure(stage=stage.name, reason=f"{type(exc).__name__}: {exc}", input=record.id)
                )
            self._tick(stage.name, t1)

    def _tick(self, name: str, since: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - since


@dataclass(slots=True)
class _Prepared:
    """What the parser reads of an article: its text with the boilerplate blanked out (same
    offsets), the boilerplate found, and the language (only English is analysed)."""

    id: str
    text: str
    boilerplate: list[Boilerplate]
    language: Language | None

    @classmethod
    def of(cls, article: Article) -> _Prepared:
        parts = boilerplate.find(article.text)
        text = boilerplate.mask(article.text, parts)
        return cls(article.id, text, parts, detect_language(text))

    @property
    def supported(self) -> bool:
        return self.language is None or self.language.supported

    def language_note(self) -> Note:
        code = self.language.code if self.language else "?"
        return Note("language", "unsupported_language",
                    f"unsupported language: the text reads as {code!r}, not English; it was not analysed")


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_worker: Pipeline | None = None
# articles a worker process takes at a time: small, so that two workers finish together (with
# chunks of 32, 200 articles are 7 chunks, 4 for one worker and 3 for the other)
PARALLEL_CHUNK = 8


def _init_worker(config: PipelineConfig, parent: int) -> None:
    """A worker's pipeline: the parent's, inherited across ``fork`` (its SQLite gazetteer
    reopens its connection per process), else built here."""
    global _worker
    exit_with_parent(parent)
    if _worker is None:
        _worker = Pipeline(config)


def _work(chunk: list[Article]) -> list[ArticleRecord]:
    assert _worker is not None
    return list(_worker._run_chunk(chunk))
