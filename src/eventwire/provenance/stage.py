"""The provenance stage: who published this copy, and whom it credits for the content.

Fills ``record.provenance``:

- ``source``: the publisher of this copy (the article's ``source``, else the host name of
  its URL);
- ``original_source`` and ``original_span``: the strongest in-text credit (see
  :mod:`eventwire.provenance.credits`), e.g. "Gestion" from "Source: Gestion" or
  "Associated Press" from "BOGOTÁ (AP) —"; the span covers the name as written;
- ``credited_agencies``: every news agency of the table credited anywhere, by canonical
  name, in order of first credit;
- ``content_hash``: SHA-1 of the normalised text (see :mod:`eventwire.provenance.hashing`).

``republished_from`` and ``independent_sources`` need other articles; the store fills them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlparse

from ..model import Provenance, Span
from ..stages import Analysis
from .agencies import load_agencies
from .credits import ORIGIN_KINDS, bio_spans, find_credits
from .hashing import content_hash


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url if "//" in url else "//" + url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


class ProvenanceStage:
    name: ClassVar[str] = "provenance"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("provenance",)

    def __init__(self, *, extra_agencies: str | Path | Sequence[str | Path] = ()) -> None:
        extra = [extra_agencies] if isinstance(extra_agencies, str | Path) else list(extra_agencies)
        self.agencies = load_agencies(extra)
        self.cue_words: frozenset[str] = frozenset()  # needs no dependency parse

    def __call__(self, analysis: Analysis) -> None:
        record = analysis.record
        text = record.text
        credits = find_credits(text, self.agencies)
        agencies: list[str] = []
        for credit in sorted(credits, key=lambda c: c.start):
            if credit.agency is not None and credit.agency.name not in agencies:
                agencies.append(credit.agency.name)
        best = next((c for c in credits if c.kind in ORIGIN_KINDS), None)
        drop = [_line_of(text, c.start) for c in credits if c.kind in ("source_line", "signoff")]
        drop += bio_spans(text)
        record.provenance = Provenance(
            source=record.source or analysis.article.source or _host(record.url),
            original_source=best.name if best else None,
            original_span=Span(best.start, best.end, text[best.start : best.end]) if best else None,
            credited_agencies=agencies,
            content_hash=content_hash(text, drop),
        )


def _line_of(text: str, i: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return start, len(text) if end < 0 else end
