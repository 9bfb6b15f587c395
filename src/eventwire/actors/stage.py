"""The ``actors`` stage: every actor mention of an article, coded and resolved."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from ..model import ActorMention
from ..nlp.document import ParsedDoc
from ..resources import word_list
from ..stages.base import Analysis
from . import acronyms, coref, org_titles, persons, phrases, positions, references, subjects, surnames
from .atoms import Atom, build_atoms, pick_by_date
from .descriptions import LeaderLookup
from .draft import ActorDraft
from .lexicon import NameLexicon, Tok, tokenize
from .tables import Entry, build_lexicon, load_given_names, office_key

_LOCATIVE = word_list("actors/words.tsv", "locative_preps")


class ActorStage:
    """Finds actor mentions (countries, governments, armed groups, organisations, people,
    pronouns and descriptions) and codes them: ``code``, ``country``, ``sector``, ``entity``.

    Option ``extra``: a path or list of paths of user actor tables (see
    ``eventwire/data/actors/README.md``).
    """

    name: ClassVar[str] = "actors"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("actors",)

    def __init__(self, extra: str | Path | Sequence[str | Path] | None = None) -> None:
        if extra is None:
            paths: list[str | Path] = []
        elif isinstance(extra, str | Path):
            paths = [extra]
        else:
            paths = list(extra)
        self.extra = paths
        self._lex: NameLexicon[Entry] | None = None
        self._leaders: dict[tuple[str, str], list[Entry]] | None = None
        self._names: dict[str, str] | None = None
        self._countries: dict[str, str] | None = None
        # Coreference and titles work on tokens; no sentence needs a parse for this stage.
        self.cue_words: frozenset[str] = frozenset()

    @property
    def lexicon(self) -> NameLexicon[Entry]:
        if self._lex is None:
            self._lex = build_lexicon(self.extra)
        return self._lex

    def __call__(self, analysis: Analysis) -> None:
        analysis.record.actors = self.find(analysis.doc, analysis.record.published)

    def find(self, doc: ParsedDoc, published: str | None = None) -> list[ActorMention]:
        """Actor mentions of ``doc``, sorted by start offset."""
        toks = tokenize(doc.text)
        if not toks:
            return []
        sent_of = _sentence_of_tokens(toks, doc)
        atoms = build_atoms(toks, doc, self.lexicon, published)
        used = [False] * len(atoms)
        phrase_drafts = phrases.sector_phrases(atoms, toks, doc, used, sent_of)
        people = [
            persons.person_draft(a, sent_of[a.first], toks, published)
            for i, a in enumerate(atoms)
            if a.kind in ("person", "leader") and not used[i]
        ]
        surnames.extend_names(people, toks, _covered(len(toks), atoms))
        persons.attach_titles(people, phrase_drafts, toks)
        persons.unseat_subordinates(people, phrase_drafts)
        phrase_drafts = persons.merge_titles(phrase_drafts)
        singles = _single_atoms(atoms, used, toks, sent_of, doc)
        org_titles.place_organisations(singles, singles, toks)
        org_titles.attach_org_titles(people, singles, toks)
        persons.attach_affiliations(people, [s for s in singles if s.kind == "organisation"], toks,
                                    phrase_drafts)
        for ph in phrase_drafts:
            if ph.link is not None and ph.code is None:
                ph.code, ph.country, ph.sector = ph.link.code, ph.link.country, ph.sector or ph.link.sector
        lookup = self._leader_lookup(published)
        for ph in phrase_drafts:  # "the Colombian President said": the one in office then
            if ph.person and ph.link is None and ph.explicit and ph.code and ph.head and ph.current:
                leader = lookup(ph.code, ph.head)
                if leader is not None:
                    ph.name, ph.key, ph.role, ph.sector = leader.name, leader.key, leader.role, leader.sector
        surnames.short_names(people)
        drafts = phrase_drafts + people + singles
        drafts += surnames.surname_mentions(people, toks, _covered(len(toks), drafts), sent_of)
        drafts += acronyms.link_acronyms(sorted(drafts, key=lambda d: d.first), toks, sent_of)
        drafts += references.find_references(doc.text, toks, _covered(len(toks), drafts), sent_of)
        drafts.sort(key=lambda d: (d.first, -d.last))
        drafts = coref.resolve(drafts, lookup, toks, self.given_names, self.country_names,
                               subjects.clause_subjects(doc))
        _complete_entities(drafts)
        return _to_mentions(drafts, toks, doc.text)

    @property
    def country_names(self) -> dict[str, str]:
        """Actor code → canonical country name, from the countries table."""
        if self._countries is None:
            entries = self.lexicon.values()
            self._countries = {e.code: e.name for e in entries if e.kind == "country" and e.code}
        return self._countries

    @property
    def given_names(self) -> dict[str, str]:
        if self._names is None:
            self._names = load_given_names()
        return self._names

    @property
    def leaders(self) -> dict[tuple[str, str], list[Entry]]:
        """Leaders by (country code, lower-cased office)."""
        if self._leaders is None:
            table: dict[tuple[str, str], list[Entry]] = {}
            for e in self.lexicon.values():
                if e.kind == "leader" and e.code and e.role and not e.short:
                    bucket = table.setdefault((e.code, office_key(e.role)), [])
                    if e not in bucket:
                        bucket.append(e)
            self._leaders = table
        return self._leaders

    def _leader_lookup(self, published: str | None) -> LeaderLookup:
        """"the president" of ``code`` at the publication date, as a person draft."""

        def lookup(code: str, head: str) -> ActorDraft | None:
            entries = self.leaders.get((code, office_key(head)))
            if not entries:
                return None
            e = pick_by_date(entries, published)
            if published and not _in_office(e, published):
                return None
            return ActorDraft(0, 0, "person", e.name, code=e.code, country=e.country, sector=e.sector,
                         wikidata=e.wikidata, role=e.role, key="person:" + e.name, person=True)

        return lookup


def _complete_entities(drafts: list[ActorDraft]) -> None:
    """A person whose country was only found through coreference ("Its spokesman, Andrei
    Kavalenka") gets it on every mention of the same entity."""
    known: dict[str, ActorDraft] = {}
    for d in drafts:
        if d.key and d.code is not None and not d.reason and d.key not in known:
            known[d.key] = d
    for d in drafts:
        src = known.get(d.key or "")
        if src is not None and (d.code is None or d.reason) and d.kind in ("person", "description"):
            d.code, d.country, d.reason = src.code, src.country, None


def _covered(n: int, spans: Sequence[Atom | ActorDraft]) -> list[bool]:
    """Which of ``n`` tokens lie inside one of ``spans``."""
    taken = [False] * n
    for d in spans:
        for k in range(d.first, d.last):
            taken[k] = True
    return taken


def _in_office(e: Entry, published: str) -> bool:
    day = published[:10]
    return (not e.start or e.start <= day) and (not e.end or day < e.end)


def _sentence_of_tokens(toks: list[Tok], doc: ParsedDoc) -> list[int]:
    out: list[int] = []
    sents = doc.sentences
    s = 0
    for t in toks:
        while s + 1 < len(sents) and t.start >= sents[s + 1].start:
            s += 1
        out.append(s)
    return out


def _acts_here(doc: ParsedDoc, toks: list[Tok], a: Atom) -> bool:
    return positions.acts_as_actor(doc, toks[a.first].start, toks[a.last - 1].end)


def _owner_code(atoms: list[Atom], i: int, toks: list[Tok]) -> str | None:
    """The country of a possessor right before atom ``i`` ("Taiwan's Ministry ...")."""
    a = atoms[i]
    prev = atoms[i - 1] if i > 0 else None
    if prev is None or prev.kind != "country" or prev.entry is None or prev.last + 2 != a.first:
        return None
    if toks[prev.last].text != "'" or toks[prev.last + 1].lower != "s":
        return None
    return prev.entry.code


def _with_owner(atoms: list[Atom], i: int) -> Atom:
    """Seat atom ``i`` with the country word right before it ("the US State Department"),
    whose name the seat's position test must see as one."""
    a = atoms[i]
    prev = atoms[i - 1] if i > 0 else None
    if prev is not None and prev.last == a.first and prev.kind in ("country", "demonym"):
        return Atom(prev.first, a.last, a.kind, a.entry)
    return a


# Countries that share their name with a US state: after "Town," (a town the tables do not
# know) the name is the state ("Clarkston, Georgia"); "Tbilisi, Georgia" stays the country.
_US_STATE_NAMESAKES = frozenset({"Georgia"})


def _after_unknown_town(atoms: list[Atom], i: int, toks: list[Tok]) -> bool:
    a = atoms[i]
    if a.first < 2 or toks[a.first - 1].text != "," or not toks[a.first - 2].text[:1].isupper():
        return False
    prev = atoms[i - 1] if i > 0 else None
    return prev is None or prev.last < a.first - 1


def _region_after(atoms: list[Atom], i: int, toks: list[Tok]) -> Atom | None:
    """The region or country atom right after ``atoms[i]`` and a comma ("Paris, Texas")."""
    a = atoms[i]
    if i + 1 >= len(atoms) or a.last >= len(toks) or toks[a.last].text != ",":
        return None
    nxt = atoms[i + 1]
    return nxt if nxt.first == a.last + 1 and nxt.kind in ("location", "country") else None


def _single_atoms(atoms: list[Atom], used: list[bool], toks: list[Tok], sent_of: list[int],
                  doc: ParsedDoc) -> list[ActorDraft]:
    """Drafts for atoms not absorbed into a phrase: countries, demonyms, seats, organisations."""
    out: list[ActorDraft] = []
    for i, a in enumerate(atoms):
        if used[i] or a.kind in ("sector", "person", "leader"):
            continue
        sent = sent_of[a.first]
        e = a.entry
        if a.kind == "org":
            code = a.code or _owner_code(atoms, i, toks)  # "Taiwan's Ministry of National Defence"
            out.append(ActorDraft(a.first, a.last, "organisation", a.name, code=code,
                             country=code if code and code not in ("IGO", "NGO") else None,
                             sector=a.sector, key="org:" + a.name, sent=sent,
                             head=a.name.split()[-1].lower(),  # "the commission" can follow it
                             reason=None if code else "organisation not in the actor tables",
                             explicit=code is not None and a.code is None))
            continue
        if e is None:
            continue
        if a.kind == "seat":
            prev = toks[a.first - 1].lower if a.first > 0 else ""
            dateline = len(toks[a.first].text) > 2 and toks[a.first].text.isupper()  # "TBILISI (Reuters) —"
            if dateline or prev in _LOCATIVE or (
                prev == "the" and a.first > 1 and toks[a.first - 2].lower in _LOCATIVE
            ) or not _acts_here(doc, toks, _with_owner(atoms, i)):
                # "in Moscow": a place, kept as a location so that events can take it as a target
                code, country, wikidata = e.code, e.country, e.wikidata
                region = _region_after(atoms, i, toks)
                if region is not None and region.entry is not None and region.entry.code != code:
                    # "Paris, Texas": a namesake town in the region named after it
                    code, country, wikidata = region.entry.code, region.entry.country, None
                out.append(ActorDraft(a.first, a.last, "location", e.name, code=code, country=country,
                                 wikidata=wikidata, key=f"place:{e.name}/{code}", sent=sent, explicit=True))
                continue
            out.append(ActorDraft(a.first, a.last, "metonym", e.name, code=e.code, country=e.country,
                             sector=e.sector, wikidata=e.wikidata, key=f"seat:{e.code}/{e.sector}",
                             sent=sent, explicit=True))
        elif a.kind in ("country", "demonym"):
            if a.first > 1 and toks[a.first - 1].text == "-" and toks[a.first - 2].lower in ("pro", "anti"):
                continue  # "pro-Iranian Hizbollah": a stance, not an actor
            if phrases.not_owner(toks, a.last):
                continue  # "Iranian-backed", "Russian-made"
            if e.name in _US_STATE_NAMESAKES and _after_unknown_town(atoms, i, toks):
                out.append(ActorDraft(a.first, a.last, "location", e.name, code="USA", country="USA",
                                 key=f"place:{e.name}/USA", sent=sent, explicit=True))
                continue  # "Clarkston, Georgia": the US state
            out.append(ActorDraft(a.first, a.last, "group" if e.plural else "country", e.name, code=e.code,
                             country=e.country, wikidata=e.wikidata, key=f"country:{e.code}",
                             plural=e.plural, sent=sent, explicit=True,
                             adjective=a.kind == "demonym" and not e.plural))
        elif a.kind == "location":
            out.append(ActorDraft(a.first, a.last, "location", e.name, code=e.code, country=e.country,
                             wikidata=e.wikidata, key=f"place:{e.name}", sent=sent, explicit=True))
        elif a.kind in ("organisation", "group"):
            out.append(ActorDraft(a.first, a.last, e.kind, e.name, code=e.code, country=e.country,
                             sector=e.sector, wikidata=e.wikidata, key="org:" + e.name,
                             plural=e.plural, sent=sent, explicit=True, head=None))
    return out


def _to_mentions(drafts: list[ActorDraft], toks: list[Tok], text: str) -> list[ActorMention]:
    keys: dict[str, str] = {}
    out: list[ActorMention] = []
    for n, d in enumerate(drafts):
        start, end = toks[d.first].start, toks[d.last - 1].end
        key = d.key or f"mention:{n}"
        entity = keys.setdefault(key, f"a{len(keys) + 1}")
        code = d.code
        out.append(
            ActorMention(
                start=start, end=end, text=text[start:end], name=d.name, code=code,
                country=d.country, sector=d.sector, wikidata=d.wikidata, kind=d.kind, role=d.role,
                affiliation=d.affiliation, entity=entity,
                reason=d.reason if code is None or d.reason else None,
            )
        )
    out.sort(key=lambda m: (m.start, -m.end))
    return out
