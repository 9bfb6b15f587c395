"""People: name, role, affiliation and the country/sector they act for.

Sources, strongest first: a title phrase right before the name ("Colombian President Iván
Duque", "the Colombian Defense Minister, Diego Molano"), an apposition after it ("Diego
Molano, the Colombian Defense Minister"; "Carlos Alberto Patiño, an expert ... and a
professor at the National University of Colombia"), "X of Morocco", the leaders table
(the person in office at the publication date), and an earlier mention of the same person
("Duque" after "Iván Duque").
"""

from __future__ import annotations

from ..resources import word_list
from . import namesakes
from .atoms import Atom
from .draft import ActorDraft
from .lexicon import Tok, span_text

_ROLE_PREPS = word_list("actors/words.tsv", "role_preps")

_STOPS = frozenset({",", ".", ";", ":", "(", ")", "“", "”", '"', "—", "–", "?", "!"})
_INTRO = word_list("actors/words.tsv", "person_intro")  # "Its spokesman, Tomas Verhaal,"
_RANK_MODIFIERS = word_list("actors/words.tsv", "rank_modifiers")
_LINK_VERBS = word_list("actors/words.tsv", "link_verbs")


def person_draft(a: Atom, sent: int, toks: list[Tok], published: str | None = None) -> ActorDraft:
    """The person an atom names. A leader from the table holds the table's office only while
    in office at ``published``: before or after, the person keeps the country but not the
    role or sector ("Trump" in 2016 is no president); without a date the office is kept and
    the reason says it was not checked."""
    e = a.entry
    surface = span_text(toks, a.first, a.last)
    if e is not None:
        d = ActorDraft(a.first, a.last, "person", e.name, code=e.code, country=e.country, sector=e.sector,
                  wikidata=e.wikidata, role=e.role, key="person:" + e.name, person=True, sent=sent,
                  reason=None, surface=surface, table=True, firm=a.firm)
        if e.kind == "leader" and (e.start or e.end):
            term = f"{e.role} {e.start or '?'} to {e.end or 'now'}"
            if not published:
                d.reason = f"no publication date: office from the leaders table ({term}) not checked"
            elif not namesakes.in_office(e, published):
                d.code, d.role, d.sector = e.country, None, None
                d.reason = f"not in office at the publication date ({term})"
        return d
    return ActorDraft(a.first, a.last, "person", a.name, key="person:" + a.name, person=True, sent=sent,
                 surface=surface)


def attach_titles(persons: list[ActorDraft], phrases: list[ActorDraft], toks: list[Tok]) -> None:
    """Link each person-type phrase to the person it names: right before the name
    ("President Iván Duque"), before a comma and the name ("the Colombian Defense Minister,
    Diego Molano"; "a spokesman for the army in Ituri, Lieutenant Jules Ngongo"), or in an
    apposition after the name ("Diego Molano, the Colombian Defense Minister")."""
    by_first = {p.first: p for p in persons}
    by_last = {p.last: p for p in persons}
    titled = [ph for ph in phrases if ph.person]
    for ph in titled:  # titles right before the name first
        p = by_first.get(ph.last)
        if p is not None and p.link is None:
            _take(p, ph)
    starts = {ph.first: ph.link for ph in titled if ph.link is not None and ph.last == ph.link.first}
    # (a title phrase right before a name starts that person's mention once merged)
    for ph in titled:
        if ph.link is not None:
            continue
        p = _named_after_comma(ph, titled, by_first, starts, toks)
        if p is None:
            p = _appositive_owner(ph, by_last, toks)
        if p is not None and p.link is None:
            _take(p, ph)
        elif p is not None:  # a second role ("an expert ... and a professor", "General X")
            ph.key, ph.link, ph.name = p.key, p, p.name
            if not ph.explicit:
                ph.code, ph.country, ph.reason = p.code, p.country, None
            elif p.code is None or p.reason or not p.explicit:
                p.code, p.country, p.reason, p.explicit = ph.code, ph.country, None, True


def unseat_subordinates(persons: list[ActorDraft], phrases: list[ActorDraft]) -> None:
    """A table leader whose own mention a spokesman's or officer's description names ("a
    spokesman for the army, Senior Colonel Xi") is someone else with the same name: the
    person as written, with the description's role and country."""
    for ph in phrases:
        p = ph.link
        if p is None or not p.table or ph.kind == "person" or not namesakes.subordinate(ph.head, p.role):
            continue
        written = p.surface or p.name
        p.name, p.key, p.table, p.wikidata = written, "person:" + written, False, None
        p.role, p.sector = ph.role or ph.head, ph.sector
        p.code, p.country = (ph.code, ph.country) if ph.explicit else (None, None)
        p.explicit = ph.explicit
        for other in phrases:
            if other.link is p:
                other.name, other.key = p.name, p.key


