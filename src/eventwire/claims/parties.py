"""Who is who in a claim: whether two actor mentions are one party, and which mentions are
actors a claim can be made about (``data/claims/actor_nouns.tsv`` for unnamed ones)."""

from __future__ import annotations

import re
from functools import cache

from ..actors.attribution import ActorIndex
from ..model import ActorMention
from ..resources import data_path, read_tsv, word_list


@cache
def actor_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv(data_path("claims/actor_nouns.tsv")))


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", ""})


def _side(m: ActorMention) -> str:
    """The state's organs act as one side; rebels, opposition, civilians ... each as another."""
    if m.kind == "group":  # armed groups, parties, crowds: never the state
        return "group:" + (m.sector or "")
    if m.sector is None:  # a country or its capital is the state; an unknown body is itself
        return "state" if m.kind in ("country", "government", "metonym", "location") else m.kind
    return "state" if m.sector in _STATE_SECTORS else m.sector


def same_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether two mentions stand for the same actor (entity, then code and side, then words)."""
    if a is None or b is None:
        return False
    if a.entity is not None and a.entity == b.entity:
        return True
    if a.entity is not None and b.entity is not None and _people(a, b):
        return False  # two people of one country and sector are still two parties
    if a.code is not None and b.code is not None:
        return a.code == b.code and _side(a) == _side(b)
    wa = {w for w in (a.name or a.text).lower().split() if len(w) > 2 and w not in ("the",)}
    wb = {w for w in (b.name or b.text).lower().split() if len(w) > 2 and w not in ("the",)}
    return bool(wa & wb)


_PERSONAL = word_list("claims/words.tsv", "personal_pronouns")


def _people(a: ActorMention, b: ActorMention) -> bool:
    """Two mentions of people: named persons, or "he"/"she" resolved to someone."""
    return all(m.kind == "person" or (m.kind == "pronoun" and m.text.lower() in _PERSONAL) for m in (a, b))


def same_entity(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Whether two mentions are the same entity (coreference id, else the same words)."""
    if a is None or b is None:
        return False
    if a.entity is not None and b.entity is not None:
        return a.entity == b.entity
    return (a.name or a.text).lower() == (b.name or b.text).lower()


def same_country(a: ActorMention | None, b: ActorMention | None) -> bool:
    return a is not None and b is not None and a.code is not None and a.code == b.code


def actor_like(m: ActorMention | None) -> bool:
    if m is None:
        return False
    if m.kind != "description":
        return True
    words = m.text.lower().replace("-", " ").split()
    return any(w in actor_nouns() for w in words)


_GENERIC = word_list("claims/words.tsv", "generic_people")


def political(m: ActorMention) -> bool:
    """An actor a claim can be about: not the general public, a reader or an unresolved pronoun."""
    words = m.text.lower().split()
    if m.sector == "CVL" or (words and words[-1] in _GENERIC):
        return False
    return not (m.kind == "pronoun" and m.code is None and m.name in (None, m.text))


_OWNER_STOP = word_list("claims/words.tsv", "owner_stop")


def speaks_for(index: ActorIndex, mention: ActorMention | None) -> ActorMention | None:
    """The body an unnamed speaker speaks for ("the police spokesperson" → the police named
    earlier, "a Commission spokesperson" → the European Commission): a word just before the
    description, or inside it, that a named mention earlier in the article holds. Else the
    mention itself, so that a wrongly coded description does not pass for another party."""
    if mention is None or mention.kind != "description":
        return mention
    doc = index.doc
    words: list[str] = []
    tok = doc.token_at(mention.start)
    if tok is not None:
        j = tok.i - 1
        s = doc.sentences[tok.sent]
        while j >= 0 and doc.tokens[j].start >= s.start and len(words) < 3:
            t = doc.tokens[j]
            if t.is_punct or t.pos in ("VERB", "AUX", "ADP", "DET") or t.lower in _OWNER_STOP:
                break
            words.append(t.lower)
            j -= 1
    words += mention.text.lower().split()[:-1]
    words = [w for w in words if len(w) > 2 and w not in _OWNER_STOP]
    if not words:
        return mention
    for m in reversed(index.mentions):
        if m.end > mention.start or m.kind in ("description", "pronoun"):
            continue
        held = set(m.text.lower().split()) | set((m.name or "").lower().split())
        if any(w in held for w in words):
            return m
    return mention


@cache
def country_words() -> dict[str, str]:
    """Lower-cased country names, aliases, demonyms and seats → code (the actors stage's
    country table, read only)."""
    out: dict[str, str] = {}
    for row in read_tsv(data_path("actors/countries.tsv")):
        for col in ("name", "aliases", "demonyms", "seats"):
            for word in (row.get(col) or "").split("|"):
                if word.strip():
                    out.setdefault(word.strip().lower(), row["code"])
    return out


_BACKED = re.compile(
    r"(\w[\w.]*(?: \w[\w.]*)?)[-\s](?:backed|sponsored|supported|funded|armed|aligned|allied|controlled)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


def backer(text: str, accused: ActorMention) -> str | None:
    """The country behind an accused ("Iran-backed militias" → IRN), from the words just
    before the mention."""
    m = _BACKED.search(text[max(0, accused.start - 60) : accused.start])
    if m is None:
        return None
    words = country_words()
    name = m.group(1).lower()
    return words.get(name) or words.get(name.split()[-1])


def answers_for(responder: ActorMention | None, accused: ActorMention, text: str) -> bool:
    """Whether the responder answers for the accused: the same actor; the same country, unless
    both are bodies of different sides ("the election commission" does not answer for "the
    ruling party", the capital answers for its country's groups); or the country behind it
    ("Tehran" for "Iran-backed militias")."""
    if responder is None:
        return False
    if same_actor(responder, accused):
        return True
    if same_country(responder, accused) and (
        _side(responder) == _side(accused) or responder.sector is None or accused.sector is None
        or responder.kind in ("country", "metonym")  # "Bogotá" answers for "Colombian paramilitaries"
    ):
        return True
    if _same_head(responder, accused):
        return True
    return responder.code is not None and backer(text, accused) == responder.code


def _same_head(a: ActorMention, b: ActorMention) -> bool:
    """ "the rebels" and "M23 rebels", "the Taliban government" and "the Afghan Taliban": a
    head word of one in the other, with no conflicting codes or sectors (not "the Russian
    government" and "the Ukrainian government")."""
    if a.kind == "pronoun" or b.kind == "pronoun" or (a.code and b.code and a.code != b.code):
        return False
    if a.sector and b.sector and a.sector != b.sector:  # "the governing coalition", "the opposition bloc"
        return False
    wa, wb = a.text.lower().split(), b.text.lower().split()
    return bool(wa and wb) and (wa[-1] in wb or wb[-1] in wa) and len(wa[-1]) > 3 and len(wb[-1]) > 3
