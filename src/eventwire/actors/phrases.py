"""Compose atoms into actor mentions.

- sector phrases: a sector noun with the country, organisation or leader that modifies it
  ("the Colombian Defense Minister", "Russian officials", "Norway's foreign minister",
  "the Maduro government", "the Russian Embassy in Colombia" → RUS GOV, "the guerrillas
  of the National Liberation Army" → the ELN's code);
- people with titles ("Colombian President Iván Duque") and appositions ("Diego Molano,
  the Colombian Defense Minister", "Carlos Alberto Patiño, ... a professor at the National
  University of Colombia");
- bare countries, demonyms, seats of power used as actors ("Moscow", "the Kremlin") and
  organisations.
"""

from __future__ import annotations

from ..nlp.document import ParsedDoc
from ..resources import word_list
from .atoms import Atom
from .draft import ORG_SECTORS, ActorDraft, kind_for
from .lexicon import Tok, span_text

_SHORT_DETERMINERS = word_list("actors/words.tsv", "short_determiners")

COUNTRYISH = word_list("actors/words.tsv", "countryish_kinds")
DETS = word_list("actors/words.tsv", "determiners")
GAP = DETS | word_list("actors/words.tsv", "gap_words")
# Sector words that often modify another noun ("military assistance", "police station").
ADJ_LIKE = word_list("actors/words.tsv", "adjective_like")
FUNCTION = word_list("actors/words.tsv", "function_words")
HOST_WORDS = word_list("actors/words.tsv", "host_words")
ATTACH = frozenset({"of", "in", "from"})
PERSON_ATTACH = ATTACH | {"for"}
# "Iranian-backed rebels", "Russian-made rockets": the country is not the actor.
NOT_OWNER = word_list("actors/words.tsv", "not_owner")


def not_owner(toks: list[Tok], last: int) -> bool:
    """Whether the country word ending before token ``last`` is followed by "-backed" & co."""
    return last + 1 < len(toks) and toks[last].text == "-" and toks[last + 1].lower in NOT_OWNER
PAST_WORDS = word_list("actors/words.tsv", "past_words")


def _is_modifier(a: Atom, atoms: list[Atom], idx: int, toks: list[Tok], doc: ParsedDoc) -> bool:
    """Whether the sector noun of atom ``a`` modifies a following noun."""
    assert a.entry is not None
    tok = doc.token_at(toks[a.last - 1].start)
    if tok is not None and tok.pos == "ADJ" and not a.entry.title:
        return True  # "official contact", "military ally"
    if idx + 1 < len(atoms) and atoms[idx + 1].first == a.last and atoms[idx + 1].kind == "sector":
        return True  # "military officials", "government spokesman"
    if a.entry.name == "general" and a.first > 0 and toks[a.first - 1].lower in ("in", "attorney"):
        return True  # "in general"
    if a.entry.name not in ADJ_LIKE or a.last >= len(toks):
        return False
    if a.entry.title and toks[a.last].text[:1].isupper():
        return False  # "General Ahmed Salah": a title before a name
    nxt = toks[a.last]
    if tok is not None and tok.pos:
        if tok.dep in ("compound", "amod", "nmod") and tok.head > tok.i:
            head = doc.tokens[tok.head]
            return head.pos in ("NOUN", "PROPN")
        return False
    if not nxt.text.isalpha() or not nxt.text.islower():
        return False
    return nxt.lower not in FUNCTION and not nxt.lower.endswith(("ed", "s", "ing"))


def _modifier_word(doc: ParsedDoc, tok: Tok) -> bool:
    """A parsed adjective or noun modifying what follows ("defence" in "US defence
    companies"); unparsed sentences only allow the GAP words."""
    t = doc.token_at(tok.start)
    return t is not None and t.pos in ("ADJ", "NOUN") and t.dep in ("amod", "compound", "nmod") \
        and t.head > t.i


def _left_country(atoms: list[Atom], idx: int, toks: list[Tok], doc: ParsedDoc) -> tuple[int | None, bool]:
    """Index of the country-bearing atom modifying atom ``idx``, and whether a determiner
    ("the", "this") stands before the phrase."""
    j = atoms[idx].first - 1
    k = idx - 1
    steps = 0
    det = False
    while j >= 0 and steps < 6:
        if k >= 0 and atoms[k].last == j + 1:
            if atoms[k].kind in COUNTRYISH and not_owner(toks, atoms[k].last):
                return None, det
            if atoms[k].kind in COUNTRYISH:
                if atoms[k].first > 0 and toks[atoms[k].first - 1].lower in DETS:
                    det = True
                return k, det
            if atoms[k].kind == "sector":
                j = atoms[k].first - 1
                k -= 1
                steps += 1
                continue
            break
        t = toks[j].lower
        if t in DETS:
            return None, True
        if t in GAP or t == "'" or (t == "s" and j > 0 and toks[j - 1].text == "'") \
                or (toks[j].text.isalpha() and _modifier_word(doc, toks[j])):
            j -= 1
            steps += 1
            continue
        break
    return None, det


def _right_attachment(atoms: list[Atom], idx: int, toks: list[Tok],
                      preps: frozenset[str] = ATTACH) -> int | None:
    """``... of/in/from (the) X``: index of the country-bearing atom X, or None."""
    j = atoms[idx].last
    if j >= len(toks) or toks[j].lower not in preps:
        return None
    j += 1
    if j < len(toks) and toks[j].lower == "the":
        j += 1
    for k in range(idx + 1, min(idx + 3, len(atoms))):
        if atoms[k].first == j and atoms[k].kind in COUNTRYISH:
            return k
    return None


