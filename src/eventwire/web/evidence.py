"""The article evidence view: the text cut into segments, each covered by the highlights
(actors, event triggers, quotes, places, claims, counts) of the records that point at it,
and a short readable card for each record (shown on hover or click)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from ..model import ActorMention, ArticleRecord, Claim, Count, Event, Place, Quote

KINDS = ("actor", "trigger", "quote", "place", "claim", "count")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    keys: tuple[str, ...]  # records covering it, outermost first
    kinds: tuple[str, ...]


def _actors(mentions: list[ActorMention]) -> str:
    return "; ".join(f"{m.text} → {m.name}" + (f" [{m.actor_code}]" if m.actor_code else "")
                     for m in mentions)


def _sentence(text: str, start: int) -> str:
    """The line-bounded sentence around ``start`` (for records that do not carry one)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return text[left + 1 if left >= 0 else 0:right].strip()


def _event(e: Event) -> list[tuple[str, str]]:
    flags = [name for name in ("negated", "hypothetical", "reported") if getattr(e, name)]
    rows = [("type", e.type + (f" ({', '.join(e.mode)})" if e.mode else "")),
            ("CAMEO / QuadClass / Goldstein", f"{e.cameo or '-'} / {e.quad_class or '-'} / {e.goldstein}"),
            ("source", _actors(e.source) or "-"), ("target", _actors(e.target) or "-"),
            ("flags", ", ".join(flags) or "none"),
            ("date", f"{e.date.value} ({e.date.basis})" if e.date and e.date.value else "-"),
            ("place", f"{e.place.name} ({e.place.country})" if e.place and e.place.name else "-")]
    return [*rows, ("sentence", e.sentence.text)]


def _claim(c: Claim) -> list[tuple[str, str]]:
    rows = [("status", c.status), ("claimant", _actors([c.claimant]) if c.claimant else "-"),
            ("accused", _actors(c.accused) or "-"), ("proposition", c.proposition.text)]
    rows += [(f"response: {r.kind}", (_actors([r.responder]) + ": " if r.responder else "") + r.span.text)
             for r in c.responses]
    return rows


def _quote(q: Quote) -> list[tuple[str, str]]:
    s = q.speaker
    who = "-" if s is None else f"{s.text or '(no mention)'} → {s.name or '?'}" + (
        f" [{s.actor_code}]" if s.actor_code else "")
    return [("kind", q.kind), ("speaker", who), ("role", (s.role if s else None) or "-"),
            ("content", q.content.text)]


def _place(p: Place) -> list[tuple[str, str]]:
    where = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "-"
    return [("name", p.name or "-"), ("kind", p.kind), ("country", p.country or "-"), ("coordinates", where)]


def _actor(a: ActorMention) -> list[tuple[str, str]]:
    return [("name", a.name), ("code", a.actor_code or "-"), ("kind", a.kind),
            ("country", a.country or "-"), ("role", a.role or "-")]


def _count(c: Count) -> list[tuple[str, str]]:
    return [("category", c.category), ("low / best / high", f"{c.low} / {c.best} / {c.high}"),
            ("qualifier", c.qualifier or "-")]


def marks(record: ArticleRecord) -> tuple[list[tuple[int, int, str, str]], dict[str, dict[str, Any]]]:
    """(start, end, kind, key) of every highlight, and key -> card of its record."""
    found: list[tuple[int, int, str, str]] = []
    cards: dict[str, dict[str, Any]] = {}
    text = record.text

    def add(kind: str, key: str, start: int, end: int, title: str, rows: list[tuple[str, str]],
            sentence: str | None = None) -> None:
        if 0 <= start < end <= len(text):
            found.append((start, end, kind, key))
            cards[key] = {"kind": kind, "title": title, "rows": rows,
                          "sentence": sentence if sentence is not None else _sentence(text, start)}

    for i, a in enumerate(record.actors):
        add("actor", f"actor-{i}", a.start, a.end, f"actor: {a.text}", _actor(a))
    for e in record.events:
        add("trigger", f"event-{e.id}", e.trigger.start, e.trigger.end, f"event {e.type}: {e.trigger.text}",
            _event(e), e.sentence.text)
    for q in record.quotes:
        add("quote", f"quote-{q.id}", q.content.start, q.content.end, f"{q.kind} quote", _quote(q))
    for i, p in enumerate(record.places):
        add("place", f"place-{i}", p.start, p.end, f"place: {p.text}", _place(p))
    for c in record.claims:
        add("claim", f"claim-{c.id}", c.proposition.start, c.proposition.end, f"claim ({c.status})",
            _claim(c))
    for i, n in enumerate(record.counts):
        add("count", f"count-{i}", n.start, n.end, f"count: {n.text}", _count(n))
    return found, cards


def segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Segment]:
    """``text`` cut at every highlight boundary; each piece lists the highlights covering it
    (longest first, so a trigger inside a quote keeps both)."""
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    ordered = sorted(spans, key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[Segment] = []
    for lo, hi in itertools.pairwise(cuts):
        covering = [m for m in ordered if m[0] <= lo and m[1] >= hi]
        covering.sort(key=lambda m: -(m[1] - m[0]))
        kinds = tuple(dict.fromkeys(m[2] for m in covering))
        out.append(Segment(text[lo:hi], tuple(m[3] for m in covering), kinds))
    return out
