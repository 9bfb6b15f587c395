"""Resolve a description without a country ("the minister", "the ministry", "the mayor",
"the army"): the last person whose role fits, the last mention with that noun, the place
named before a local office, else the article's main country so far (``reason`` says so)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..resources import word_list
from .draft import STATE_SECTORS, ActorDraft
from .lookback import DESC_WINDOW, copy_identity, country_like, last_match

LeaderLookup = Callable[[str, str], ActorDraft | None]


# Sectors whose actors usually belong to the country an article is about; others (a
# company, a journalist, an untitled person) are left uncoded rather than guessed.
CONTEXT_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "REF", "SPY", "PTY", "EDU"}
)


# Offices of a town, county or province: they take the country of the place named before.
LOCAL_OFFICES = word_list("actors/words.tsv", "local_offices")


# Words that make an office a lower one: "the president" is not the vice president.
_DEPUTY_WORDS = word_list("actors/words.tsv", "deputy_words")


_AFTER_OFFICE = word_list("actors/words.tsv", "after_office")


def role_fits(noun: str, role: str) -> bool:
    """Whether "the <noun>" can be the person holding ``role``: the noun ends the office
    in the role, word for word ("the minister" → "Defense Minister", "Foreign Minister of
    Peru"; "the spokesman" → "Kremlin spokesman"), with no deputy word right before it
    ("the president" is not the "Vice President", "the general" not the
    "Secretary-General")."""
    words = noun.lower().split()
    held = role.lower().replace("-", " - ").replace(",", " , ").split()
    n = len(words)
    for k in range(len(held) - n + 1):
        if held[k : k + n] != words:
            continue
        ends = k + n == len(held) or held[k + n] in _AFTER_OFFICE
        if ends and (k == 0 or held[k - 1] not in _DEPUTY_WORDS):
            return True
    return False


def _same_noun(earlier: str | None, head: str) -> bool:
    """"the ministry" after "the Defence Ministry": the later noun ends the earlier one."""
    return earlier is not None and (earlier == head or earlier.endswith(" " + head))


def describe(d: ActorDraft, history: list[ActorDraft], counts: Counter[str], last_seen: dict[str, int],
              lookup_leader: LeaderLookup) -> None:
    head = d.head or ""
    if d.kind == "person":
        pass
    elif d.sector in ("NGO", "IGO") or "peacekeep" in head:
        d.code = d.sector if d.sector in ("NGO", "IGO") else "IGO"
        return
    elif d.person:
        ante = last_match(history, d.sent, DESC_WINDOW,
                          lambda h: h.kind in ("person", "description") and h.person and h.key is not None
                          and h.role is not None and role_fits(head, h.role))
        if ante is not None:
            copy_identity(d, ante)
            d.kind = "description"
            return
    else:
        ante = last_match(history, d.sent, DESC_WINDOW,
                          lambda h: _same_noun(h.head, head) and h.code is not None and h.kind != "pronoun")
        if ante is not None:
            d.code, d.country = ante.code, ante.country
            d.sector = ante.sector or d.sector  # "the ministry" after "the Defence Ministry": MIL
            d.key, d.name = ante.key, ante.name
            d.kind = "description"
            return
    office = (d.role or head).lower().split()[-1:] if (d.role or head) else []
    if office and office[0] in LOCAL_OFFICES:
        # "Mayor Ted Terry": a local office belongs to the place named last, not to the
        # country the article talks about most ("Syrian refugees arrived in Atlanta")
        place = last_match(history, d.sent, DESC_WINDOW,
                           lambda h: h.kind == "location" and h.code is not None)
        if place is not None:
            d.code, d.country = place.code, place.country
            d.reason = "country of the place named before the local office"
            return
    if not counts or d.sector not in CONTEXT_SECTORS:
        d.reason = "no country in the mention" + ("" if counts else " or the article")
        return
    named_org = d.kind == "organisation" and (d.key or "").startswith("org:")
    if (d.person or named_org) and d.sector not in STATE_SECTORS:
        # an analyst, a professor, a named institute: the article's topic country is no
        # evidence of theirs (US experts quoted in a North Korea story are not North Korean)
        d.reason = "no country in the mention; the article's country is not assumed for it"
        return
    code = max(counts, key=lambda c: (counts[c], last_seen.get(c, -1)))
    if d.sector in STATE_SECTORS and not d.person:
        # "Russia sent two planes and ... soldiers": a state's organs belong to the country
        # named last in the sentence; rebels and civilians to the article's country.
        near = last_match(history, d.sent, 0,
                     lambda h: h.sent == d.sent and h.kind != "person" and country_like(h))
        if near is not None and near.code is not None:
            code = near.code
        leader = lookup_leader(code, head)
        if leader is not None:
            copy_identity(d, leader)
            d.kind = "description"
            return
    d.code = code
    d.country = next((h.country for h in reversed(history) if h.code == code and h.country), None)
    d.reason = "country inferred from the article context"
