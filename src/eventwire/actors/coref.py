"""In-document coreference by rules, in one left-to-right pass with a bounded look-back.

- pronouns: he/him/his, she/her → the last person; they/them/their → the last plural
  actor (or group of two countries); it/its → the last country or organisation;
- descriptions: "the minister" → the last person whose role has that noun (else the
  leaders table for the article's country); "that country" → the last country; "the two
  countries" / "both countries" → the last two countries; "the government", "the army",
  "the rebels" without a country → the last mention with that noun, else the article's
  main country so far (``reason`` says so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..resources import word_list
from . import groups
from .draft import IDENTITY, STATE_SECTORS, ActorDraft
from .lexicon import Tok
from .references import FEMALE_PRONOUNS, RELATIVES, gender_of
from .subjects import Subjects, continued_subject

POSSESSIVES = frozenset({"its", "their", "his", "her"})
# Sectors whose actors usually belong to the country an article is about; others (a
# company, a journalist, an untitled person) are left uncoded rather than guessed.
CONTEXT_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "REF", "SPY", "PTY", "EDU"}
)
WINDOW = 3  # sentences looked back for the antecedent of "it" and "they"
PERSON_WINDOW = 6  # ... and of "he" and "she" (news keeps one protagonist for paragraphs)
DESC_WINDOW = 6
COUNTRY_KINDS = word_list("actors/words.tsv", "country_kinds")

LeaderLookup = Callable[[str, str], ActorDraft | None]


def _country_like(h: ActorDraft) -> bool:
    return h.kind in COUNTRY_KINDS and h.code is not None and (h.explicit or h.kind == "person") \
        and h.code not in ("IGO", "NGO")


def resolve(drafts: list[ActorDraft], lookup_leader: LeaderLookup, toks: list[Tok],
            names: dict[str, str] | None = None, countries: dict[str, str] | None = None,
            subjects: Subjects | None = None) -> list[ActorDraft]:
    """Resolve pronouns and descriptions in ``drafts`` (sorted by position). Returns the
    drafts to keep (unresolved pronouns are dropped); pair descriptions come back as one
    draft per member, sharing the span. ``subjects`` (from the parse) gives, per parsed
    sentence, the character offsets of its last clause subject and of its main subject."""
    pass_ = _Pass(lookup_leader, toks, names or {}, subjects or {}, dict(countries or {}),
                  Counter(d.code for d in drafts if d.code and d.explicit and d.code not in ("IGO", "NGO")))
    for pos, d in enumerate(drafts):
        if not pass_.resolved(d):
            pass_.record(pos, d)
    return pass_.keep


@dataclass(slots=True)
class _Pass:
    """The state of one left-to-right resolution pass over an article's drafts."""

    lookup_leader: LeaderLookup
    toks: list[Tok]
    names: dict[str, str]
    subjects: Subjects
    country_names: dict[str, str]  # code → canonical country name
    overall: Counter[str]  # explicit country codes of the whole article
    learned: dict[str, str] = field(default_factory=dict)  # entity key → gender taught by a pronoun
    counts: Counter[str] = field(default_factory=Counter)
    last_seen: dict[str, int] = field(default_factory=dict)
    apposed: dict[str, ActorDraft] = field(default_factory=dict)  # apposed entity → its description
    history: list[ActorDraft] = field(default_factory=list)
    keep: list[ActorDraft] = field(default_factory=list)

    def resolved(self, d: ActorDraft) -> bool:
        """Resolve ``d`` if it refers; True when it is done with (dropped, or replaced by one
        draft per member), False when it goes on to be recorded."""
        toks, history, keep = self.toks, self.history, self.keep
        if d.kind == "pronoun" and d.head in RELATIVES:  # "Diego Molano, who said ..."
            return self._relative(d)
        if d.kind == "pronoun":
            return self._pronoun(d)
        if d.head == "country" and d.kind == "description":
            ante = _that_country(d, history)
            if ante is None:
                return True
            _as_country(d, ante, self.country_names)
            _of_reference(d, keep, toks)
            return False
        if d.head == "pair":
            pair = _last_two(history, d.sent, _country_like)
            if pair is not None:
                keep.extend(_members(d, pair, lambda m, member: _as_country(m, member, self.country_names)))
            return True
        if d.head == "sides":  # "both sides": the last two actors, whatever they are
            earlier = [h for h in history if h.sent < d.sent]  # not the sentence's own subject
            pair = _last_two(earlier, d.sent, _side_like) or _last_two(earlier, d.sent, _side_like,
                                                                        by_code=False)
            if pair is not None:
                keep.extend(_members(d, pair, _copy))
            return True
        if d.head in PERSON_PAIRS and _pair_words(toks, d.first):  # "the two leaders"
            pair = _last_two(history, d.sent, lambda h: h.kind == "person" and h.key is not None,
                             by_code=False)
            if pair is not None:
                keep.extend(_members(d, pair, _copy))
            return True
        return self._described(d)

    def _relative(self, d: ActorDraft) -> bool:
        """A relative pronoun right after its antecedent takes it over."""
        ante = next((k for k in reversed(self.keep[-3:]) if k.last == d.first - 1 and k.kind != "pronoun"),
                    None)
        if ante is None or (ante.code is None and ante.key is None):
            return True
        _copy(d, ante)
        d.person = ante.person
        return False

    def _pronoun(self, d: ActorDraft) -> bool:
        """A personal pronoun takes over its antecedent (a pair's "they": one per member)."""
        ante = _antecedent(d, self.history, self.names, self.learned, self.toks)
        country = continued_subject(d, self.history, self.toks, self.subjects)
        if country is not None and (ante is None or ante.sent == country.sent):
            ante = country  # not a person in a subordinate clause of the same sentence
        if ante is None:
            return True
        if d.person and ante.key is not None and ante.key not in self.learned:
            self.learned[ante.key] = "f" if d.head in FEMALE_PRONOUNS else "m"  # "he" → a man from now on
        if ante.members:  # "X and Y ... they": one mention per member
            for member in ante.members:
                m = ActorDraft(d.first, d.last, "pronoun", d.name, head=d.head, sent=d.sent, plural=True)
                _copy(m, member)
                self.keep.append(m)
            self.history.append(ante)
            return True
        _copy(d, ante)
        return False

    def _described(self, d: ActorDraft) -> bool:
        """A possessive's noun, a group reference, or a description without a country."""
        keep = self.keep
        if d.code is None and keep and keep[-1].kind == "pronoun" and keep[-1].last == d.first \
                and keep[-1].head in POSSESSIVES and not keep[-1].person:
            d.code, d.country, d.kind = keep[-1].code, keep[-1].country, "description"  # "its forces"
        elif groups.is_group_reference(d) and (members := groups.group_antecedents(d, self.history)):
            for member in members:  # "these groups" → each group named before
                m = ActorDraft(d.first, d.last, "description", d.name, head=d.head, sent=d.sent, plural=True)
                _copy(m, member)
                keep.append(m)
            return True
        elif d.head == "groups":
            return True
        elif d.code is None and (d.head is not None or d.kind == "person" or d.sector is not None):
            _describe(d, self.history, self.counts or self.overall, self.last_seen, self.lookup_leader)
        return False

    def record(self, pos: int, d: ActorDraft) -> None:
        """Keep ``d`` and remember it (and a coordination it closes) for later references."""
        groups.apposition(d, self.keep, self.toks, self.apposed)
        both = _coordination(d, self.keep, self.toks)
        self.keep.append(d)
        if both is not None:
            self.history.append(both)
        if (d.code is not None and d.kind in ("country", "metonym")) or (d.explicit and d.code):
            assert d.code is not None
            self.counts[d.code] += 1
            self.last_seen[d.code] = pos
        if d.key is None:
            d.key = f"mention:{pos}"  # its own entity, which later references can share
        self.history.append(d)
        if len(self.history) > 60:
            del self.history[:20]


