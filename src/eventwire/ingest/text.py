"""Plain-text articles (``.txt`` and non-JSON stdin).

Header convention (optional): the file may open with ``Key: value`` lines, one per line,
then one blank line, then the article body. Recognised keys (case-insensitive):

- ``Title``
- ``Published`` (or ``Date``): a date, read to ISO 8601 at its granularity (see
  :mod:`eventwire.ingest.metadata`; a value that is no date refuses the file)
- ``Source`` (or ``Publisher``): the publisher of this copy
- ``URL``
- ``Author`` (or ``By``)
- ``ID``: the article id

Without a header, a short first line (at most 150 characters, not ending like a
sentence) followed by a blank line is taken as the title. Whatever is taken as header or
title is not part of the analysed text: ``Article.text`` is the body only, so every
offset in the output points into the body. Line endings are normalised to ``\\n`` and
surrounding blank space is trimmed; nothing else is changed.

A ``Source: X`` line at the *end* of the body is left in the text: it is a credit line
that the provenance stage reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article
from .checks import BadInput
from .ids import article_id
from .metadata import finish

HEADER_KEYS: dict[str, str] = {
    "title": "title",
    "published": "published",
    "date": "published",
    "source": "source",
    "publisher": "source",
    "url": "url",
    "author": "author",
    "by": "author",
    "id": "id",
}
_HEADER_LINE = re.compile(r"^([A-Za-z]+):[ \t]*(.*?)\s*$")
_SENTENCE_END = tuple(".!?;:,\"”’'»)")
MAX_TITLE_CHARS = 150


@dataclass(slots=True)
class _Header:
    fields: dict[str, str] = field(default_factory=dict)
    body: str = ""


def _split_header(text: str) -> _Header:
    lines = text.split("\n")
    found: dict[str, str] = {}
    for n, line in enumerate(lines):
        if not line.strip():
            if found and n > 0:
                return _Header(found, "\n".join(lines[n + 1 :]))
            break
        m = _HEADER_LINE.match(line)
        if not m or m.group(1).lower() not in HEADER_KEYS:
            break
        found[HEADER_KEYS[m.group(1).lower()]] = m.group(2)
    return _Header({}, text)


def _split_title(text: str) -> tuple[str | None, str]:
    first, sep, rest = text.partition("\n")
    title = first.strip()
    if (
        sep
        and rest.startswith("\n")
        and 0 < len(title) <= MAX_TITLE_CHARS
        and not title.endswith(_SENTENCE_END)
        and rest.strip()
    ):
        return title, rest
    return None, text


def parse_text(raw: str, *, origin: str, default_id: object = None) -> Article:
    """Build an :class:`Article` from the text of a plain-text file."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    header = _split_header(text)
    meta = header.fields
    title: str | None = meta.get("title") or None
    body = header.body
    if not meta:
        title, body = _split_title(text)
    body = body.strip()
    if not body:
        raise BadInput("empty file: no article text" + (" after the header" if meta else ""))
    return finish(Article(
        id=article_id(body, meta.get("id") or default_id),
        text=body,
        title=title,
        published=meta.get("published") or None,
        url=meta.get("url") or None,
        source=meta.get("source") or None,
        author=meta.get("author") or None,
        origin=origin,
    ))
