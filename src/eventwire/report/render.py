"""Rich tables for summaries, events, quotes and single articles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import ArticleRecord, Event, Failure, Response
from ..store.base import ArticleRef, EventHit, QuoteHit
from .summary import Summary, trim

_QUADS = {1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict"}
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+|\n\s*\n")


def _table(title: str, *columns: str, wide: str | None = None) -> Table:
    """A table; with ``wide``, it fills the terminal and that column gets most of the room."""
    table = Table(title=title, title_justify="left", title_style="bold", expand=wide is not None,
                  min_width=len(title) + 2)
    for column in columns:
        if wide is None:
            table.add_column(column, overflow="fold", min_width=len(column))
        else:
            table.add_column(column, overflow="fold", ratio=2 if column == wide else 1,
                             min_width=None if column == wide else max(10, len(column)))
    return table


def ledger_table(title: str | Text, columns: Sequence[str], rows: Iterable[Sequence[str]], *,
                 wide: str, width: int) -> Table:
    """A table with a rule between rows, fitted to ``width`` terminal columns: every header
    keeps its whole word (down to the narrowest terminal that can hold all headers), the other
    columns get their natural width where there is room, and ``wide`` gets what is left.
    Cells are shown literally (no Rich markup from articles)."""
    rows = [list(r) for r in rows]
    table = Table(title=title, show_lines=True)
    fitted = fit_widths(columns, rows, wide=columns.index(wide), width=width)
    for column, w in zip(columns, fitted, strict=True):
        table.add_column(column, overflow="fold", width=w)
    for row in rows:
        table.add_row(*(Text(c) for c in row))
    return table


def fit_widths(columns: Sequence[str], rows: Sequence[Sequence[str]], *, wide: int, width: int) -> list[int]:
    """Content widths for a bordered table of ``columns`` within ``width`` characters: start
    each column at its header's length, then hand out the room left one character at a time,
    as much to the ``wide`` column as to all the others together, never past a column's natural width."""
    natural = [max([len(c), *(max((len(x) for x in str(r[i]).split("\n")), default=0) for r in rows)])
               for i, c in enumerate(columns)]
    room = width - (3 * len(columns) + 1)  # "│ " before each cell, " " after, one closing "│"
    if sum(natural) <= room:
        return natural
    widths = [len(c) for c in columns]
    left = room - sum(widths)
    while left > 0:
        growing = [i for i, w in enumerate(widths) if w < natural[i]]
        if not growing:
            break
        for i in growing:
            step = min(len(columns) - 1 if i == wide else 1, natural[i] - widths[i], left)
            widths[i] += step
            left -= step
            if not left:
                break
    return widths


def _row(table: Table, *cells: str | Text) -> None:
    """Add a row; plain strings are shown literally (article text may contain [brackets])."""
    table.add_row(*(Text(c) if isinstance(c, str) else c for c in cells))


def _or_none(table: Table) -> RenderableType:
    """The table, or one dim line when it has no rows."""
    if table.row_count:
        return table
    title = table.title if isinstance(table.title, str) else "rows"
    return Text(f"{title}: none", style="dim")


def summary(s: Summary) -> RenderableType:
    a = s.articles
    dates = f"{a.first_published or '?'} → {a.last_published or '?'}" if a.count else "—"
    pubs = ", ".join(f"{name} ({n})" for name, n in a.publishers[:8]) or "—"
    head = Text.assemble(
        ("Articles ", "bold"), f"{a.count}   ", ("originals ", "bold"), f"{a.originals}   ",
        ("republished copies ", "bold"), f"{a.copies}\n", ("Published ", "bold"), f"{dates}\n",
        ("Publishers ", "bold"), f"{pubs}\n",
        ("Events ", "bold"), f"{s.events}   ", ("Quotes ", "bold"), f"{s.quotes}   ",
        ("Claims ", "bold"), f"{s.claims}   ", ("Failures ", "bold"), f"{s.failures}",
    )
    parts: list[RenderableType] = [Panel(head, title="eventwire summary", expand=False)]
    types = _table("Events by PLOVER type", "type", "events")
    for name, n in s.event_types:
        _row(types, name, str(n))
    parts.append(_or_none(types))
    pairs = _table("Top actor pairs", "source → target", "events", "cooperation", "conflict")
    for p in s.actor_pairs:
        _row(pairs, f"{p.source} → {p.target}", str(p.events), str(p.cooperation), str(p.conflict))
    parts.append(_or_none(pairs))
    quotes = _table("Notable quotes", "speaker", "role", "quote")
    for q in s.notable_quotes:
        role = ", ".join(x for x in (q.role, q.affiliation) if x) or (q.actor_code or "")
        text = f"“{q.text}”" if q.kind == "direct" else q.text
        _row(quotes, q.speaker or "(unattributed)", role, text)
    parts.append(_or_none(quotes))
    status = ", ".join(f"{name} {n}" for name, n in s.claim_statuses) or "none"
    claims = _table(f"Claims ({status})", "claimant", "accused", "claim", "status", "responses")
    for c in s.top_claims:
        _row(claims, c.claimant or "?", ", ".join(c.accused) or "?", c.proposition, c.status,
                       str(c.responses))
    parts.append(_or_none(claims))
    if s.failure_kinds:
        table = _table(f"Failures ({s.failures})", "stage", "inputs", "reason", "e.g.")
        for k in s.failure_kinds:
            _row(table, k.stage, str(k.inputs), trim(k.reason, 160), k.example)
        parts.append(table)
    return Group(*parts)


