"""The table of news agencies (``data/provenance/agencies.tsv``) and a matcher for it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import data_path, read_tsv

TABLE = "provenance/agencies.tsv"


@dataclass(frozen=True, slots=True)
class Agency:
    name: str
    country: str | None


class AgencyTable:
    """Finds agency names in short strings (credit lines) and maps them to canonical names."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self.by_alias: dict[str, Agency] = {}  # exact aliases (all-capital acronyms)
        self.by_folded: dict[str, Agency] = {}  # case-insensitive aliases
        for row in rows:
            agency = Agency(row["name"], row.get("country") or None)
            for alias in [row["name"], *row.get("aliases", "").split("|")]:
                alias = alias.strip()
                if not alias:
                    continue
                if alias.isupper():
                    self.by_alias[alias] = agency
                else:
                    self.by_folded[alias.casefold()] = agency
        names = sorted({*self.by_alias, *(a for a in self.by_folded)}, key=len, reverse=True)
        # longest first, whole words only; the case check happens in lookup()
        alternatives = "|".join(re.escape(n) for n in names)
        self.pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)
        self._ending = re.compile(r"(?<![\w-])(?:" + alternatives + r")\Z", re.IGNORECASE)
        self.longest = max((len(n) for n in names), default=0)

    def lookup(self, name: str) -> Agency | None:
        """The agency ``name`` refers to (the whole string), or None."""
        name = " ".join(name.split()).strip(" .,;:")
        if name.startswith(("the ", "The ")) and name[4:5].isupper():
            name = name[4:]
        return self.by_alias.get(name) or self.by_folded.get(name.casefold())

    def match_at(self, text: str, pos: int) -> tuple[int, Agency] | None:
        """The agency whose name starts at ``text[pos]``, as ``(end, agency)``, or None."""
        m = self.pattern.match(text, pos, min(len(text), pos + self.longest + 1))
        if m is None or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] in "_-")):
            return None
        agency = self.lookup(m.group(0))
        return (m.end(), agency) if agency is not None else None

    def match_before(self, text: str, pos: int) -> tuple[int, Agency] | None:
        """The agency whose name ends at ``text[pos]``, as ``(start, agency)``, or None."""
        m = self._ending.search(text, max(0, pos - self.longest), pos)
        if m is None:
            return None
        agency = self.lookup(m.group(0))
        return (m.start(), agency) if agency is not None else None

    def find(self, text: str) -> list[tuple[int, int, Agency]]:
        """Every agency name in ``text``, as ``(start, end, agency)``, in text order."""
        out = []
        for m in self.pattern.finditer(text):
            agency = self.lookup(m.group(0))
            if agency is not None:
                out.append((m.start(), m.end(), agency))
        return out


def load_agencies(extra: Sequence[str | Path] = ()) -> AgencyTable:
    """The shipped table plus the user's tables in ``extra`` (later rows win)."""
    return _load(tuple(str(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> AgencyTable:
    rows = list(read_tsv(data_path(TABLE)))
    for path in extra:
        rows.extend(read_tsv(path))
    return AgencyTable(rows)
