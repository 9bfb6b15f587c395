"""Later mentions of a person named in full earlier: a bare surname the model did not tag
("Okafor said"), a name run the model cut short, and short forms that share the full name's
details (role, country, sector)."""

from __future__ import annotations

from ..resources import word_list
from . import namesakes
from .draft import IDENTITY, ActorDraft
from .lexicon import Tok


def _name_parts(name: str) -> list[str]:
    return [p for p in name.replace(".", " ").split() if p[:1].isupper()]


def surname_mentions(
    persons: list[ActorDraft], toks: list[Tok], taken: list[bool], sent_of: list[int]
) -> list[ActorDraft]:
    """Later bare surnames the model did not tag ("Okafor said"): a capitalised token equal
    to the last name of a person named in full earlier becomes a mention of that person."""
    last_names: dict[str, ActorDraft] = {}
    for p in persons:
        parts = _name_parts(p.name)
        if len(parts) > 1 and len(parts[-1]) > 2:
            last_names.setdefault(parts[-1], p)
    out: list[ActorDraft] = []
    if not last_names:
        return out
    first_seen = {p.key: p.first for p in persons}
    for i, t in enumerate(toks):
        if taken[i] or not t.text[:1].isupper():
            continue
        owner = last_names.get(t.text)
        if owner is None or first_seen.get(owner.key, i) >= i:
            continue
        if i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and toks[i + 1].start - t.end <= 1:
            continue  # part of a longer name
        d = ActorDraft(i, i + 1, "person", owner.name, key=owner.key, person=True, sent=sent_of[i])
        for attr in (*IDENTITY, "reason"):
            setattr(d, attr, getattr(owner, attr))
        out.append(d)
    return out


_NOT_NAMES = word_list("actors/words.tsv", "not_names")


def _name_word(tok: Tok) -> bool:
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.text not in _NOT_NAMES


def extend_names(people: list[ActorDraft], toks: list[Tok], taken: list[bool]) -> None:
    """"Ana Cecilia" + "Gervasi": the small model sometimes stops a name early; an
    untagged capitalised word right after a person's name belongs to it."""
    for p in people:
        if p.code is not None:  # a leader from the table: the name is known
            continue
        k = p.last
        while k < len(toks) and k - p.last < 1 and _name_word(toks[k]) and not taken[k] \
                and toks[k].start - toks[k - 1].end == 1:
            k += 1
        if k > p.last:
            extra = " ".join(t.text for t in toks[p.last : k])
            p.name = f"{p.name} {extra}"
            p.key = "person:" + p.name
            for m in range(p.last, k):
                taken[m] = True
            p.last = k


def short_names(persons: list[ActorDraft]) -> None:
    """A later "Duque" (or "Iván Duque" after "President Iván Duque") is the same person:
    share the key and copy what the first mention established."""
    seen: dict[str, ActorDraft] = {}
    full = _full_names(persons)
    for p in persons:
        parts = _name_parts(p.name)
        prev = None
        later = full.get(p.name) if len(parts) == 1 and not p.table else None
        if later is not None and later.first > p.first and p.name not in seen:
            prev = later  # a headline's "Lane" before the body's "Mary K. Lane"
        elif p.surface and " " not in p.surface and p.surface != p.name and not p.firm:
            # "Bush" after "Jeb Bush": the article's Bush, not the table's guess from the date
            # (a title or the full name in the article is more than a guess: "President Bush")
            prev = seen.get(p.surface)
        if parts and prev is None:
            prev = seen.get(p.name)
            namesake = None if p.table and p.firm else seen.get(parts[-1])  # "President Bush" is the table's
            if prev is None and namesake is not None and _given_fits(p, namesake):
                prev = namesake  # not "Michelle Obama" after "Barack Obama"
        if prev is not None and prev.table and namesakes.subordinate(p.role, prev.role):
            prev = None  # "a Kremlin aide, Colonel Putin" is not the president
        if prev is not None and prev is not p:
            if prev.name != p.name and prev.first < p.first:  # a table guess overruled: take
                # the earlier person's details (a headline's "Mayor Molina" keeps its own)
                p.code, p.country, p.sector, p.role, p.wikidata = (prev.code, prev.country, prev.sector,
                                                                   prev.role, prev.wikidata)
            p.key = prev.key
            p.name = prev.name
            for attr in IDENTITY:
                if getattr(p, attr) is None:
                    setattr(p, attr, getattr(prev, attr))
            continue
        seen.setdefault(p.name, p)  # (taken only by a leader its subordinate namesake is not)
        if len(parts) > 1:
            seen.setdefault(parts[-1], p)
    _share_details(persons)


def _full_names(persons: list[ActorDraft]) -> dict[str, ActorDraft]:
    """Surname → the person named in full with it: a leader read from the full name or a
    title first, else the first person named with more than one word."""
    out: dict[str, ActorDraft] = {}
    for p in sorted(persons, key=lambda d: (not (d.table and d.firm), d.first)):
        parts = _name_parts(p.name)
        if len(parts) > 1:
            out.setdefault(parts[-1], p)
    return out


def _given_fits(p: ActorDraft, earlier: ActorDraft) -> bool:
    """Whether ``p``'s written given names fit the earlier person of the same surname; a
    name that ends the earlier one fits ("Thein Aung" after "Ba Thein Aung")."""
    written = (p.surface or p.name).split()
    if any(n.split()[-len(written):] == written for n in (earlier.name, earlier.surface or "") if n):
        return True
    given = namesakes.name_given(p.surface or p.name)
    known = [g for n in (earlier.name, earlier.surface or "") if (g := namesakes.name_given(n))]
    return namesakes.given_fits(given, known)


def _share_details(persons: list[ActorDraft]) -> None:
    """Fill what a mention lacks from the best-informed mention of the same person (the
    headline's "John McCain" gets the "Senator" found in the first paragraph)."""
    best: dict[str, ActorDraft] = {}
    for p in persons:
        if p.key is None:
            continue
        b = best.get(p.key)
        if b is None or _info(p) > _info(b):
            best[p.key] = p
    for p in persons:
        b = best.get(p.key or "")
        if b is None or b is p:
            continue
        if p.code is None or (p.reason and not b.reason):
            p.code, p.country, p.reason = b.code, b.country, b.reason
        for attr in ("sector", "role", "affiliation", "wikidata"):
            if getattr(p, attr) is None:
                setattr(p, attr, getattr(b, attr))


def _info(p: ActorDraft) -> tuple[int, int, int]:
    return (int(p.code is not None and not p.reason), int(p.sector is not None), int(p.role is not None))
