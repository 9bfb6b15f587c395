"""The claim tables in ``data/claims`` (see its README)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..resources import data_path, read_tsv, word_list


@dataclass(frozen=True, slots=True)
class ClaimCues:
    """The claim stage's cue tables: what reports a claim, what makes a clause an allegation,
    hedges, answers and the words that refer back to a claim."""

    cues: dict[str, str]  # form → accuse | blame | that | warn | point | say | noun
    stems: tuple[str, ...]  # allegation word beginnings
    hedges: tuple[tuple[str, re.Pattern[str]], ...]  # (effect, pattern)
    responses: dict[str, tuple[str, str]]  # form → (kind, role)
    referents: dict[str, str]  # form → strong | weak

    @property
    def cue_words(self) -> frozenset[str]:
        words = set(self.cues) | set(self.responses) | {"without", "citing", "allegedly", "reportedly"}
        return frozenset(words)

    def alleges(self, word: str) -> bool:
        """Whether a word begins with an allegation stem; a short stem (four letters or
        fewer) only with an inflection after it ("rigged", not "right"; "armed", not "army";
        "fired", not "firearms")."""
        for stem in self.stems:
            if word.startswith(stem) and (len(stem) > 4 or word[len(stem):] in _INFLECTIONS):
                return True
        return False


_INFLECTIONS = word_list("claims/words.tsv", "inflections") | {""}  # the bare stem counts too


@cache
def claim_cues() -> ClaimCues:
    cues = {r["form"]: r["kind"] for r in read_tsv(data_path("claims/cues.tsv"))}
    stems = tuple(r["stem"] for r in read_tsv(data_path("claims/allegation_stems.tsv")))
    hedges = tuple(
        (r["effect"], re.compile(r["pattern"], re.IGNORECASE))
        for r in read_tsv(data_path("claims/hedges.tsv"))
    )
    responses = {r["form"]: (r["kind"], r["role"]) for r in read_tsv(data_path("claims/responses.tsv"))}
    referents = {r["form"]: r["strength"] for r in read_tsv(data_path("claims/referents.tsv"))}
    return ClaimCues(cues, stems, hedges, responses, referents)