def _entry_fields(a: Atom) -> dict[str, str | None]:
    e = a.entry
    if e is None:  # unknown ORG or PERSON
        return {"code": a.code, "country": None}
    return {"code": e.code, "country": e.country}


def sector_phrases(
    atoms: list[Atom], toks: list[Tok], doc: ParsedDoc, used: list[bool], sent_of: list[int]
) -> list[ActorDraft]:
    """Drafts for every sector noun used as a head, with its country when written."""
    out: list[ActorDraft] = []
    for idx, a in enumerate(atoms):
        if a.kind != "sector" or a.entry is None:
            continue
        if _is_modifier(a, atoms, idx, toks, doc):
            continue
        e = a.entry
        left, det = _left_country(atoms, idx, toks, doc)
        first = a.first
        kind = "description" if e.person else kind_for(e.sector, False)
        d = ActorDraft(a.first, a.last, kind, e.name, sector=e.sector, plural=e.plural, person=e.person,
                  head=e.name, definite=det, sent=sent_of[a.first])
        if left is not None and atoms[left].kind in ("person", "leader") and e.person and e.sector != "GOV":
            left = None
        src = left if left is not None else _right_owner(atoms, idx, toks)
        if src is not None:
            s = atoms[src]
            f = _entry_fields(s)
            outer = _right_attachment(atoms, src, toks) if f["code"] is None and s.kind == "org" else None
            if outer is not None:
                # "a spokesman for the Eastern Theatre Command of the People's Liberation Army"
                f = _entry_fields(atoms[outer])
            d.code, d.country = f["code"], f["country"]
            d.explicit = d.code is not None
            if s.kind in ("organisation", "group", "org"):
                d.affiliation = s.entry.name if s.entry else s.name
                if s.kind == "group" or (s.entry and s.entry.sector == "REB"):
                    d.key = "org:" + (s.entry.name if s.entry else s.name)
            elif src == left or (s.kind in ("country", "demonym", "seat") and toks[a.last].lower == "of"):
                used[src] = True
            if src == left:
                first = s.first
        d.first = first
        before = {t.lower for t in toks[max(0, min(first, a.first) - 3) : a.first]}
        has_complement = a.last < len(toks) and toks[a.last].lower in ("of", "at", "for") and src is None
        d.current = not (before & PAST_WORDS) and not has_complement
        if has_complement and e.person:
            _head_of(d, atoms, idx, toks)
        d.name = _phrase_name(d, toks, a)
        if e.person:
            nxt = atoms[idx + 1].first if idx + 1 < len(atoms) else len(toks)
            d.role = role_text(toks, a.first, a.last, nxt if src is None else a.last)
        out.append(d)
    return out


def _right_owner(atoms: list[Atom], idx: int, toks: list[Tok]) -> int | None:
    """The atom after sector noun ``atoms[idx]`` that owns it, if any ("a spokesman for the
    army", "the embassy of X"); none after a possessive or for a peacekeeping force."""
    a = atoms[idx]
    e = a.entry
    assert e is not None
    possessed = a.first > 0 and toks[a.first - 1].lower in ("its", "their", "his", "her")
    if possessed:
        return None  # "its forces in Carvania": the owner comes from the pronoun
    if "peacekeep" in e.name:
        return None  # "the peacekeeping force in Carvania": an international force, not the host's
    if e.name not in HOST_WORDS:
        # a person speaks "for" a body ("a spokesman for the army"); troops "for" a
        # country are sent there
        return _right_attachment(atoms, idx, toks, PERSON_ATTACH if e.person else ATTACH)
    r = _right_attachment(atoms, idx, toks)
    return r if r is not None and toks[a.last].lower == "of" else None


def _head_of(d: ActorDraft, atoms: list[Atom], idx: int, toks: list[Tok]) -> None:
    """"the president of the company": the person heads a company (BUS), not a state."""
    j = atoms[idx].last + 1
    if j < len(toks) and toks[j].lower in _SHORT_DETERMINERS:
        j += 1
    nxt = atoms[idx + 1] if idx + 1 < len(atoms) else None
    if nxt is not None and nxt.first == j and nxt.kind == "sector" and nxt.entry is not None \
            and nxt.entry.sector in ORG_SECTORS:
        d.sector = nxt.entry.sector
        d.affiliation = " ".join(t.text for t in toks[nxt.first : nxt.last])


def _phrase_name(d: ActorDraft, toks: list[Tok], a: Atom) -> str:
    """The phrase as written, from its country word to its noun ("Russian officials")."""
    return span_text(toks, d.first, a.last)


_ROLE_PREPS = frozenset({"in", "of", "on"})
_ROLE_STOPS = word_list("actors/words.tsv", "role_stops")


def role_text(toks: list[Tok], a_first: int, a_last: int, limit: int | None = None) -> str:
    """The role as written: the title noun, with an "in/of/on" complement that names no
    actor ("an expert in international relations", "professor of Political Science"),
    up to token ``limit`` (the next atom)."""
    end = a_last
    if limit is not None and a_last < len(toks) and toks[a_last].lower in _ROLE_PREPS:
        k = a_last + 1
        while k < min(limit, a_last + 6, len(toks)) and toks[k].lower not in _ROLE_STOPS:
            k += 1
        if k > a_last + 1 and (k >= len(toks) or toks[k].lower in _ROLE_STOPS):
            end = k
    return span_text(toks, a_first, end)
