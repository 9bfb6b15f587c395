"""Find the in-text credits that say where an article's content came from.

Kinds, strongest first (the strongest becomes ``provenance.original_source``):

``source_line``   a short line "Source: Gestion", "Originally published by X", "First
                  published in X", "This article first appeared in X", "Fuente: X"
``dateline``      an agency in parentheses before a dash near the start of a paragraph:
                  "BOGOTÁ (AP) —", "(Reuters) -"
``signoff``       a line or paragraph end that is just a dash and an agency: "— Reuters"
``with_info``     "with information from EFE and AFP", "with reporting by Reuters",
                  "(with AFP)", "additional reporting by AP"; reporters' names are not
                  credits: a name that is not an agency counts only after "with
                  information/files/input from" on a short line of its own
``according_to`` "according to AFP", "AFP reported": the article relays the agency's report
``newsgathering`` an agency gathering the news: "told Reuters", "The AP asked", "seen
                  by Reuters", "told the state news agency BelTA". It credits the agency
                  but is never taken as the article's original source.

A dateline, sign-off or newsgathering credit counts only when it names an agency of the
table; a source line, or a "with information from" line of its own, may name any outlet. Author
biographies ("Ricardo is a renowned author and journalist ... works at the 247 News
Agency") are recognised and never read as a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .agencies import Agency, AgencyTable

RANK = {"source_line": 0, "dateline": 1, "signoff": 2, "with_info": 3, "according_to": 4, "newsgathering": 5}
ORIGIN_KINDS = frozenset(RANK) - {"newsgathering"}  # kinds that may name the original source
MAX_CREDIT_LINE = 120

_SOURCE_LINE = re.compile(
    r"^[ \t]*[*_]*(?:(?:sources?|fuente|credits?|via|courtesy(?: of)?)[ \t]*:|"
    r"(?:this (?:article|story|report) )?(?:was )?(?:originally|first) (?:published|appeared)"
    r" (?:by|in|on|at)[ \t]*:?|republished (?:from|with permission (?:from|of))[ \t]*:?)"
    r"[ \t]*(?P<name>[^\n]{2,80}?)[ \t.*_]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE = re.compile(r"\((?P<name>[^()\n]{2,40})\)[ \t]*[—–-]{1,2}[ \t]")
_SIGNOFF = re.compile(
    r"(?:^|(?<=[.!?”\"]) )[ \t]*[—–-]{1,2}[ \t]*(?P<name>[^\n.—–]{2,40}?)[ \t.]*$", re.MULTILINE
)
_WITH_INFO = re.compile(
    r"\b(?P<verb>with (?:information|info|input|files|material) from|"
    r"with (?:additional )?reporting (?:from|by)|(?:additional )?reporting by|compiled (?:by|from)|"
    r"based on (?:reports|information) from|\(with)[ \t]+(?P<names>[^\n.;)]{2,80})",
    re.IGNORECASE,
)
# Forms that credit an outlet (not a reporter): any name is accepted on a credit line of its own.
_OUTLET_VERB = re.compile(r"^(?:with (?:information|info|input|files|material) from|\(with)", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)", re.IGNORECASE)
# A cue, then an agency name right after it ("according to AFP", "told the Nordwire agency")
_CUE_BEFORE = re.compile(
    r"\b(?:according to|told|seen by|reviewed by|obtained by|confirmed to|said to|quoted by)"
    r"\s+(?:the\s+)?(?:(?:state|state-run|official|news|wire|private)\s+)*(?:(?:news\s+)?agency\s+)?",
    re.IGNORECASE,
)
# An agency name, then a newsgathering verb ("AP reported", "The AP asked")
_CUE_AFTER = re.compile(
    r"(?<=\w)[ \t]+(?:reported|reports|asked|learned|has learned|obtained|contacted|saw|confirmed|"
    r"found|reviewed|cited)\b"
)
_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} (?:is|was|has been|currently works as) (?:a|an|the|one of)\b"
    r"[^\n]{0,200}?\b(?:author|journalist|writer|reporter|correspondent|editor|columnist|contributor|"
    r"freelancer|blogger)s?\b",
)


@dataclass(frozen=True, slots=True)
class Credit:
    kind: str
    start: int  # span of the credited name in the article text
    end: int
    name: str  # canonical agency name when it is one, else the name as written
    agency: Agency | None

    @property
    def rank(self) -> int:
        return RANK[self.kind]


def bio_spans(text: str) -> list[tuple[int, int]]:
    """Paragraphs (lines) that are an author's biography."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        if _BIO.match(line.strip()):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in spans)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\"'“”*_(":
        start += 1
    while end > start and text[end - 1] in " \t.,;:\"'“”*_)":
        end -= 1
    return start, end


def find_credits(text: str, agencies: AgencyTable) -> list[Credit]:
    """Every credit in ``text``, strongest first, then in text order."""
    bios = bio_spans(text)
    out: list[Credit] = []

    def add(kind: str, start: int, end: int, *, need_agency: bool) -> None:
        start, end = _trim(text, start, end)
        if end <= start or _inside(start, bios):
            return
        name = text[start:end]
        agency = agencies.lookup(name)
        if agency is None and need_agency:
            return
        out.append(Credit(kind, start, end, agency.name if agency else name, agency))

    for m in _SOURCE_LINE.finditer(text):
        if len(m.group(0).strip()) <= MAX_CREDIT_LINE:
            add("source_line", m.start("name"), m.end("name"), need_agency=False)
    for m in _DATELINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start <= 60:
            add("dateline", m.start("name"), m.end("name"), need_agency=True)
    for m in _SIGNOFF.finditer(text):
        add("signoff", m.start("name"), m.end("name"), need_agency=True)
    for m in _WITH_INFO.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        own_line = len(
            text[line_start : line_end if line_end >= 0 else len(text)].strip()
        ) <= MAX_CREDIT_LINE and not text[line_start : m.start()].strip(" \t*_(")
        any_name = own_line and _OUTLET_VERB.match(m.group("verb")) is not None
        pos = m.start("names")
        for piece in _AND.split(m.group("names")):
            at = text.find(piece, pos, m.end("names"))
            if piece.strip() and at >= 0:
                add("with_info", at, at + len(piece), need_agency=not any_name)
                pos = at + len(piece)
    # Only the few characters around a cue are searched for agency names: linear and cheap.
    for m in _CUE_BEFORE.finditer(text):
        found = agencies.match_at(text, m.end())
        if found is not None:
            kind = "according_to" if m.group(0)[:9].lower() == "according" else "newsgathering"
            add(kind, m.end(), found[0], need_agency=True)
    for m in _CUE_AFTER.finditer(text):
        found = agencies.match_before(text, m.start())
        if found is not None:
            kind = "according_to" if m.group(0).strip().startswith("report") else "newsgathering"
            add(kind, found[0], m.start(), need_agency=True)
    out.sort(key=lambda c: (c.rank, c.start))
    return out
