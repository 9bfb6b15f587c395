"""Atoms: the pieces actor mentions are built from.

An atom is a dictionary hit (country, demonym, seat of power, organisation, sector noun,
leader) or a spaCy entity the tables do not know (a PERSON, an ORG). Atoms never
overlap; dictionary hits win over entities, except that a PERSON entity absorbs a leader's
one-word alias inside it ("Iván Duque" → leader Iván Duque).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..nlp.document import ParsedDoc
from ..resources import word_list
from . import namesakes
from .lexicon import NameLexicon, Tok, span_text
from .tables import Entry

_TABLE_NAMED_KINDS = word_list("actors/words.tsv", "table_named_kinds")
_CODED_KINDS = word_list("actors/words.tsv", "coded_kinds")

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT"})
MEDIA_WORDS = word_list("actors/words.tsv", "media_words")
_GLUE = word_list("actors/words.tsv", "name_glue")


@dataclass(slots=True)
class Atom:
    first: int  # dictionary-token range [first, last)
    last: int
    kind: str  # country | demonym | seat | location | organisation | group | sector | leader | person | org
    entry: Entry | None
    name: str = ""  # for entity atoms: the entity text
    code: str | None = None  # for unknown ORG atoms: a country found inside
    sector: str | None = None
    options: tuple[Entry, ...] = ()  # a leader's short form: every leader it may stand for
    firm: bool = True  # a leader read from the full name, a fitting title or a given name,
    # not only from the date ("Bush" in 2004 may still be the article's Jeb Bush)


def pick_by_date(entries: list[Entry], published: str | None) -> Entry:
    """Among entries sharing a form, the leader in office at ``published`` (else the latest)."""
    if len(entries) == 1 or entries[0].kind != "leader":
        return entries[0]
    day = (published or "")[:10]
    if day:
        live = [e for e in entries if (not e.start or e.start <= day) and (not e.end or day < e.end)]
        if live:
            return live[0]
    return max(entries, key=lambda e: (e.end or "9999", e.start))


def token_index(toks: list[Tok]) -> list[int]:
    return [t.start for t in toks]


def char_range(starts: list[int], toks: list[Tok], start: int, end: int) -> tuple[int, int]:
    """Dictionary-token range covering characters ``[start, end)``."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    while first > 0 and toks[first - 1].end > start:
        first -= 1
    return first, max(last, first)


def build_atoms(
    toks: list[Tok], doc: ParsedDoc, lex: NameLexicon[Entry], published: str | None
) -> list[Atom]:
    """All atoms of the text, sorted, non-overlapping."""
    owner: list[int] = [-1] * len(toks)  # which atom covers each token
    atoms: list[Atom] = []
    ents, person_tok, any_ent, other_tok = _entity_marks(toks, doc)
    matches = list(lex.scan(toks))
    # leaders named in full somewhere in the article: their bare surnames are theirs
    named = {e.name for m in matches for e in m.values if e.kind == "leader" and not e.short}
    titles: dict[int, tuple[str, str | None]] = {}  # token after a title ("Colonel") → title, sector
    for m in matches:
        entry = pick_by_date(m.values, published)
        if entry.kind == "sector" and entry.title:
            titles[m.last] = (m.form, entry.sector)
        options: tuple[Entry, ...] = ()
        firm = True
        if entry.kind == "leader" and entry.short:
            prev = toks[m.first - 1].lower if m.first > 0 else ""
            trusted = person_tok[m.first] or prev in _TITLE_WORDS or entry.name in named
            initial = prev in ("", ".", "“", '"') and not any_ent[m.first]
            if not trusted and (other_tok[m.first] or initial):
                continue
            leaders = [e for e in m.values if e.kind == "leader"]
            options = tuple(leaders)
            title, title_sector = titles.get(m.first, (None, None))
            bare = namesakes.supported(leaders, toks, m.last, published, named, title, title_sector)
            if not bare and not _given_name_before(toks, m.first, person_tok):
                # "Bush said": nothing in the article says which Bush, if any: a person the
                # tables do not know
                atoms.append(Atom(m.first, m.last, "person", None, name=span_text(toks, m.first, m.last)))
                for k in range(m.first, m.last):
                    owner[k] = len(atoms) - 1
                continue
            if bare:
                entry = pick_by_date(bare, published)
            firm = entry.name in named or title is not None
        atoms.append(Atom(m.first, m.last, entry.kind, entry, options=options, firm=firm))
        for k in range(m.first, m.last):
            owner[k] = len(atoms) - 1

    for first, last, label, text in ents:
        if label == "PERSON":
            _person_atom(atoms, owner, toks, first, last)
        elif label == "ORG" or (last - first >= 2 and toks[last - 1].text in MEDIA_WORDS):
            _org_atom(atoms, owner, toks, first, last, text)  # media names get odd labels (EVENT)
    atoms = [a for a in atoms if a.kind != "dropped"]
    atoms.sort(key=lambda a: a.first)
    return atoms


_TITLE_WORDS = word_list("actors/words.tsv", "title_words")


