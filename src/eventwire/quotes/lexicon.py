"""The quotes stage's data tables: the cue lexicon and the speaker-type words.

Both are documented TSV files in ``eventwire/data/quotes/`` (see their headers); users can
pass extra files of the same shape through the stage options ``cues`` and ``speakers``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..resources import data_path, read_tsv, word_list

QUOTE_MARKS = frozenset({"“", "”", '"', "«", "»", "‘", "’", "''", "``", "„"})
CLASSES = word_list("quotes/words.tsv", "cue_classes")
NOUN_CLASSES = frozenset({"medium", "noun"})  # not verbs, not parse cues
FRAMES = word_list("quotes/words.tsv", "cue_frames")
SPEAKER_TYPES = ("anonymous", "spokesperson", "media", "expert", "witness", "official", "organisation")


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    cls: str
    frame: str
    words: tuple[str, ...]  # the lemma's words; more than one for a phrase

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(slots=True)
class CueLexicon:
    """Word form → cues (a form can start several phrases, e.g. "called" and "called for")."""

    by_form: dict[str, list[Cue]] = field(default_factory=dict)
    by_lemma: dict[str, Cue] = field(default_factory=dict)

    def add(self, cue: Cue, forms: Iterable[str]) -> None:
        if cue.cls not in NOUN_CLASSES:
            self.by_lemma.setdefault(cue.lemma, cue)
        for form in forms:
            entries = self.by_form.setdefault(form, [])
            if cue not in entries:
                entries.append(cue)

    def verb(self, form: str, lemma: str = "") -> Cue | None:
        """The single-word cue for a token (by lemma when parsed, else by word form)."""
        single = self.by_lemma.get(lemma)
        if single is not None and not single.is_phrase:
            return single
        for cue in self.by_form.get(form.lower(), ()):
            if not cue.is_phrase and cue.cls not in NOUN_CLASSES:
                return cue
        return None

    def medium(self, form: str) -> Cue | None:
        """A single-word medium noun ("statement") for a word form."""
        return self._noun(form, "medium")

    def noun(self, form: str) -> Cue | None:
        """A single-word attribution noun ("claim", "warning") for a word form."""
        return self._noun(form, "noun")

    def _noun(self, form: str, cls: str) -> Cue | None:
        for cue in self.by_form.get(form.lower(), ()):
            if cue.cls == cls and not cue.is_phrase:
                return cue
        return None

    def phrases(self, form: str) -> list[Cue]:
        return [c for c in self.by_form.get(form.lower(), ()) if c.is_phrase]

    @property
    def words(self) -> frozenset[str]:
        """Word forms worth a dependency parse (medium nouns such as "statement" are not)."""
        return frozenset(
            f for f, cues in self.by_form.items() if any(c.cls not in NOUN_CLASSES for c in cues)
        )


BEHAVIOURS = frozenset({"needs_clause", "judging", "naming", "no_xcomp", "passive_ok", "anonymity", "prep"})


@dataclass(slots=True)
class Frames:
    """How particular cue verbs take their content (``frames.tsv``)."""

    groups: dict[str, frozenset[str]] = field(default_factory=dict)
    preps: dict[str, str] = field(default_factory=dict)

    def has(self, behaviour: str, lemma: str) -> bool:
        return lemma in self.groups.get(behaviour, frozenset())


def load_frames(extra: Iterable[str | Path] = ()) -> Frames:
    groups: dict[str, set[str]] = {b: set() for b in BEHAVIOURS}
    preps: dict[str, str] = {}
    for path in (data_path("quotes/frames.tsv"), *extra):
        for row in read_tsv(path):
            lemma, behaviour = row.get("lemma", "").lower(), row.get("behaviour", "")
            if not lemma or behaviour not in BEHAVIOURS:
                raise ConfigError(f"bad frame row for {lemma!r}: behaviour {behaviour!r}", where=str(path))
            groups[behaviour].add(lemma)
            if behaviour == "prep":
                preps[lemma] = row.get("value", "").lower()
    return Frames({b: frozenset(w) for b, w in groups.items()}, preps)


def load_cues(extra: Iterable[str | Path] = ()) -> CueLexicon:
    lexicon = CueLexicon()
    for path in (data_path("quotes/cues.tsv"), *extra):
        for row in read_tsv(path):
            cls, frame = row.get("class", ""), row.get("frame", "")
            lemma = row.get("lemma", "").lower()
            if not lemma or cls not in CLASSES or frame not in FRAMES:
                raise ConfigError(
                    f"bad cue row for {lemma!r}: class {cls!r}, frame {frame!r}", where=str(path)
                )
            forms = row.get("forms", "").lower().split() or [lemma]
            lexicon.add(Cue(lemma, cls, frame, tuple(lemma.split())), forms)
    return lexicon


def load_speaker_words(extra: Iterable[str | Path] = ()) -> dict[str, str]:
    """Lower-case word or phrase → speaker type."""
    words: dict[str, str] = {}
    for path in (data_path("quotes/speakers.tsv"), *extra):
        for row in read_tsv(path):
            kind = row.get("type", "")
            if kind not in SPEAKER_TYPES:
                raise ConfigError(f"unknown speaker type {kind!r}", where=str(path))
            words[row.get("word", "").lower()] = kind
    return words
