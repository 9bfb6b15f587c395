"""Training examples for the event judge: the rules' candidate events on training texts,
with their features and a label read from annotations.

- **Real articles** annotated under the real-news guide (``events-train.jsonl``): a
  candidate whose trigger overlaps an annotated trigger (else: lies in its sentence with
  the same type) takes that event's type, or ``FLAG`` when the annotated act is negated or
  hypothetical; any other candidate is ``NONE`` (not an event). Non-political annotated
  events are left out.
- **Synthetic stories** (``plover-synthetic.jsonl``, one labelled type each; weak
  supervision): a candidate in the title or first sentence whose lemma can carry the
  story's type in the lexicon takes that type. Other candidates give no label: a story
  about one act often reports others.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..evaluation.gold import read_gold
from ..model import Article, Event
from ..nlp.document import ParsedDoc
from ..pipeline import Pipeline, PipelineConfig
from .draft import EventDraft
from .judge import FLAG, NONE
from .stage import EventStage

LEAD_SENTENCES = 2  # the synthetic stories' text kept after the title
STAGES = ("actors", "events")


@dataclass(slots=True)
class Candidate:
    article: str
    features: list[str]
    event: Event
    lemmas: frozenset[str]  # what the lexicon lets the trigger word be
    entry_type: str = ""  # the lexicon row's type (the event's type may come from its modality)
    label: str | None = None
    weight: float = 1.0
    group: str = ""  # the fold key: examples of one article stay together


@dataclass(slots=True)
class Collector:
    """Runs the rules (no judge) and keeps every candidate they propose, per article."""

    nlp: Any = None  # a loaded spaCy pipeline to share (None: load the default one)
    pipeline: Pipeline | None = None
    found: dict[str, list[Candidate]] = field(default_factory=dict)
    _current: str = ""
    _types: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        config = PipelineConfig(stages=STAGES, options={"events": {"judge": False}})
        self.pipeline = Pipeline(config, nlp=self.nlp)
        stage = next(s for s in self.pipeline.stages if isinstance(s, EventStage))
        stage.observer = self._observe
        self._types = {
            lemma: {e.type for x in ("V", "N") for e in stage.lexicon.lookup(lemma, x)}
            for (lemma, _) in stage.lexicon.entries
        }

    def _observe(self, doc: ParsedDoc, d: EventDraft, event: Event, features: list[str]) -> None:
        types = frozenset(self._types.get(d.entry.lemma, set()) | {event.type})
        cand = Candidate(self._current, features, event, types, d.entry.type, group=self._current)
        self.found.setdefault(self._current, []).append(cand)

    def run(self, articles: Iterable[Article]) -> dict[str, list[Candidate]]:
        for article in articles:
            self._current = article.id
            self.found.setdefault(article.id, [])
            assert self.pipeline is not None
            self.pipeline.analyse(article)
        return self.found


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def label_real(gold: dict[str, Any], cands: list[Candidate]) -> None:
    """Label the candidates of one annotated article (see the module doc)."""
    events = [g for g in gold.get("events") or [] if g.get("political") is not False]
    taken: set[int] = set()
    for c in cands:
        span = (c.event.trigger.start, c.event.trigger.end)
        hit = next(
            (
                k
                for k, g in enumerate(events)
                if _overlaps(span, (g["trigger"]["start"], g["trigger"]["end"]))
            ),
            None,
        )
        if hit is None:
            hit = next(
                (
                    k
                    for k, g in enumerate(events)
                    if k not in taken
                    and g["type"] == c.event.type
                    and g["sentence"]["start"] <= span[0] < g["sentence"]["end"]
                ),
                None,
            )
        if hit is None:
            c.label = NONE
            continue
        taken.add(hit)
        g = events[hit]
        c.label = FLAG if g.get("negated") or g.get("hypothetical") else str(g["type"])


def real_articles(path: Path) -> list[dict[str, Any]]:
    return read_gold(path)


def as_articles(gold: list[dict[str, Any]]) -> list[Article]:
    return [Article(id=str(r["id"]), text=r["text"], published=r.get("published")) for r in gold]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def synthetic_articles(
    path: Path, limit: int | None = None
) -> tuple[list[Article], dict[str, tuple[str, int]]]:
    """Title and first sentences of each synthetic story, and per story (label, end of its
    lead: the title and the first sentence)."""
    articles: list[Article] = []
    leads: dict[str, tuple[str, int]] = {}
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except OSError as exc:
        raise InputError(f"cannot read training file: {exc.strerror}", where=str(path)) from exc
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        title = str(rec.get("title") or "").strip()
        sentences = _SENTENCE_END.split(str(rec["text"]).strip())
        head = f"{title}.\n\n" if title and not title.endswith((".", "?", "!")) else f"{title}\n\n"
        text = head + " ".join(sentences[:LEAD_SENTENCES])
        sid = str(rec["id"])
        articles.append(Article(id=sid, text=text))
        leads[sid] = (str(rec["label"]), len(head) + len(sentences[0]))
        if limit is not None and len(articles) >= limit:
            break
    return articles, leads


def label_synthetic(lead: tuple[str, int], cands: list[Candidate], weight: float) -> None:
    label, end = lead
    for c in cands:
        if c.event.trigger.start < end and label in c.lemmas:
            c.label = label
            c.weight = weight
