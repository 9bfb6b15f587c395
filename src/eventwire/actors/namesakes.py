"""Which leader, if any, a short name form stands for.

A leader's one-word alias ("Bush", "Duque") is a surname many people share. Two checks keep
namesakes apart:

- given names: "Jeb Bush" writes a given name, and "Jeb" is none of George W. Bush's or
  George H. W. Bush's names, so the mention is another person. The first given name must
  be one of the leader's (or its initial), and every initial written must be one of the
  initials of the leader's names ("George P. Bush" is neither Bush);
- titles: a title right before the surname must fit the leader's office ("President Bush",
  "Foreign Minister Lavrov", "General Burhan" for a military ruler); another office or rank
  ("Governor Bush", "Vice President Halvorsen", "Senior Colonel Xi") names another person
  unless the article names the leader in full ("Muammar Gaddafi ... Colonel Gaddafi");
  styles ("Ayatollah", "Sheikh") fit anyone;
- roles: a person a spokesman's description names ("a spokesman for the army, Senior
  Colonel Xi") is not a head of state or government (see :func:`subordinate`);
- context, for a bare surname with no title: the leader's full name appears somewhere in
  the article, a government noun follows it ("the Okafor administration"), or the article is
  dated within the leader's time in office. Otherwise "Bush" is a person the tables do
  not know.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..resources import data_path, read_tsv, word_list
from .lexicon import Tok
from .tables import Entry, office_key

# Nouns after a leader's surname that name the leader's government ("the Okafor administration").
GOVERNMENT_NOUNS = word_list("actors/words.tsv", "government_nouns")
# Titles that fit any leader ("leader Xi", "strongman Maduro").
GENERIC_TITLES = word_list("actors/words.tsv", "generic_titles")
# Sectors of titles that are styles rather than offices ("Ayatollah Khamenei").
STYLE_SECTORS = frozenset({"REL"})
# Leaders' sectors that a military rank fits ("General Burhan").
ARMED_SECTORS = frozenset({"MIL", "REB"})
# Words before a name that are not given names.
HONORIFICS = word_list("actors/words.tsv", "title_words") | word_list("actors/words.tsv", "honorifics")


def fold(word: str) -> str:
    """Lower-case ``word`` without accents or dots ("Iván" → "ivan", "W." → "w")."""
    decomposed = unicodedata.normalize("NFKD", word.replace(".", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def given_words(toks: list[Tok], first: int, last: int) -> list[str]:
    """The given names written in tokens ``[first, last)`` before a surname: capitalised
    words and initials, titles and honorifics left out ("President Anna K." → anna, k)."""
    out: list[str] = []
    for k in range(first, last):
        t = toks[k]
        if not t.text[:1].isupper() or not t.text.isalpha() or t.lower in HONORIFICS:
            continue
        out.append(fold(t.text))
    return out


def _leader_words(e: Entry, surname: str) -> list[list[str]]:
    """The folded given names of each of ``e``'s name forms, the surname left out."""
    out: list[list[str]] = []
    key = fold(surname)
    for form in (e.name, *e.forms):
        words = [fold(w) for w in form.replace(".", " ").split()]
        given = [w for w in words if w and w != key]
        if given and len(given) < len(words):  # a form with the surname and a given name
            out.append(given)
    return out