def _as_country(d: ActorDraft, ante: ActorDraft, country_names: dict[str, str]) -> None:
    """``d`` ("that country") names the country that ``ante`` belongs to."""
    d.code, d.country, d.reason = ante.code, ante.country, None
    d.key = f"country:{ante.code}"
    d.name = country_names.get(ante.code or "") or ante.country or ante.code or d.name
    d.explicit = True


def _of_reference(d: ActorDraft, keep: list[ActorDraft], toks: list[Tok]) -> None:
    """"the diplomatic representation of that country": the phrase takes the country."""
    if not keep or d.first < 1 or toks[d.first - 1].lower != "of":
        return
    prev = keep[-1]
    if prev.last == d.first - 1 and (prev.code is None or prev.reason):
        prev.code, prev.country, prev.reason = d.code, d.country, None
        prev.explicit = True


def _coordination(d: ActorDraft, keep: list[ActorDraft], toks: list[Tok]) -> ActorDraft | None:
    """"Maduro and Putin", "Colombia and Venezuela": a plural antecedent for "they"."""
    if not keep or d.code is None or d.kind == "pronoun" or d.first < 2 or d.adjective:
        return None
    if toks[d.first - 1].lower != "and":
        return None
    prev = next((k for k in reversed(keep[-4:]) if k.last == d.first - 1), None)
    if prev is None or prev.code is None or prev.kind == "pronoun" or prev.key == d.key or prev.adjective:
        return None
    first, second = _owner(prev), _owner(d)
    return ActorDraft(prev.first, d.last, "group", f"{first.name} and {second.name}", code=first.code,
                 plural=True, sent=d.sent, members=[first, second])


