"""Claim commands: ``claims`` (a ledger of accusations and their status) and ``disputes``
(dispute threads between two actors), over the records of a store.

Republished copies of stored articles (``provenance.republished_from`` set) are left out of
both: a copy reports nothing new. ``disputes`` finds its articles through the store's indexed
queries (claims between the two codes, REJECT/ACCUSE events between them) and builds its
threads with :func:`eventwire.claims.threads.build_threads` — the one cross-article linking it
uses (the store's own ``ClaimHit.elsewhere`` links are not added on top, so that no answer is
listed twice).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import click
from rich.console import Console
from rich.text import Text

from ..claims.threads import Thread, ThreadStep, build_threads
from ..events.types import Plover
from ..model import ActorMention, ArticleRecord, Claim
from ..report.render import ledger_table
from ..store import EventFilter, Store
from .database import open_existing
from .safe import clean, json_line, scrub

STATUSES = ("asserted", "evidence_not_shown", "evidence_cited", "disputed", "denied", "confirmed")
_db = click.option("--db", "db", metavar="PATH", default=None,
                   help="Store to read: a file path or postgresql://..."
                   " (default: $EVENTWIRE_DB, else ./eventwire.db).")
_json = click.option("--json", "as_json", is_flag=True, help="Print JSON Lines instead of a table.")


def _who(m: ActorMention | None) -> str:
    if m is None:
        return "?"
    code = m.code or m.country
    name = m.name or m.text
    return f"{name} ({code})" if code else name


def _involves(claim: Claim, actor: str) -> bool:
    want = actor.lower()
    for m in [claim.claimant, *claim.accused]:
        if m is None:
            continue
        if want in ((m.code or "").lower(), (m.country or "").lower(), (m.actor_code or "").lower()):
            return True
        if len(want) > 3 and want in (m.name or m.text).lower():
            return True
    return False


def ledger(records: Iterable[ArticleRecord], actor: str | None = None,
           status: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per stored claim, oldest first within each article, filtered by actor and status."""
    for record in records:
        if record.provenance.republished_from:  # a copy of a stored article
            continue
        for claim in record.claims:
            if actor and not _involves(claim, actor):
                continue
            if status and claim.status != status:
                continue
            yield {
                "date": claim.date.value if claim.date else (record.published or "")[:10] or None,
                "claimant": _who(claim.claimant),
                "accused": [_who(m) for m in claim.accused],
                "proposition": claim.proposition.text,
                "status": claim.status,
                "hedges": [h.text for h in claim.hedges],
                "responses": [
                    {"kind": r.kind, "responder": _who(r.responder), "text": r.span.text,
                     "article_id": r.article_id or record.id}
                    for r in claim.responses
                ],
                "article_id": record.id,
                "claim_id": claim.id,
            }


@click.command("claims")
@_db
@click.option("--actor", metavar="CODE", default=None,
              help="Only claims by or about this actor (code or name).")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only claims with this status.")
@_json
def claims(db: str | None, actor: str | None, status: str | None, as_json: bool) -> None:
    """A ledger of claims: who accused whom of what, the evidence status and the answers."""
    with open_existing(db) as store:
        rows = sorted(ledger(store.iter_records(), actor, status), key=lambda r: r["date"] or "")
    if as_json:
        for row in rows:
            click.echo(json_line(row))
        return
    rows = scrub(rows)
    console = Console()  # cells shown literally: no Rich markup from articles
    cells = ([cell(row) for cell in _LEDGER_COLUMNS.values()] for row in rows)
    console.print(ledger_table(f"Claims ({len(rows)})", list(_LEDGER_COLUMNS), cells, wide="claim",
                               width=console.width))


# the ledger table's columns: header → the cell of a ledger row
_LEDGER_COLUMNS: dict[str, Callable[[dict[str, Any]], str]] = {
    "date": lambda row: row["date"] or "",
    "claimant": lambda row: row["claimant"],
    "accused": lambda row: "; ".join(row["accused"]),
    "claim": lambda row: row["proposition"],
    "status": lambda row: row["status"],
    "hedges": lambda row: "; ".join(row["hedges"]),
    "answers": lambda row: "\n".join(
        f"{r['kind']}: {r['responder']} — {r['text']}" for r in row["responses"]
    ),
    "article": lambda row: row["article_id"],
}


def dispute_records(store: Store, a: str, b: str) -> list[ArticleRecord]:
    """The stored original articles with a claim or a REJECT/ACCUSE event between codes ``a``
    and ``b`` (either way), in id order (threads sort by date), found through the store's indexes."""
    a, b = a.upper(), b.upper()
    ids = {hit.article.id for hit in store.claims(between=(a, b))}
    for src, tgt in ((a, b), (b, a)):
        for kind in (Plover.REJECT, Plover.ACCUSE):
            hits = store.events(EventFilter(source=src, target=tgt, type=kind, originals=True))
            ids |= {hit.article.id for hit in hits}
    records = [store.get(i) for i in sorted(ids)]
    return [r for r in records if r is not None and not r.provenance.republished_from]


def thread_dict(thread: Thread) -> dict[str, Any]:
    return {
        "a": thread.a, "b": thread.b, "subject": thread.subject, "start": thread.start, "end": thread.end,
        "steps": [
            {"date": s.date, "kind": s.kind, "actor": s.actor, "actor_name": s.actor_name, "text": s.text,
             "status": s.status, "article_id": s.article_id, "claim_id": s.claim_id, "event_id": s.event_id}
            for s in thread.steps
        ],
    }


@click.command("disputes")
@click.argument("a", metavar="CODE")
@click.argument("b", metavar="CODE")
@_db
@_json
def disputes(a: str, b: str, db: str | None, as_json: bool) -> None:
    """Dispute threads between two actors (codes such as COL RUS), with dates."""
    with open_existing(db) as store:
        threads = build_threads(dispute_records(store, a, b), a, b)
    if as_json:
        for t in threads:
            click.echo(json_line(thread_dict(t)))
        return
    console = Console()
    a, b = clean(a), clean(b)
    if not threads:
        console.print(Text(f"no claims or answers between {a.upper()} and {b.upper()}", style="dim"))
        return
    threads = scrub(threads)
    for n, t in enumerate(threads, start=1):
        cells = ([cell(s) for cell in _STEP_COLUMNS.values()] for s in t.steps)
        table = ledger_table(Text(f"Dispute {n}: {a.upper()} ↔ {b.upper()} — {', '.join(t.subject)} "
                                  f"({t.start or '?'} … {t.end or '?'})"),
                             list(_STEP_COLUMNS), cells, wide="text", width=console.width)
        console.print(table)


# a dispute table's columns: header → the cell of a thread step
_STEP_COLUMNS: dict[str, Callable[[ThreadStep], str]] = {
    "date": lambda s: s.date or "",
    "step": lambda s: s.kind,
    "by": lambda s: f"{s.actor_name} ({s.actor})" if s.actor_name else (s.actor or "?"),
    "text": lambda s: s.text,
    "status": lambda s: s.status or "",
    "article": lambda s: s.article_id,
}


commands: list[click.Command] = [claims, disputes]
