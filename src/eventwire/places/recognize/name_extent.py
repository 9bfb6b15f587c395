"""Mentions grown to the whole name the gazetteer knows where the recogniser cut a name short,
and two unknown names side by side joined into one. Token based."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, make_mention

_JOINERS = words("name_joiners")


_REACH = 3  # name tokens a mention may grow by on either side


def _name_token(doc: ParsedDoc, k: int, sent: int) -> bool:
    t = doc.tokens[k]
    if t.sent != sent:
        return False
    if t.text == "-":  # joined on both sides: "Brest-Litovsk"
        toks = doc.tokens
        return 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and t.end == toks[k + 1].start
    name = t.text.replace("-", "").replace(".", "")
    if t.lower in _generic_parts():
        return False  # "North Arlington", "Hanover Town", "Missouri Valley College": other rules judge
    return (t.text[:1].isupper() and name.isalpha()) or t.lower in _JOINERS


@cache
def _generic_parts() -> frozenset[str]:
    """Words a name never grows by: compass and generic words, kinds of place, landmark and
    organisation words."""
    lists = ("bare_generic", "place_nouns", "landmark_heads", "org_heads", "org_tails", "directions",
             "site_names", "generic")
    return frozenset().union(*(words(n) for n in lists))


def widen(doc: ParsedDoc, mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """Mentions grown to the whole name the gazetteer knows where the recogniser cut a name
    ("Nuevo Tarnal" read as "Tarnal", "San Luis De Las Olmas" as two names,
    "Brest-Litovsk" as "Brest" and "Litovsk"), and two unknown names side by side taken as one
    ("the village of Sheikh Olmar"). Names a person's entity covers are left alone; other
    mentions inside a grown one are dropped. At most (2·3+1)² lookups a mention: linear."""
    toks = doc.tokens
    out: list[Mention] = []
    owner: dict[int, tuple[int, int]] = {}  # token -> the grown name covering it
    for m in mentions:
        if m.kind != "toponym" or m.first >= m.last:
            out.append(m)
            continue
        sent = toks[m.first].sent
        own_person = toks[m.first].ent_type == "PERSON"
        lo = m.first
        while lo > 0 and m.first - lo < _REACH and _name_token(doc, lo - 1, sent) and (
                own_person or toks[lo - 1].ent_type != "PERSON"):
            lo -= 1
        hi = m.last
        while hi < len(toks) and hi - m.last < _REACH and _name_token(doc, hi, sent) and (
                own_person or toks[hi].ent_type != "PERSON"):
            hi += 1
        grown = None
        spans = sorted(((a, b) for a in range(lo, m.first + 1) for b in range(m.last, hi + 1)
                        if (a, b) != (m.first, m.last)), key=lambda s: s[0] - s[1])
        for a, b in spans:
            if toks[a].text[:1].isupper() and toks[b - 1].text[:1].isupper() and known(
                    doc.text[toks[a].start : toks[b - 1].end]):
                grown = make_mention(doc, a, b, m.label)
                break
        out.append(grown if grown is not None else m)
        if grown is not None:
            for k in range(grown.first, grown.last):
                if k not in owner or owner[k][1] - owner[k][0] < grown.last - grown.first:
                    owner[k] = (grown.first, grown.last)
    kept: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for m in out:  # drop toponyms inside a grown name ("Litovsk"), and copies of it
        span = owner.get(m.first)
        if m.kind == "toponym" and span is not None and span != (m.first, m.last) and (
                span[0] <= m.first and m.last <= span[1]):
            continue
        if (m.first, m.last, m.kind) in seen:
            continue
        seen.add((m.first, m.last, m.kind))
        kept.append(m)
    return _pairs(doc, kept, known)


def _pairs(doc: ParsedDoc, mentions: list[Mention], known: Callable[[str], bool]) -> list[Mention]:
    """Two toponyms side by side, at least one unknown, are one name ("Sheikh Najjar")."""
    toks = doc.tokens
    by_first = {m.first: m for m in mentions if m.kind == "toponym"}
    pair: dict[int, Mention] = {}  # id of the first of a pair -> the second
    for m in mentions:
        nxt = by_first.get(m.last) if m.kind == "toponym" else None
        if (nxt is not None and nxt is not m and id(nxt) not in pair
                and toks[m.first].sent == toks[nxt.first].sent
                and toks[m.last - 1].end < toks[nxt.first].start
                and not (known(m.text) and known(nxt.text))):
            pair[id(m)] = nxt
    seconds = {id(n) for n in pair.values()}
    out: list[Mention] = []
    for m in mentions:
        second = pair.get(id(m))
        both = make_mention(doc, m.first, second.last, m.label) if second is not None else None
        if both is not None:
            out.append(both)
        elif id(m) not in seconds or id(m) in pair:
            out.append(m)
    return out
