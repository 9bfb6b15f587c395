"""Boilerplate: the parts of a text that are not the article's content.

Pages and feeds leave author bios, newsletter and subscription blurbs, share prompts and
wire-credit footers in the text. They are recognised paragraph by paragraph (a paragraph
is a line) and kept out of what the stages read: :func:`mask` blanks them with spaces
(line breaks kept), so every offset still points into the stored text, which keeps them.
Each is recorded in ``record.provenance.boilerplate`` with its kind.

- ``newsletter`` and ``share`` paragraphs are recognised anywhere (they say what they are:
  "Sign up for our daily newsletter", "Share this article", a bare list of networks);
- ``bio`` and ``credit`` paragraphs only at the end of the text, in the run of paragraphs
  after the last one that is content ("Jane Doe is a journalist based in Lima."
  mid-article is a fact about a person; as the closing line, it is about the writer).

A ``credit`` footer ("Source: Gestion", "Reporting by ...; Editing by ...", "© 2021 The
Associated Press") is still read by the provenance stage, which looks at the stored text.
"""

from __future__ import annotations

import re

from ..model import Boilerplate

MAX_CHARS = 600  # a paragraph longer than this is content, whatever it opens with

_NAME = r"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|da|del|van|von|al|bin)){0,4}"
_BIO = re.compile(
    rf"^(?:about the authors?\b|{_NAME},? (?:is|was|has been|currently works as|works as|serves as)"
    r" (?:a|an|the|one of)\b[^\n]{0,250}?\b(?:author|journalist|writer|reporter|correspondent|editor|"
    r"columnist|contributor|freelancer|blogger|analyst|producer|photographer)s?\b"
    rf"|{_NAME} (?:covers|reports on|writes about|is based in|can be reached at|is on (?:twitter|x)\b))",
    re.IGNORECASE,
)
_NEWSLETTER = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|subscription|subscribers?|register)\b[^\n]{0,120}?"
    r"\b(?:newsletters?|inbox|e-?mail updates?|digest|briefing|alerts?|our (?:daily|weekly))\b"
    r"|\bnewsletters?\b[^\n]{0,80}?\b(?:sign(?:ing)? up|subscribe|delivered|inbox)\b"
    r"|^(?:already a subscriber|become a (?:member|subscriber)|support (?:our|independent) journalism)\b",
    re.IGNORECASE,
)
_NETWORKS = r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|pinterest|copy link|print)"
_SHARE = re.compile(
    r"^(?:share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) \w+)?|click to share\b.*"
    r"|follow us on\b.*|like us on\b.*|share on\b.*|tweet this|email this|"
    rf"{_NETWORKS}(?:[\s|,·•/]+{_NETWORKS})+)[\s.:!]*$",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^[ \t*_(]*(?:(?:sources?|fuente|credits?|via|courtesy(?: of)?)[ \t]*:[^\n]{1,100}"
    r"|\(?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b[^\n]{1,250}"
    r"|(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}\b))[^\n]{0,120}|all rights reserved\b[^\n]{0,80}"
    r"|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)\b[^\n]{0,120})$",
    re.IGNORECASE,
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, stripped of surrounding spaces."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            out.append((start, start + len(stripped)))
        pos += len(line) + 1
    return out


def _kind(paragraph: str, *, tail: bool) -> str | None:
    if len(paragraph) > MAX_CHARS:
        return None
    if _SHARE.match(paragraph):
        return "share"
    if _NEWSLETTER.search(paragraph) and len(paragraph) <= 300:
        return "newsletter"
    if tail and _CREDIT.match(paragraph):
        return "credit"
    if tail and _BIO.match(paragraph):
        return "bio"
    return None


def find(text: str) -> list[Boilerplate]:
    """The boilerplate paragraphs of ``text``, in text order."""
    paragraphs = _paragraphs(text)
    kinds: list[str | None] = [_kind(text[s:e], tail=False) for s, e in paragraphs]
    # the closing run: from the end back to the last paragraph that is content
    n = len(paragraphs) - 1
    while n > 0:  # never the whole text
        s, e = paragraphs[n]
        kind = kinds[n] or _kind(text[s:e], tail=True)
        if kind is None:
            break
        kinds[n] = kind
        n -= 1
    return [
        Boilerplate(s, e, text[s:e], kind)
        for (s, e), kind in zip(paragraphs, kinds, strict=True)
        if kind is not None
    ]


def mask(text: str, parts: list[Boilerplate]) -> str:
    """``text`` with each part blanked by spaces (line breaks kept): same length, same offsets."""
    if not parts:
        return text
    pieces = []
    pos = 0
    for part in parts:
        pieces.append(text[pos : part.start])
        pieces.append(re.sub(r"[^\n]", " ", text[part.start : part.end]))
        pos = part.end
    pieces.append(text[pos:])
    return "".join(pieces)