def _owner(d: ActorDraft) -> ActorDraft:
    """The person a title phrase names, else the draft itself."""
    return d.link if d.link is not None and d.kind != "person" else d


def _members(
    d: ActorDraft, pair: list[ActorDraft], fill: Callable[[ActorDraft, ActorDraft], None]
) -> list[ActorDraft]:
    """One plural description mention per member of ``pair`` ("the two sides", "both
    countries"), each filled from its member by ``fill``."""
    out = []
    for member in pair:
        m = ActorDraft(d.first, d.last, "description", d.name, sent=d.sent, plural=True)
        fill(m, member)
        out.append(m)
    return out


def _copy(d: ActorDraft, ante: ActorDraft) -> None:
    ante = _owner(ante)
    for attr in (*IDENTITY, "key"):
        setattr(d, attr, getattr(ante, attr))
    d.name = ante.name
    d.reason = None


def _last(
    history: list[ActorDraft], sent: int, window: int, ok: Callable[[ActorDraft], bool]
) -> ActorDraft | None:
    for h in reversed(history):
        if sent - h.sent > window:
            return None
        if ok(h):
            return h
    return None


def _compatible(
    d: ActorDraft, names: dict[str, str], learned: dict[str, str]
) -> Callable[[ActorDraft], bool]:
    if d.person:
        want = "f" if d.head in FEMALE_PRONOUNS else "m"

        def person_ok(h: ActorDraft) -> bool:
            if not (h.person and h.kind in ("person", "description") and h.key is not None):
                return False
            g = gender_of(_owner(h), names) or learned.get(h.key)
            return g in (None, want)

        return person_ok
    if d.plural:
        return lambda h: h.plural and h.code is not None and not h.person and h.kind != "location"
    return lambda h: (not h.person and not h.plural and h.kind not in ("pronoun", "location")
                      and (h.code is not None or (h.kind == "organisation" and h.key is not None)))


def _antecedent(d: ActorDraft, history: list[ActorDraft], names: dict[str, str],
                learned: dict[str, str], toks: list[Tok]) -> ActorDraft | None:
    """In the pronoun's own sentence: the first compatible mention for a possessive ("its
    neighbor"), else the nearest; in earlier sentences: the first compatible mention of
    the nearest sentence that has one (subjects come first in English), not counting the
    owner of a compatible mention ("Taiwan's defence ministry said ... It said": the
    ministry)."""
    ok = _compatible(d, names, learned)
    same = [h for h in history[-30:] if h.sent == d.sent and ok(h)]
    if same and d.person:
        # a person known to be a woman for "her" over one of unknown gender ("Don Fowler ...
        # backed Hillary Clinton since her 2008 bid")
        gendered = [h for h in same if h.key is not None
                    and (gender_of(_owner(h), names) or learned.get(h.key)) is not None]
        same = gendered or same
    if same:
        return same[0] if d.head in POSSESSIVES else same[-1]
    best: ActorDraft | None = None
    window = PERSON_WINDOW if d.person else WINDOW
    after: ActorDraft | None = None  # the mention after ``h`` in the text
    for h in reversed(history):
        if d.sent - h.sent > window or (best is not None and h.sent != best.sent):
            break
        if ok(h) and not (after is not None and after is best and _owns(h, after, toks)):
            best = h
        after = h
    return best