def _named_after_comma(ph: ActorDraft, titled: list[ActorDraft], by_first: dict[int, ActorDraft],
                       starts: dict[int, ActorDraft], toks: list[Tok]) -> ActorDraft | None:
    """The person named after the comma that closes phrase ``ph`` (within a few words,
    with no other title phrase in between)."""
    before = toks[ph.first - 1].lower if ph.first > 0 else ""
    possessed = before == "s" and ph.first > 1 and toks[ph.first - 2].text == "'"  # "the commission's"
    if not (ph.definite or ph.explicit or before in _INTRO or possessed):
        return None
    j = ph.last
    while j < len(toks) and j - ph.last < 14:  # "a spokesman for the ... Army, Senior Colonel Li Xi"
        t = toks[j].text
        if t == ",":
            k = j + 1
            while k < len(toks) and k - j < 3 and toks[k].lower in _RANK_MODIFIERS:
                k += 1  # ", Senior Colonel Li Xi"
            return by_first.get(k) or starts.get(k)
        if t in _STOPS or toks[j].lower in _LINK_VERBS or any(o.first == j for o in titled):
            return None
        j += 1
    return None


def merge_titles(phrases: list[ActorDraft]) -> list[ActorDraft]:
    """A title right before the name ("Colombian President Iván Duque") becomes part of
    the person's mention: one mention, not two. Returns the phrases left."""
    kept: list[ActorDraft] = []
    for ph in phrases:
        p = ph.link
        if p is not None and p.kind == "person" and ph.last == p.first:
            p.first = ph.first
            continue
        kept.append(ph)
    return kept


def _appositive_owner(ph: ActorDraft, by_last: dict[int, ActorDraft], toks: list[Tok]) -> ActorDraft | None:
    """The person whose apposition contains phrase ``ph`` (bounded look-back)."""
    j = ph.first - 1
    steps = 0
    while j >= 0 and steps < 14:
        t = toks[j].text
        if t == ",":
            owner = by_last.get(j)
            if owner is not None and j + 1 < len(toks) and toks[j + 1].lower not in _LINK_VERBS:
                return owner
            return None
        if t in _STOPS or toks[j].lower in _LINK_VERBS:
            return None
        j -= 1
        steps += 1
    return None


def _take(p: ActorDraft, ph: ActorDraft) -> None:
    """Person ``p`` is named by phrase ``ph``: copy role, country and sector."""
    p.link = ph
    ph.key = p.key
    ph.link = p
    ph.name = p.name
    role = ph.role or ph.head or ph.name
    if role:
        p.role = role if p.role is None or ph.explicit or p.code is None else p.role
    if ph.explicit:
        p.code, p.country = ph.code, ph.country
        p.reason = None
        p.explicit = True
    if ph.sector and (p.sector is None or ph.explicit):
        p.sector = ph.sector
    if ph.affiliation:
        p.affiliation = ph.affiliation


def attach_affiliations(persons: list[ActorDraft], orgs: list[ActorDraft], toks: list[Tok],
                        phrases: list[ActorDraft] | None = None) -> None:
    """"..., a professor at the National University of Colombia": the organisation in a
    person's apposition becomes the affiliation, and its country the person's when none is
    known; the role the affiliation completes ("professor", not an earlier "expert")
    becomes the person's role."""
    by_last = {p.last: p for p in persons}
    by_end = {ph.last: ph for ph in phrases or () if ph.person}
    for org in orgs:
        j = org.first - 1
        if j < 0 or toks[j].lower not in _ROLE_PREPS:
            continue
        owner = _appositive_owner(org, by_last, toks)
        if owner is None:
            continue
        role = by_end.get(j - 1 if toks[j].lower == "the" else j)
        if role is not None and role.link is owner and role.role and owner.affiliation is None:
            owner.role = role.role
        owner.affiliation = owner.affiliation or org.name
        if owner.code is None and org.code is not None:
            owner.code, owner.country = org.code, org.country
        if owner.sector is None and org.sector is not None:
            owner.sector = org.sector
        if owner.link is not None and owner.link.code is None:
            owner.link.code, owner.link.country = owner.code, owner.country