def _entity_marks(
    toks: list[Tok], doc: ParsedDoc
) -> tuple[list[tuple[int, int, str, str]], list[bool], list[bool], list[bool]]:
    """The named entities as token ranges (first, last, label, text), and per token whether
    it is inside a PERSON entity, inside any entity, and inside a non-PERSON one."""
    starts = token_index(toks)
    ents = []
    person_tok = [False] * len(toks)
    any_ent = [False] * len(toks)
    other_tok = [False] * len(toks)  # inside a non-PERSON entity
    for ent in doc.entities:
        if ent.label not in ENTITY_LABELS:
            continue
        first, last = char_range(starts, toks, ent.start, ent.end)
        if last <= first:
            continue
        ents.append((first, last, ent.label, ent.text))
        for k in range(first, last):
            any_ent[k] = True
            if ent.label == "PERSON":
                person_tok[k] = True
            elif ent.label != "ORG" or last - first > 1:  # the small model tags lone surnames ORG
                other_tok[k] = True
    return ents, person_tok, any_ent, other_tok


def _person_atom(atoms: list[Atom], owner: list[int], toks: list[Tok], first: int, last: int) -> None:
    # Leading title/demonym words the model put inside the entity stay their own atoms.
    while first < last and owner[first] >= 0 and atoms[owner[first]].kind in ("sector", "demonym", "country"):
        first = atoms[owner[first]].last
    while first < last and toks[first].lower in ("the", "'", "s"):
        first += 1
    while last - first > 1 and (
        toks[last - 1].text == "'" or (toks[last - 1].lower == "s" and toks[last - 2].text == "'")
    ):
        last -= 1  # "Donald Trump's": the possessive is not part of the name
    if first >= last or not toks[first].text[:1].isupper():
        return
    inside = {owner[k] for k in range(first, last) if owner[k] >= 0}
    leader = next((atoms[i] for i in inside if atoms[i].kind == "leader"), None)
    named = _TABLE_NAMED_KINDS
    if leader is None and any(atoms[i].kind in named for i in inside):
        return  # e.g. "Hezbollah" tagged PERSON: the table knows better
    entry = leader.entry if leader is not None else None
    firm = leader.firm if leader is not None else True
    if leader is not None and leader.options:  # "Jeb Bush": a namesake of the leader "Bush"
        entry = _by_given_names(leader, toks, first)
        firm = firm or bool(namesakes.given_words(toks, first, leader.first))
    for i in inside:
        atoms[i].kind = "dropped"
    name = span_text(toks, first, last)
    atom = Atom(first, last, "leader" if entry else "person", entry, name=name, firm=firm)
    atoms.append(atom)
    for k in range(first, last):
        owner[k] = len(atoms) - 1


def _given_name_before(toks: list[Tok], first: int, person_tok: list[bool]) -> bool:
    """Whether a PERSON entity writes a given name right before token ``first``."""
    k = first - 1
    while k > 0 and toks[k].text == "." and person_tok[k]:
        k -= 1  # "Ana K. Oduya"
    return k >= 0 and person_tok[k] and person_tok[first] and toks[k].text[:1].isupper() \
        and toks[k].lower not in namesakes.HONORIFICS


def _by_given_names(leader: Atom, toks: list[Tok], first: int) -> Entry | None:
    """The leader a person entity names, its given names checked against the leader's
    ("Jeb Bush" is neither George Bush); None when they name someone else."""
    given = namesakes.given_words(toks, first, leader.first)
    if not given:
        return leader.entry
    surname = span_text(toks, leader.first, leader.last)
    fits = [e for e in leader.options if namesakes.same_person(given, e, surname)]
    if not fits:
        return None
    return leader.entry if leader.entry in fits else pick_by_date(fits, None)


def _org_atom(
    atoms: list[Atom], owner: list[int], toks: list[Tok], first: int, last: int, text: str
) -> None:
    while first < last and toks[first].lower == "the":
        first += 1
    uncovered = [
        k for k in range(first, last)
        if owner[k] < 0 and toks[k].lower not in _GLUE and toks[k].text[:1].isupper()
    ]
    if not uncovered:
        return  # the tables explain the whole name ("the Russian Embassy", "NATO")
    inside = sorted({owner[k] for k in range(first, last) if owner[k] >= 0})
    acronym = last - first == 1 and 2 <= len(toks[first].text) <= 6 and toks[first].text.isupper()
    capitals = sum(1 for k in range(first, last) if toks[k].text[:1].isupper())
    if not inside and not acronym and capitals < 3:
        return  # the small model's ORG is noisy: want a known part, an acronym or a long name
    if any(atoms[i].first < first or atoms[i].last > last for i in inside):
        return  # a table hit straddles the entity boundary: keep the table's reading
    code = None
    sector = None
    for i in inside:
        a = atoms[i]
        if a.entry is None:
            continue
        if a.kind in _CODED_KINDS and code is None:
            code = a.entry.code
        if a.kind == "sector":
            sector = a.entry.sector
        a.kind = "dropped"
    name = span_text(toks, first, last)
    if sector is None and toks[last - 1].text in MEDIA_WORDS:
        sector = "MED"  # "the Ridgeford Evening News", "The Daily Telegraph"
    atoms.append(Atom(first, last, "org", None, name=name, code=code, sector=sector))
    for k in range(first, last):
        owner[k] = len(atoms) - 1