def _owns(h: ActorDraft, nxt: ActorDraft, toks: list[Tok]) -> bool:
    """Whether ``h`` is the possessor of ``nxt`` ("Taiwan" in "Taiwan's Ministry")."""
    k = h.last
    return k + 2 <= nxt.first <= k + 3 and k + 1 < len(toks) and toks[k].text == "'" \
        and toks[k + 1].lower == "s" and h.sent == nxt.sent


def _that_country(d: ActorDraft, history: list[ActorDraft]) -> ActorDraft | None:
    """"that country": the last country, but not the subject of its own sentence
    ("Colombia said that country ...")."""
    first_of_sentence = next((h for h in history[-30:] if h.sent == d.sent), None)
    for h in reversed(history):
        if d.sent - h.sent > DESC_WINDOW:
            return None
        if h is first_of_sentence:
            continue
        if _country_like(h):
            return h
    return None


# Offices of a town, county or province: they take the country of the place named before.
LOCAL_OFFICES = word_list("actors/words.tsv", "local_offices")
PERSON_PAIRS = word_list("actors/words.tsv", "person_pairs")


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


def _pair_words(toks: list[Tok], first: int) -> bool:
    """"the two ..." or "both ..." right before token ``first``."""
    if first >= 1 and toks[first - 1].lower == "both":
        return True
    return first >= 2 and toks[first - 1].lower == "two" and toks[first - 2].lower == "the"


def _same_noun(earlier: str | None, head: str) -> bool:
    """"the ministry" after "the Defence Ministry": the later noun ends the earlier one."""
    return earlier is not None and (earlier == head or earlier.endswith(" " + head))


def _side_like(h: ActorDraft) -> bool:
    return (h.code is not None and h.kind not in ("pronoun", "location") and h.sector not in ("CVL", "REF")
            and not h.adjective and h.code not in ("IGO", "NGO"))


def _last_two(history: list[ActorDraft], sent: int, ok: Callable[[ActorDraft], bool],
              by_code: bool = True) -> list[ActorDraft] | None:
    """The last two actors accepted by ``ok``: of different countries (``by_code``), else
    of different entities."""
    found: list[ActorDraft] = []
    for h in reversed(history):
        if sent - h.sent > DESC_WINDOW:
            break
        if by_code:
            new = all(h.code != f.code for f in found)
        else:
            new = all(h.key is None or f.key is None or h.key != f.key for f in found)
        if ok(h) and new:
            found.append(h)
            if len(found) == 2:
                return list(reversed(found))
    return None


def _describe(d: ActorDraft, history: list[ActorDraft], counts: Counter[str], last_seen: dict[str, int],
              lookup_leader: LeaderLookup) -> None:
    head = d.head or ""
    if d.kind == "person":
        pass
    elif d.sector in ("NGO", "IGO") or "peacekeep" in head:
        d.code = d.sector if d.sector in ("NGO", "IGO") else "IGO"
        return
    elif d.person:
        ante = _last(history, d.sent, DESC_WINDOW,
                     lambda h: h.kind in ("person", "description") and h.person and h.key is not None
                     and h.role is not None and role_fits(head, h.role))
        if ante is not None:
            _copy(d, ante)
            d.kind = "description"
            return
    else:
        ante = _last(history, d.sent, DESC_WINDOW, lambda h: _same_noun(h.head, head) and h.code is not None
                     and h.kind != "pronoun")
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
        place = _last(history, d.sent, DESC_WINDOW, lambda h: h.kind == "location" and h.code is not None)
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
        near = _last(history, d.sent, 0,
                     lambda h: h.sent == d.sent and h.kind != "person" and _country_like(h))
        if near is not None and near.code is not None:
            code = near.code
        leader = lookup_leader(code, head)
        if leader is not None:
            _copy(d, leader)
            d.kind = "description"
            return
    d.code = code
    d.country = next((h.country for h in reversed(history) if h.code == code and h.country), None)
    d.reason = "country inferred from the article context"
