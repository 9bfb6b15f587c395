"""What every recognition pass reads about the article's names: the gazetteer's lookups
(known, spelled another way, strong, a country), how the entity recogniser labelled each
name, the words of people's full names, and the parties and metonyms the actors stage found."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ...actors.positions import acts_as_actor
from ...model import ActorMention
from ...nlp.document import ParsedDoc
from ..gazetteer.index import PlaceCandidate
from ..gazetteer.name_keys import name_key, spelling_variants
from ..lexicon import words
from ..mention import Mention

_PARTICLES = words("person_name_particles")


class ArticleNames:
    """What every recognition pass reads about the article: its parse and actors, the
    gazetteer's lookups, and how the entity recogniser labelled each name."""

    def __init__(self, doc: ParsedDoc, actors: list[ActorMention],
                 lookup: Callable[[str], tuple[PlaceCandidate, ...]]) -> None:
        self.doc, self.actors, self.lookup = doc, actors, lookup
        self.labels: dict[str, Counter[str]] = {}
        self.person_words: set[str] = set()  # the words of people's full names
        for e in doc.entities:
            self.labels.setdefault(e.text, Counter())[e.label] += 1
            if e.label == "PERSON" and e.last - e.first >= 2 and not any(  # not "Brantley police Sgt"
                    doc.tokens[k].text[:1].islower() and doc.tokens[k].lower not in _PARTICLES
                    for k in range(e.first, e.last)):
                self.person_words.update(doc.tokens[k].text for k in range(e.first, e.last))
        self.gpe_texts = {t for t, c in self.labels.items() if c["GPE"] + c["LOC"] > c["PERSON"] + c["ORG"]}
        # organisations, groups, persons known by a fuller name
        self.parties = {(a.start, a.end) for a in actors
                        if a.kind in ("organisation", "group") or (a.kind == "person" and a.name != a.text)}
        self.metonyms = [(a.start, a.end) for a in actors
                         if a.kind == "metonym" and acts_as_actor(doc, a.start, a.end)]

    def known(self, name: str) -> bool:
        return bool(self.lookup(name))

    def spelled(self, name: str) -> bool:
        """Known, also by another spelling: "Qaryat" (Qariyat), "Arish" (Al Arish)."""
        return self.known(name) or any(self.lookup(v) for v in spelling_variants(name_key(name)))

    def strong(self, name: str) -> bool:
        """A country, a first-level region or a city of 100,000 people: safe to take even
        where the entity recogniser labelled the name an organisation or a person."""
        return any(c.is_country or c.feature_code == "ADM1" or c.population >= 100_000
                   for c in self.lookup(name) if c.main)

    def country_name(self, name: str) -> bool:
        """A country, by any of its names: "U.S.", "Britain"."""
        return any(c.is_country for c in self.lookup(name))

    def admin_or_country(self, name: str) -> bool:
        return any(c.is_country or c.feature_code == "ADM1" for c in self.lookup(name) if c.main)

    def person_like(self, m: Mention) -> bool:
        """"Verduin", "Petrova": a word of a person's full name elsewhere in the article, or
        a name labelled a person more often than a place."""
        if self.admin_or_country(m.text) or self.strong(m.text):
            return False
        c = self.labels.get(m.text)
        if c is not None and c["PERSON"] > c["GPE"] + c["LOC"]:
            return True
        return m.first + 1 == m.last and m.text in self.person_words

    def party_or_person(self, text: str, start: int, end: int) -> bool:
        """A known party, or a word of a person's full name (by text and offsets)."""
        return text in self.person_words or (start, end) in self.parties
