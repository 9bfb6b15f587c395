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
from .descriptions import LeaderLookup, describe
from .draft import ActorDraft
from .lexicon import Tok
from .lookback import (
    DESC_WINDOW,
    copy_identity,
    country_like,
    last_two,
    one_per_member,
    owner,
    side_like,
)
from .references import FEMALE_PRONOUNS, RELATIVES, gender_of
from .subjects import Subjects, continued_subject

POSSESSIVES = frozenset({"its", "their", "his", "her"})
WINDOW = 3  # sentences looked back for the antecedent of "it" and "they"
PERSON_WINDOW = 6  # ... and of "he" and "she" (news keeps one protagonist for paragraphs)


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
            pair = last_two(history, d.sent, country_like)
            if pair is not None:
                known = self.country_names
                keep.extend(one_per_member(d, pair, lambda m, member: _as_country(m, member, known)))
            return True
        if d.head == "sides":  # "both sides": the last two actors, whatever they are
            earlier = [h for h in history if h.sent < d.sent]  # not the sentence's own subject
            pair = last_two(earlier, d.sent, side_like) or last_two(earlier, d.sent, side_like,
                                                                        by_code=False)
            if pair is not None:
                keep.extend(one_per_member(d, pair, copy_identity))
            return True
        if d.head in PERSON_PAIRS and _pair_words(toks, d.first):  # "the two leaders"
            pair = last_two(history, d.sent, lambda h: h.kind == "person" and h.key is not None,
                             by_code=False)
            if pair is not None:
                keep.extend(one_per_member(d, pair, copy_identity))
            return True
        return self._described(d)

    def _relative(self, d: ActorDraft) -> bool:
        """A relative pronoun right after its antecedent takes it over."""
        ante = next((k for k in reversed(self.keep[-3:]) if k.last == d.first - 1 and k.kind != "pronoun"),
                    None)
        if ante is None or (ante.code is None and ante.key is None):
            return True
        copy_identity(d, ante)
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
                copy_identity(m, member)
                self.keep.append(m)
            self.history.append(ante)
            return True
        copy_identity(d, ante)
        return False

    def _described(self, d: ActorDraft) -> bool:
        """A possessive's noun, a group reference, or a description without a country."""
        keep = self.keep
        if d.code is None and keep and keep[-1].kind == "pronoun" and keep[-1].last == d.first \
                and keep[-1].head in POSSESSIVES and not keep[-1].person:
            d.code, d.country, d.kind = keep[-1].code, keep[-1].country, "description"  # "its forces"
        elif groups.is_group_reference(d) and (group := groups.group_antecedents(d, self.history)):
            for member in group:  # "these groups" → each group named before
                m = ActorDraft(d.first, d.last, "description", d.name, head=d.head, sent=d.sent, plural=True)
                copy_identity(m, member)
                keep.append(m)
            return True
        elif d.head == "groups":
            return True
        elif d.code is None and (d.head is not None or d.kind == "person" or d.sector is not None):
            describe(d, self.history, self.counts or self.overall, self.last_seen, self.lookup_leader)
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
    first, second = owner(prev), owner(d)
    return ActorDraft(prev.first, d.last, "group", f"{first.name} and {second.name}", code=first.code,
                 plural=True, sent=d.sent, members=[first, second])


def _compatible(
    d: ActorDraft, names: dict[str, str], learned: dict[str, str]
) -> Callable[[ActorDraft], bool]:
    if d.person:
        want = "f" if d.head in FEMALE_PRONOUNS else "m"

        def person_ok(h: ActorDraft) -> bool:
            if not (h.person and h.kind in ("person", "description") and h.key is not None):
                return False
            g = gender_of(owner(h), names) or learned.get(h.key)
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
                    and (gender_of(owner(h), names) or learned.get(h.key)) is not None]
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
        if country_like(h):
            return h
    return None


PERSON_PAIRS = word_list("actors/words.tsv", "person_pairs")


def _pair_words(toks: list[Tok], first: int) -> bool:
    """"the two ..." or "both ..." right before token ``first``."""
    if first >= 1 and toks[first - 1].lower == "both":
        return True
    return first >= 2 and toks[first - 1].lower == "two" and toks[first - 2].lower == "the"


