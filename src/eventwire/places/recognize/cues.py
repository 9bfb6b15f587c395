"""Name cues: the words next to a name that say what kind of place it is, kept as validated
data with ids (``data/places/name_cues.tsv``), the way spaCy's ``span_ruler`` keeps its
patterns. The passes match the words; what a match sets (hint, kind, lookup word) is read
from the cue."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...errors import ConfigError
from ...resources import data_path, read_tsv

TABLE = "places/name_cues.tsv"
PASSES = frozenset({"plural_noun", "subdivision"})
HINTS = frozenset({"county", "city", "admin"})
KINDS = frozenset({"toponym", "landmark"})


@dataclass(frozen=True, slots=True)
class NameCue:
    id: str
    pass_name: str  # the pass that reads it
    word: str  # as written (case matters)
    hint: str | None  # the resolver's hint it gives a name (plural_noun)
    kind: str  # the mention kind it makes (plural_noun), "" where the pass sets none
    lookup: str  # the word the name is looked up with (subdivision), "" for the name alone


def load_name_cues(path: str | Path) -> list[NameCue]:
    """The cues of a ``name_cues`` table, checked: ids unique, pass, hint and kind known, one
    cue per word and pass."""
    cues: list[NameCue] = []
    ids: set[str] = set()
    words: set[tuple[str, str]] = set()
    for row in read_tsv(path):
        cue = NameCue(row["id"], row["pass"], row["word"], row["hint"] or None, row["kind"], row["lookup"])
        if not cue.id or cue.id in ids:
            raise ConfigError(f"name cue id {cue.id!r} is empty or repeated", where=str(path))
        if cue.pass_name not in PASSES or (cue.hint is not None and cue.hint not in HINTS) or (
                cue.kind and cue.kind not in KINDS) or not cue.word:
            raise ConfigError(f"name cue {cue.id!r} has an unknown pass, hint or kind, or no word",
                              where=str(path))
        if (cue.pass_name, cue.word) in words:
            raise ConfigError(f"name cue {cue.id!r} repeats the word {cue.word!r}", where=str(path))
        ids.add(cue.id)
        words.add((cue.pass_name, cue.word))
        cues.append(cue)
    return cues


@cache
def name_cues(pass_name: str) -> dict[str, NameCue]:
    """The shipped cues of one pass, by word."""
    if pass_name not in PASSES:
        raise ConfigError(f"no name-cue pass {pass_name!r}", where=TABLE)
    return {c.word: c for c in load_name_cues(data_path(TABLE)) if c.pass_name == pass_name}
