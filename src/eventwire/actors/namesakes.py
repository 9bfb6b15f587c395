"""Which leader, if any, a short name form stands for.

A leader's one-word alias ("Bush", "Duque") is a surname many people share. Two checks keep
namesakes apart:

- given names: "Jeb Bush" writes a given name, and "Jeb" is none of George W. Bush's or
  George H. W. Bush's names, so the mention is another person. The first given name must
  be one of the leader's (or its initial), and every initial written must be one of the
  initials of the leader's names ("George P. Bush" is neither Bush);
- context, for a bare surname: the leader's full name appears somewhere in the article, a
  title right before it matches the leader's office ("President Bush", "Foreign Minister
  Lavrov"; not "Governor Bush"), a government noun follows it ("the Bush administration"),
  or the article is dated within the leader's time in office. Otherwise "Bush" is a person
  the tables do not know.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from .lexicon import Tok
from .tables import Entry, office_key

# Nouns after a leader's surname that name the leader's government ("the Bush administration").
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "presidency"})
# Words before a name that are not given names.
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sen", "rep", "gen", "col", "lt",
     "capt", "maj", "sgt", "gov", "pres", "prof", "rev", "sheikh", "emir", "king", "queen", "prince",
     "princess", "president", "minister", "premier", "chancellor", "secretary", "general", "leader",
     "senator", "ambassador", "judge", "former", "late", "then", "ex"}
)


def fold(word: str) -> str:
    """Lower-case ``word`` without accents or dots ("Iván" → "ivan", "W." → "w")."""
    decomposed = unicodedata.normalize("NFKD", word.replace(".", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def given_words(toks: list[Tok], first: int, last: int) -> list[str]:
    """The given names written in tokens ``[first, last)`` before a surname: capitalised
    words and initials, titles and honorifics left out ("President George W." → george, w)."""
    out: list[str] = []
    for k in range(first, last):
        t = toks[k]
        if not t.text[:1].isupper() or not t.text.isalpha() or t.lower in HONORIFICS:
            continue
        out.append(fold(t.text))
    return out


def _leader_words(e: Entry, surname: str) -> set[str]:
    words = {fold(w) for form in (e.name, *e.forms) for w in form.split()}
    words.discard(fold(surname))
    words.discard("")
    return words


def same_person(given: Sequence[str], e: Entry, surname: str) -> bool:
    """Whether a name written with ``given`` names before ``surname`` can be leader ``e``."""
    return given_fits(given, _leader_words(e, surname))


def given_fits(given: Sequence[str], words: set[str]) -> bool:
    """Whether folded given names ``given`` fit a person whose other names are ``words``:
    the first is one of them (or its initial), and every initial is one of theirs. No
    given name, or no known names to compare with, fits."""
    if not given or not words:
        return True
    initials = {w[0] for w in words}
    head = given[0]
    if head not in words and not (len(head) == 1 and head in initials):
        return False
    return all(g in initials for g in given[1:] if len(g) == 1)


def name_given(name: str) -> list[str]:
    """The folded given names of a written full name ("Mr George W. Bush" → george, w)."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isupper()]
    return [fold(w) for w in words[:-1] if fold(w) not in HONORIFICS]


def title_matches(toks: list[Tok], first: int, e: Entry) -> bool:
    """Whether the words right before token ``first`` are the end of ``e``'s office
    ("President", "Foreign Minister", "Prime Minister")."""
    if not e.role:
        return False
    office = office_key(e.role).split()
    words: list[str] = []
    for k in range(first - 1, max(first - 4, -1), -1):
        w = toks[k].lower
        if not w.isalpha():
            break
        words.insert(0, w)
        if office_key(" ".join(words)).split() == office[-len(words):] and len(words) <= len(office):
            return True
    return False


def in_office(e: Entry, published: str | None) -> bool:
    day = (published or "")[:10]
    return bool(day) and (not e.start or e.start <= day) and (not e.end or day < e.end)


def supported(entries: Sequence[Entry], toks: list[Tok], first: int, last: int,
              published: str | None, named: set[str]) -> list[Entry]:
    """The leaders among ``entries`` that a bare surname at tokens ``[first, last)`` may
    name, given the article: those named in full in it (``named``), those whose office is
    the title before it, those in office at ``published``; all of them before a government
    noun. Empty when nothing in the article supports any of them."""
    tests: tuple[Callable[[Entry], bool], ...] = (
        lambda e: e.name in named,
        lambda e: title_matches(toks, first, e),
        lambda e: in_office(e, published),
    )
    for test in tests:
        found = [e for e in entries if test(e)]
        if found:
            return found
    if last < len(toks) and toks[last].lower in GOVERNMENT_NOUNS:
        return list(entries)
    return []