def same_person(given: Sequence[str], e: Entry, surname: str) -> bool:
    """Whether a name written with ``given`` names before ``surname`` can be leader ``e``."""
    return given_fits(given, _leader_words(e, surname))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """Folded given name → the folded names of the same person ("bill" → william, bill)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(data_path("actors/nicknames.tsv")):
        group = {fold(row["name"]), *(fold(v) for v in row["short"].split("|") if v.strip())}
        for name in group:
            out.setdefault(name, set()).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # "G." and "George"
    return b in _nicknames().get(a, frozenset())


def given_fits(given: Sequence[str], known: Sequence[Sequence[str]]) -> bool:
    """Whether folded given names ``given`` fit a person whose name forms have the given
    names ``known`` (one list per form): the first is one of theirs first names, its
    initial or its short form ("Joe" for "Joseph"), and, where the person has known middle
    names, every initial written is one of theirs ("George P. Bush" is not George W.
    Bush; "Ana K. Oduya" is Ana Oduya). No given name, or nothing to compare with,
    fits."""
    if not given or not known:
        return True
    firsts = {k[0] for k in known if k}
    middles = {w[0] for k in known for w in k[1:]}
    if not any(_same_given(given[0], f) for f in firsts):
        return False
    return not middles or all(g in middles for g in given[1:] if len(g) == 1)


def name_given(name: str) -> list[str]:
    """The folded given names of a written full name ("Mr George W. Bush" → george, w)."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isupper()]
    return [fold(w) for w in words[:-1] if fold(w) not in HONORIFICS]


def title_fits(title: str, e: Entry) -> bool:
    """Whether the title phrase ``title`` written before a surname names ``e``'s office:
    the office, its end or its start ("President", "Foreign Minister", "minister" for a
    foreign minister, "Secretary" for a Secretary of State), or a generic word for a
    leader. "Vice President", "Governor", "Colonel" or "spokesman" name other offices."""
    key = office_key(title)
    if key in GENERIC_TITLES:
        return True
    if not e.role:
        return False
    words = key.split()
    n = len(words)
    for office in (office_key(e.role).split(), e.role.lower().split()):
        if n <= len(office) and (office[-n:] == words or office[:n] == words):
            return True
    return False


def in_office(e: Entry, published: str | None) -> bool:
    day = (published or "")[:10]
    return bool(day) and (not e.start or e.start <= day) and (not e.end or day < e.end)


def supported(entries: Sequence[Entry], toks: list[Tok], last: int, published: str | None,
              named: set[str], title: str | None = None, title_sector: str | None = None) -> list[Entry]:
    """The leaders among ``entries`` that a bare surname ending before token ``last`` may
    name, given the article. With a ``title`` right before it: those whose office it fits,
    whose armed force a military rank fits ("General Burhan"), or who are named in full in
    the article ("Muammar Gaddafi ... Colonel Gaddafi", "Joe Biden ... Vice President
    Biden"): none for "Governor Bush" or "Senior Colonel Xi" alone. With no title: those
    named in full in the article (``named``), else those in office at ``published``; all
    of them before a government noun; in undated text, the one leader bearing the surname.
    Empty when nothing in the article supports any."""
    if title is not None and office_key(title) not in GENERIC_TITLES and title_sector not in STYLE_SECTORS:
        fitting = [e for e in entries if title_fits(title, e)]  # "President Clinton": Bill
        return fitting or [e for e in entries if e.name in named
                           or (title_sector == "MIL" and e.sector in ARMED_SECTORS)]
    tests: tuple[Callable[[Entry], bool], ...] = (
        lambda e: e.name in named,
        lambda e: in_office(e, published),
    )
    for test in tests:
        found = [e for e in entries if test(e)]
        if found:
            return found
    if last < len(toks) and toks[last].lower in GOVERNMENT_NOUNS:
        return list(entries)
    if published is None and len({e.name for e in entries}) == 1:
        # undated text (stdin, a bare file): a surname only one leader bears ("Putin said")
        # is that leader; surnames shared by several ("Bush") stay unknown
        return list(entries)
    return []


# Role nouns of people who speak or work for someone: such a person is not the head of
# state or government whose surname they share. (A rank is no such noun: "Colonel Gaddafi"
# ruled Libya.)
SUBORDINATE_NOUNS = word_list("actors/words.tsv", "subordinate_nouns")


def subordinate(noun: str | None, office: str | None) -> bool:
    """Whether a person described by role noun ``noun`` ("spokesman") cannot be the holder
    of ``office`` ("President"; but a "Kremlin spokesman" is a spokesman)."""
    if not noun or not office:
        return False
    last = noun.lower().split()[-1]
    return last in SUBORDINATE_NOUNS and last not in office.lower().replace("-", " ").split()
