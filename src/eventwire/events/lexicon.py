"""The event coder's data: trigger lexicon, PLOVER/CAMEO tables, cue lists, mode and
context cues, all loaded from the documented TSV files in ``eventwire/data/events``.

Nothing is read at import time: :func:`load_lexicon` builds a :class:`TriggerLexicon` once per
process (cached) or from user paths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..resources import data_path, read_tsv
from .types import NOT_AN_EVENT, TypeInfo, registry


@dataclass(frozen=True, slots=True)
class Condition:
    """One test on the parse around a trigger (see the header of ``triggers.tsv``)."""

    kind: str  # prep | prt | obj | mod | gov | comp | comp_other | obj_actor | obj_person | subj_crowd
    words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the trigger lexicon."""

    lemma: str
    pos: str  # V | N
    conditions: tuple[Condition, ...]
    type: str  # PLOVER category, or "-" for "not an event"
    mode: str
    context: str
    cameo: str
    line: int  # row number in the file, for explanations

    @property
    def rule(self) -> str:
        cond = ",".join(
            c.kind + ("=" + "|".join(sorted(c.words))[:40] if c.words else "") for c in self.conditions
        )
        return f"lexicon:{self.lemma}/{self.pos}" + (f"[{cond}]" if cond else "")


Category = TypeInfo  # a PLOVER type's row of the registry (.types)


@dataclass(slots=True)
class TriggerLexicon:
    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)  # word form -> lemmas
    categories: dict[str, Category] = field(default_factory=dict)
    goldstein: dict[str, float] = field(default_factory=dict)  # CAMEO code -> value
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> lemmas
    modes: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    contexts: list[tuple[str, frozenset[str]]] = field(default_factory=list)

    def lookup(self, lemma: str, pos: str) -> list[Entry]:
        return self.entries.get((lemma, pos), [])

    def lemmas_of(self, form: str) -> set[str]:
        return self.forms.get(form, set())

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    def cue_words(self) -> frozenset[str]:
        """The inflected forms of the triggers: the words worth a dependency parse. Lemmas
        and forms listed as ``noparse`` in ``cues.tsv`` (frequent words that are events only with a
        condition: "take" + "control", "open" + "fire") are left out; in sentences parsed
        for no other reason they are matched on a word window instead."""
        skip = self.cue("noparse")  # lemmas, or single word forms ("march" the month)
        return frozenset(form for form, lemmas in self.forms.items() if form not in skip and lemmas - skip)


class ConditionKind(StrEnum):
    """The kinds of test on the parse a trigger row may state (see the header of ``triggers.tsv``)."""

    PREP = "prep"
    PRT = "prt"
    OBJ = "obj"
    MOD = "mod"
    GOV = "gov"
    COMP = "comp"
    COMP_OTHER = "comp_other"
    PRED = "pred"
    SUBJ = "subj"
    OBJ_ACTOR = "obj_actor"
    OBJ_PERSON = "obj_person"
    SUBJ_CROWD = "subj_crowd"
    POBJ = "pobj"
    SUBJ_STATE = "subj_state"
    SUBJ_ARMED = "subj_armed"


_CONDITION_KINDS: frozenset[str] = frozenset(ConditionKind)


def _parse_conditions(text: str, where: str) -> tuple[Condition, ...]:
    out: list[Condition] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        kind, _, words = part.partition("=")
        if kind not in _CONDITION_KINDS:
            raise ConfigError(f"unknown condition {kind!r}", where=where)
        out.append(Condition(kind, frozenset(w for w in words.split("|") if w)))
    return tuple(out)


_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh)$")  # endings that take -es ("marches", "taxes")


def inflections(lemma: str, pos: str) -> set[str]:
    """Regular English inflections of ``lemma`` (over-generation is harmless here: the
    forms only decide which sentences get parsed and which unparsed tokens are looked up)."""
    forms = {lemma}
    if "-" in lemma or " " in lemma:
        return forms | {lemma + "s"}
    vowels = "aeiou"
    if _SIBILANT_END.search(lemma):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if pos != "V":
        return forms
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in vowels + "wxy"
            and lemma[-2] in vowels
            and lemma[-3] not in vowels
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _read_triggers(path: Path, lex: TriggerLexicon) -> None:
    for n, row in enumerate(read_tsv(path), start=2):
        where = f"{path}:{n}"
        lemma, pos, kind = row.get("lemma", ""), row.get("pos", ""), row.get("type", "")
        if not lemma or pos not in ("V", "N"):
            raise ConfigError("each row needs a lemma and pos V or N", where=where)
        if kind != NOT_AN_EVENT and kind not in lex.categories:
            raise ConfigError(f"unknown PLOVER type {kind!r}", where=where)
        entry = Entry(
            lemma=lemma,
            pos=pos,
            conditions=_parse_conditions(row.get("when", ""), where),
            type=kind,
            mode=row.get("mode", ""),
            context=row.get("context", ""),
            cameo=row.get("cameo", ""),
            line=n,
        )
        lex.entries.setdefault((lemma, pos), []).append(entry)
        extra = {f for f in row.get("forms", "").split("|") if f}
        for form in inflections(lemma, pos) | extra:
            lex.forms.setdefault(form, set()).add(lemma)


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip() for w in cell.split("|") if w.strip())


def build_lexicon(triggers: list[Path] | None = None) -> TriggerLexicon:
    """Read the shipped tables; ``triggers`` adds user trigger files after the shipped one
    (their rows are tried after the shipped rows of the same lemma)."""
    lex = TriggerLexicon()
    lex.categories = dict(registry())
    for row in read_tsv(data_path("events/cameo.tsv")):
        lex.goldstein[row["code"]] = float(row["goldstein"])
    cues: dict[str, set[str]] = {}
    for row in read_tsv(data_path("events/cues.tsv")):
        cues.setdefault(row["kind"], set()).add(row["word"])
    lex.cues = {k: frozenset(v) for k, v in cues.items()}
    for row in read_tsv(data_path("events/modes.tsv")):
        lex.modes.setdefault(row["type"], []).append((row["mode"], _words(row["cues"])))
    for row in read_tsv(data_path("events/contexts.tsv")):
        lex.contexts.append((row["context"], _words(row["cues"])))
    _read_triggers(data_path("events/triggers.tsv"), lex)
    for path in triggers or []:
        _read_triggers(Path(path), lex)
    return lex


@lru_cache(maxsize=1)
def load_lexicon() -> TriggerLexicon:
    """The shipped lexicon, built once per process."""
    return build_lexicon()