def failures(items: list[Failure], title: str = "Failures") -> Table:
    table = _table(title, "stage", "input", "reason")
    for f in items:
        _row(table, f.stage, f.input or "", trim(f.reason, 200))
    return table


def _actors(actors: list[object]) -> str:
    names = []
    for a in actors:
        code = getattr(a, "actor_code", None)
        text = getattr(a, "text", "")
        names.append(f"{text} [{code}]" if code else str(text))
    return "; ".join(names)


def events(hits: list[EventHit]) -> Table:
    table = _table(f"Events ({len(hits)})", "date", "type", "source", "target", "place", "evidence",
                   wide="evidence")
    for h in hits:
        e = h.event
        date = (e.date.value if e.date and e.date.value else None) or (h.article.published or "")[:10]
        marks = (("negated", e.negated), ("hypothetical", e.hypothetical), ("reported", e.reported))
        flags = "".join(f" [{w}]" for w, on in marks if on)
        place = e.place.name or e.place.text if e.place else ""
        if h.distance_km is not None:
            place += f" ({h.distance_km:.0f} km)"
        _row(table, date, f"{e.type}{flags}\n{e.cameo or ''} {_QUADS.get(e.quad_class or 0, '')}",
                      _actors(list(e.source)), _actors(list(e.target)), place,
                      Text.assemble(_evidence(e), "\n", (e.id, "dim")))
    return table


def _evidence(e: Event, limit: int = 300) -> Text:
    """The event's sentence with its trigger underlined, on one line, cut at ``limit``."""
    sentence = Text(" ".join(e.sentence.text.split()) if "\n" in e.sentence.text else e.sentence.text)
    start, end = e.trigger.start - e.sentence.start, e.trigger.end - e.sentence.start
    if 0 <= start < end <= len(sentence) and "\n" not in e.sentence.text:
        sentence.stylize("bold underline", start, end)
    sentence.truncate(limit, overflow="ellipsis")
    return sentence


def quotes(hits: list[QuoteHit], text: str | None = None) -> Table:
    """Quotes; with the article ``text``, each shows its whole evidence sentence."""
    table = _table(f"Quotes ({len(hits)})", "speaker", "role", "kind", "quote", "id", wide="quote")
    for h in hits:
        q, s = h.quote, h.quote.speaker
        who = (s.name or s.text or "") if s else ""
        role = ", ".join(x for x in ((s.role, s.affiliation, s.actor_code) if s else ()) if x)
        shown = evidence(text, q.content.start, q.content.end) if text else q.content.text
        _row(table, who, role, q.kind, trim(shown, 300), q.id)
    return table


def evidence(text: str, start: int, end: int) -> str:
    """The sentence (roughly: between sentence-final punctuation) around ``text[start:end]``."""
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        left = m.end()
    after = _SENTENCE_END.search(text, end)
    right = after.start() + 1 if after else len(text)
    return text[left:right].strip()


def article(r: ArticleRecord, elsewhere: dict[str, list[Response]] | None = None) -> RenderableType:
    """One article with evidence; ``elsewhere``: claim id → responses in other stored articles."""
    prov = r.provenance
    head = Text.assemble(
        (r.title or "(untitled)", "bold"), "\n",
        f"id {r.id} · {r.published or 'undated'} · {r.source or 'unknown source'}",
        f" · {r.url}" if r.url else "",
        f"\nrepublishes {prov.republished_from}" if prov.republished_from else "",
        f"\nindependent sources: {prov.independent_sources}" if prov.independent_sources else "",
    )
    parts: list[RenderableType] = [Panel(head, expand=False)]
    parts.append(_or_none(events([EventHit(article=_ref(r), event=e) for e in r.events])))
    parts.append(_or_none(quotes([QuoteHit(article=_ref(r), quote=q) for q in r.quotes], r.text)))
    claims = _table(f"Claims ({len(r.claims)})", "claimant", "accused", "status", "claim", "responses")
    for c in r.claims:
        answers = [*c.responses, *(elsewhere or {}).get(c.id, [])]
        responses = "\n".join(
            f"{x.kind}{f' (in {x.article_id})' if x.article_id else ''}: {trim(x.span.text, 120)}"
            for x in answers
        )
        _row(claims, _actors([c.claimant] if c.claimant else []), _actors(list(c.accused)), c.status,
                       trim(evidence(r.text, c.proposition.start, c.proposition.end), 200), responses)
    parts.append(_or_none(claims))
    refs = sum(p.kind in ("demonym", "metonym") for p in r.places)  # "Russian", "Moscow said": no scene
    title = f"Places ({len(r.places) - refs}" + (f", and {refs} references to places)" if refs else ")")
    places = _table(title, "place", "resolved", "lat, lon", "evidence")
    for p in r.places:
        where = ", ".join(x for x in (p.name, p.admin1, p.country) if x) or (p.reason or "unresolved")
        if p.kind in ("demonym", "metonym"):
            where = f"{where} ({p.kind})"
        latlon = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else ""
        _row(places, p.text, where, latlon, trim(evidence(r.text, p.start, p.end), 200))
    parts.append(_or_none(places))
    if r.failures:
        parts.append(failures(r.failures))
    return Group(*parts)


def _ref(r: ArticleRecord) -> ArticleRef:
    return ArticleRef(id=r.id, title=r.title, published=r.published, source=r.source)

