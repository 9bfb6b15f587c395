"""Training sentences for the event → place ranker, parsed once and kept as plain JSON.

Each line of ``event-location-train.jsonl`` is one sentence, the span of an event verb and
the span(s) of the place where it happened (none: no place). A sentence goes through the
same NLP layer and the same actors, events and places stages the pipeline runs (with every
sentence given the full parse, as a sentence holding an event trigger gets), and what the
ranker reads is kept: the parsed document, the sentence's places, the gold verb's token and
the type of the event the events stage found on it (if any). Parsing thousands of sentences
takes minutes; :func:`load_examples` writes the result to a cache file once and reads it
back on later runs (the cache names the training file's size and time, and is rebuilt when
they change).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import InputError
from ...evaluation.gold import read_gold
from ...model import Article, ArticleRecord, Place
from ...nlp.document import Entity, ParsedDoc, Sentence, Token
from ...stages import Analysis, create

STAGES = ("actors", "events", "places")
CACHE_VERSION = 1


@dataclass(slots=True)
class Example:
    """One training sentence: the parse, its places, the gold verb and the gold answer."""

    id: str
    doc: ParsedDoc
    places: list[Place]
    trigger: int  # token index of the gold event verb
    gold: list[tuple[int, int]]  # character spans of the gold place(s); empty: no place
    event_type: str | None = None  # type of the predicted event on the verb, if any
    peers: list[int] = field(default_factory=list)  # triggers of other events of that type
    source: str = ""  # the sub-corpus the sentence comes from (its labelling convention)


def parse_examples(path: Path, *, chunk: int = 64) -> Iterator[Example]:
    """Run the NLP layer and the stages up to places over the training sentences."""
    from ...nlp import Parser, load_nlp

    gold = read_gold(path)
    stages = [create(name) for name in STAGES]
    cues: set[str] = set()
    for stage in stages:
        cues |= stage.cue_words
    parser = Parser(load_nlp(), cues, mode="full")
    for lo in range(0, len(gold), chunk):
        batch = gold[lo : lo + chunk]
        for rec, doc in zip(batch, parser.parse_many([r["text"] for r in batch], chunk=chunk), strict=True):
            example = _analyse(rec, doc, stages)
            if example is not None:
                yield example


def _analyse(rec: dict[str, Any], doc: ParsedDoc, stages: list[Any]) -> Example | None:
    ev = rec.get("event") or {}
    try:
        start, end = int(ev["start"]), int(ev["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError("a training record needs an event span", where=str(rec.get("id"))) from exc
    article = Article(id=str(rec["id"]), text=doc.text)
    record = ArticleRecord(id=article.id, text=doc.text)
    analysis = Analysis(article=article, doc=doc, record=record)
    for stage in stages:
        stage(analysis)
    tok = doc.token_at(start)
    if tok is None:
        return None
    event_type = None
    for event in record.events:
        if event.trigger.start < end and start < event.trigger.end:
            event_type = event.type
            break
    peers = sorted({t.i for e in record.events if e.type == event_type and event_type
                    for t in [doc.token_at(e.trigger.start)] if t is not None and t.i != tok.i})
    gold = [(int(g["start"]), int(g["end"])) for g in rec.get("locations") or []]
    return Example(id=article.id, doc=doc, places=record.places, trigger=tok.i, gold=gold,
                   event_type=event_type, peers=peers)


def load_examples(path: Path, cache: Path | None = None) -> list[Example]:
    """The parsed training sentences of ``path``, from ``cache`` when it matches the file."""
    if not path.exists():
        raise InputError("training file not found", where=str(path))
    stamp = {"version": CACHE_VERSION, "size": path.stat().st_size, "mtime": int(path.stat().st_mtime)}
    sources = {str(r["id"]): str(r.get("source") or "") for r in read_gold(path)}
    examples: list[Example] = []
    if cache is not None and cache.exists():
        with cache.open(encoding="utf-8") as handle:
            head = json.loads(handle.readline())
            if head == stamp:
                examples = [_from_json(json.loads(line)) for line in handle if line.strip()]
    if examples:
        for ex in examples:
            ex.source = sources.get(ex.id, "")
        return examples
    examples = list(parse_examples(path))
    for ex in examples:
        ex.source = sources.get(ex.id, "")
    if cache is not None:
        with cache.open("w", encoding="utf-8") as handle:
            handle.write(json.dumps(stamp) + "\n")
            for ex in examples:
                handle.write(json.dumps(_to_json(ex)) + "\n")
    return examples


def _to_json(ex: Example) -> dict[str, Any]:
    doc = ex.doc
    return {
        "id": ex.id, "text": doc.text, "trigger": ex.trigger, "gold": ex.gold, "type": ex.event_type,
        "peers": ex.peers,
        "tokens": [dataclasses.astuple(t) for t in doc.tokens],
        "sentences": [dataclasses.astuple(s) for s in doc.sentences],
        "entities": [dataclasses.astuple(e) for e in doc.entities],
        "places": [dataclasses.asdict(p) for p in ex.places],
    }


def _from_json(row: dict[str, Any]) -> Example:
    doc = ParsedDoc(
        text=row["text"],
        tokens=[Token(*t) for t in row["tokens"]],
        sentences=[Sentence(*s) for s in row["sentences"]],
        entities=[Entity(*e) for e in row["entities"]],
    )
    return Example(id=row["id"], doc=doc, places=[Place(**p) for p in row["places"]],
                   trigger=row["trigger"], gold=[(int(a), int(b)) for a, b in row["gold"]],
                   event_type=row["type"], peers=row["peers"])
