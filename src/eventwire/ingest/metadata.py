"""Strict checks on what an input says about an article, applied by every reader.

- ``published`` is read as a date at its granularity (year, month, day, or datetime) and
  stored in ISO 8601 form (``2021-03``, ``2021-03-05``, ``2021-03-05T10:00:00+00:00``); a
  value that is no date ("yesterday", ``9999-12-31T99:99``) rejects the input with the
  raw value in the message. How a written date was read is noted.
- Control characters (C0 except tab, line feed and carriage return; DEL; C1) are removed
  from the text and the metadata, with a note of what was removed and where.
- ``url`` keeps only ``http``/``https`` addresses (and scheme-less ones, "example.com/a");
  another scheme (``javascript:``, ``data:``, ``file:``) is dropped with a note.
- Markup in a title, source or author (``<b>``, ``<script>``) is stored as the text it
  is, never rendered, and noted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..model import Article, Note
from .checks import BadInput
from .ids import article_id

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]{0,200}>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]{2,8});")
_ISO_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_WRITTEN = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%Y/%m/%d", "%B %Y")
YEARS = (1800, 2200)
#: the optional metadata fields of an article, in the order they are checked and cleaned
META_FIELDS = ("title", "source", "author", "url", "published")


def parse_published(raw: str) -> tuple[str, str]:
    """``(ISO value, granularity)`` of a publication date, or :class:`BadInput`."""
    value = " ".join(raw.split())
    found = _read_date(value)
    if found is None or not YEARS[0] <= int(found[0][:4]) <= YEARS[1]:
        raise BadInput(
            f"published {raw!r} is not a date: expected ISO 8601 (2021-03-05, 2021-03, "
            "2021-03-05T10:00Z) or a written date (5 March 2021, Fri, 05 Mar 2021 10:00:00 GMT)"
        )
    return found


def _read_date(value: str) -> tuple[str, str] | None:
    m = _ISO_DAY.fullmatch(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return value, "day" if day else "month" if month else "year"
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return stamp.isoformat(), "datetime"
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat(), "datetime"
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _WRITTEN:
        try:
            day = dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        return (day.isoformat()[:7], "month") if "%d" not in fmt else (day.isoformat(), "day")
    return None


def remove_controls(text: str, where: str) -> tuple[str, Note | None]:
    """``text`` without control characters, and a note of what was removed (if anything)."""
    found = CONTROL.findall(text)
    if not found:
        return text, None
    first = CONTROL.search(text)
    counts = Counter(found)
    listed = ", ".join(f"U+{ord(c):04X}×{n}" for c, n in sorted(counts.items()))
    at = f" (first at character {first.start()})" if first else ""
    message = f"removed {len(found)} control character(s) from the {where}: {listed}{at}"
    return CONTROL.sub("", text), Note("ingest", "control_chars", message)


def finish(article: Article, *, strict_published: bool = True) -> Article:
    """``article`` with the checks of this module applied (see the module notes).

    ``strict_published``: reject an unreadable date (metadata the user gave) rather than
    drop it with a note (metadata a page's markup gave)."""
    notes = list(article.notes)
    text, note = remove_controls(article.text, "text")
    if note is not None:
        notes.append(note)
    if not text.strip():
        raise BadInput("no article text left once control characters are removed")
    meta: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = getattr(article, key)
        if value is not None:
            value, note = remove_controls(value, key)
            if note is not None:
                notes.append(note)
            value = value.strip() or None
        meta[key] = value
    meta["url"] = _http_url(meta["url"], notes)
    meta["published"] = _published(meta["published"], notes, strict_published)
    for key in ("title", "source", "author"):
        value = meta[key]
        tag = _MARKUP.search(value) if value else None
        if tag:
            shown = tag.group(0)[:40]
            notes.append(Note("ingest", "markup", f"the {key} holds markup ({shown}); stored as text"))
    given = None if article.id == article_id(article.text) else article.id
    return dataclasses.replace(article, id=article_id(text, given), text=text, notes=notes, **meta)


def _http_url(url: str | None, notes: list[Note]) -> str | None:
    if url is None:
        return None
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("http", "https") or not scheme or "." in scheme:  # "example.com/a" is a host
        return url
    notes.append(Note("ingest", "url", f"url dropped: scheme {scheme or '(none)'!r} is not http or https"))
    return None


def _published(raw: str | None, notes: list[Note], strict: bool) -> str | None:
    if raw is None:
        return None
    try:
        value, granularity = parse_published(raw)
    except BadInput as exc:
        if strict:
            raise
        notes.append(Note("ingest", "published", exc.reason + "; dropped"))
        return None
    if value != raw:
        notes.append(Note("ingest", "published", f"published {raw!r} read as {value} ({granularity})"))
    return value
