"""The count category tables (``data/counts/categories.tsv`` and ``event_types.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..resources import data_path, read_tsv

GENERIC = "people"  # a noun that needs a state word to make a count


@dataclass(frozen=True, slots=True)
class CountWords:
    nouns: dict[str, str]
    states: dict[str, str]
    verbs: dict[str, str]
    tolls: dict[str, str]
    prefixes: dict[str, str]
    event_types: dict[str, tuple[str, ...]]

    @property
    def cue_words(self) -> frozenset[str]:
        words = set(self.nouns) | set(self.states) | set(self.verbs) | set(self.tolls) | set(self.prefixes)
        words.discard(GENERIC)
        return frozenset(w for w in words if self.nouns.get(w) != GENERIC)


@cache
def lexicon() -> CountWords:
    tables: dict[str, dict[str, str]] = {"noun": {}, "state": {}, "verb": {}, "toll": {}, "prefix": {}}
    for row in read_tsv(data_path("counts/categories.tsv")):
        tables[row["kind"]][row["form"]] = row["category"]
    prefs = {
        row["category"]: tuple(row["types"].split()) for row in read_tsv(data_path("counts/event_types.tsv"))
    }
    return CountWords(
        tables["noun"], tables["state"], tables["verb"], tables["toll"], tables["prefix"], prefs
    )
