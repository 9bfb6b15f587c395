"""Place names that only the words around them mark as places, whatever the entity
recogniser said about them (it often calls small towns and streets people or organisations):

- names coordinated before a plural place noun: "Ashby and Corran counties", "Wend,
  Tarnfield and Holt counties", "Birchdale and Ferris streets" (each name is a county, a
  street …);
- a known place name followed by "-based" ("an Ashby-based firm") or by a plural or
  collective noun for its people and institutions ("Corran police", "Wend hospitals",
  "Holt Ridge detectives", "Corran Town Hall", "Woodstock Mayor Jane Doe"), or by a
  singular one ("an Ashby woman", "the Tarnfield native", "a Corran house");
- a politician's party and home town ("Rep. Jane Doe, D-Oakland,"), and a person's home
  town ("Tom Reyes Jr. of Oakdene", "Ann Lee, 41, of Grovehill"), in news style;
- street names no place covers yet ("N. Alder Street", "Copper Hill Road"), as landmarks;
- known names joined by a hyphen ("Ashby-Fernhill");
- names the gazetteer knows, listed with a place already found ("Ashby, Corran, Wend
  and Tarnfield", "Holt and Fernhill").
"""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, make_mention
from .cues import name_cues
from .home_towns import residences
from .hyphen_names import compounds
from .street_names import ORDINALS, name_run_forward, streets

_FUNCTION = words("run_stop_words")


def _name_run_back(doc: ParsedDoc, end: int, floor: int) -> int:
    """Start of the capitalised run of at most three tokens ending before ``end``."""
    i = end
    while i > floor and end - i < 3:
        t = doc.tokens[i - 1]
        if not (t.text[:1].isupper() and t.text.isalpha()) or t.lower in _FUNCTION or t.pos in ("DET", "ADP"):
            break
        if (t.ent_type in _NOT_PLACE_ENTS and t.ent_type != "NORP") or t.lower in words("not_places"):
            break  # "Two Adel men", "Many Ohio towns"
        i -= 1
    return i


class _Marks:
    """The mentions one call of :func:`context_marked` finds, and the check each passes: a
    name written as a name, on tokens no mention holds, that is no word of a person's name."""

    def __init__(self, doc: ParsedDoc, taken: set[int], person_words: set[str]) -> None:
        self.doc, self.taken, self.person_words = doc, taken, person_words
        self.out: list[Mention] = []
        # names written as names (a proper noun or an entity) somewhere not opening a sentence:
        # "Brantwood residents discuss …" opening a headline is the town named again below
        self.named = {t.text for t in doc.tokens
                      if (t.ent_type or t.pos in ("PROPN", "")) and t.text[:1].isupper()
                      and t.i != doc.sentences[t.sent].first}  # pos "": an unparsed sentence

    def add(self, first: int, last: int, kind: str = "toponym", hint: str | None = None,
            label: str = "marked", checked: bool = True) -> None:
        """Take ``first:last`` as a mention (``checked``: only if its first word is a name)."""
        toks = self.doc.tokens
        if first >= last or any(k in self.taken for k in range(first, last)):
            return
        if last - first == 1 and toks[first].text in self.person_words:
            return
        if checked and not self._a_name(first, last):
            return
        m = make_mention(self.doc, first, last, label, kind)
        if m is not None:
            m.hint = hint
            self.out.append(m)
            self.taken.update(range(first, last))

    def _a_name(self, first: int, last: int) -> bool:
        toks = self.doc.tokens
        lead = toks[first]
        norp_only = lead.ent_type == "NORP" and toks[last - 1].ent_type == "NORP"  # not "Meadow Grove"
        if ((lead.ent_type in _NOT_PLACE_ENTS and (lead.ent_type != "NORP" or norp_only))
                or lead.pos in ("NUM", "DET", "PRON") or (lead.pos == "ADJ" and lead.text not in self.named)):
            return False  # "One man", "Jewish families", "Sunday chess club"
        if not (lead.ent_type or lead.pos in ("PROPN", "") or lead.text in self.named) or (
                first == self.doc.sentences[lead.sent].first and not lead.ent_type
                and lead.text not in self.named):
            return False  # "No residents were hurt", "Church leaders": a capital, not a name
        return not (lead.text.isupper() or lead.lower in ORDINALS)  # "PA officials", "Second streets"


def context_marked(doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
                   person_words: set[str]) -> list[Mention]:
    """Mentions found by the words around a name (see the module docstring); ``found`` are the
    mentions so far (their tokens are in ``taken``; a coordination sets their hint), single
    words of people's full names are left alone."""
    toks = doc.tokens
    marks = _Marks(doc, taken, person_words)
    heads = words("people_nouns")
    for k, tok in enumerate(toks):
        floor = doc.sentences[tok.sent].first
        if tok.lower in name_cues("plural_noun") and k > floor:
            _coordinated(doc, k, floor, found, marks)
        elif _marks_the_name_before(doc, k, floor, heads):
            _name_before(doc, k, floor, known, heads, marks)
        elif tok.text in _PARTIES and 0 < k < len(toks) - 2 and toks[k - 1].lower in (",", "(", "both") and (
                toks[k + 1].text == "-" and toks[k + 1].start == tok.end):
            _affiliation(doc, k, known, marks)
    placed = {m.text for m in (*found, *marks.out)}
    for first, last in compounds(doc, taken, known, placed):
        marks.add(first, last, label="compound", checked=False)
    for first, last in residences(doc, taken, known):
        marks.add(first, last, label="residence", checked=False)
    for first, last in streets(doc, taken):
        marks.add(first, last, "landmark", label="road", checked=False)
    marks.out.extend(listed(doc, [*found, *marks.out], taken, known, person_words, marks.named))
    return marks.out


def _coordinated(doc: ParsedDoc, k: int, floor: int, found: list[Mention], marks: _Marks) -> None:
    """Names coordinated before the plural place noun at ``k`` ("Ashby and Corran counties"):
    each is a place of that kind; one already found takes the noun's hint."""
    toks = doc.tokens
    cue = name_cues("plural_noun")[toks[k].lower]
    hint, kind = cue.hint, cue.kind
    names: list[tuple[int, int]] = []
    end = k
    while True:
        start = _name_run_back(doc, end, floor)
        if start == end:
            break
        names.append((start, end))
        sep = start - 1
        if sep > floor and toks[sep].lower in ("and", "or", ","):
            end = sep
            if toks[sep - 1].text == "," and toks[sep].lower in ("and", "or"):
                end = sep - 1  # "Ashby, Corran, and Wend counties"
            continue
        break
    if len(names) >= 2:  # one name before a plural noun is not a coordination
        for start, end in names:
            for m in found:  # already a place: the plural noun says what kind
                if m.first == start and m.last == end and hint:
                    m.hint = hint
            marks.add(start, end, kind, hint)


def _marks_the_name_before(doc: ParsedDoc, k: int, floor: int, heads: frozenset[str]) -> bool:
    """Token ``k`` makes the name before it a place: "-based", a noun for its people or
    institutions ("police"), "Town Hall", a local office before a person's name ("Mayor")."""
    toks = doc.tokens
    tok, low = toks[k], toks[k].lower
    return (low == "based" and k >= 2 and toks[k - 1].text == "-") or (
        low in heads and k > floor and tok.text[:1].islower() and not toks[k - 1].text[:1].islower()
    ) or (tok.text == "Hall" and k - 1 > floor and toks[k - 1].text in ("Town", "City", "Village")) or (
        low in words("local_titles") and k > floor and tok.text[:1].isupper() and k + 1 < len(toks)
        and toks[k + 1].text[:1].isupper() and toks[k + 1].ent_type == "PERSON")


def _name_before(doc: ParsedDoc, k: int, floor: int, known: Callable[[str], bool], heads: frozenset[str],
                 marks: _Marks) -> None:
    """The known name before token ``k`` (see :func:`_marks_the_name_before`)."""
    toks = doc.tokens
    low = toks[k].lower
    end = k - 1 if low in ("based", "hall") else k  # "Corran Town Hall", "Woodstock Mayor Jane Doe"
    run = _name_run_back(doc, end, floor)
    before = toks[run - 1] if run > 0 else None
    if before is not None and before.text in ("-", "–") and before.end == toks[run].start:
        return  # "Miami-Dade police", "Wal-Mart head office": part of a longer name
    name = doc.text[toks[run].start : toks[end - 1].end] if run < end else ""
    if name and (known(name) or (low in heads and known(f"{name} County"))):
        # the whole name: not "Public" in "Ashby City Public Schools"; a county
        # by its bare name ("Henrico police")
        marks.add(run, end, hint=None if known(name) else "county")


def _affiliation(doc: ParsedDoc, k: int, known: Callable[[str], bool], marks: _Marks) -> None:
    """A politician's party and home town: "Rep. Jane Doe, D-Oakland," "(R-Elbow Lake)"."""
    toks = doc.tokens
    last = name_run_forward(doc, k + 2)
    name = doc.text[toks[k + 2].start : toks[last - 1].end]
    ends = last == len(toks) or toks[last].text in _LIST_END or toks[last].sent != toks[k].sent
    if last > k + 2 and ends and (known(name) or known(f"{name} County")):  # "D-Braxton": a county
        marks.add(k + 2, last, hint=None if known(name) else "county", label="affiliation", checked=False)


_NOT_PLACE_ENTS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PARTIES = frozenset({"D", "R", "I", "DFL", "Ind", "Dem", "Rep", "Lib", "IP"})
_LIST_END = frozenset({",", ";", ".", ")", ":", "and", "or", "”", "“", "\""})


_SEPARATORS = frozenset({",", "and", "or"})  # not "&": "Procter & Gamble"


class _Lists:
    """The walks of :func:`listed` along the lists of one article."""

    def __init__(self, doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
                 person_words: set[str], named: set[str]) -> None:
        self.doc, self.taken, self.known = doc, taken, known
        self.person_words, self.named = person_words, named
        self.out: list[Mention] = []
        self.by_first = {m.first: m for m in found if m.kind == "toponym"}
        self.by_last = {m.last: m for m in found if m.kind == "toponym"}
        self.walked: set[int] = set()  # members a walk to the right went past
        self.left_done: set[int] = set()  # members whose walk to the left is done

    def ok(self, first: int, last: int, comma: bool) -> bool:
        """``first:last`` is a whole name the gazetteer knows, listed as a place."""
        toks, n = self.doc.tokens, len(self.doc.tokens)
        if first >= last or any(k in self.taken for k in range(first, last)):
            return False
        lead = toks[first]
        opening = lead.i == self.doc.sentences[lead.sent].first
        if not (lead.ent_type or lead.pos in ("PROPN", "")) or (opening and lead.text not in self.named):
            return False
        if (lead.ent_type == "ORG" and not comma) or lead.ent_type in _NOT_PLACE_ENTS:
            return False  # "Valdoria and the Union", "Christian and Wend County"; a town the
            # recogniser called an organisation passes in a comma list ("Bantam, Litchfield")
        if lead.ent_type and last < n and toks[last].ent_iob == "I":
            return False  # inside a longer name
        if (last - first == 1 and lead.text in self.person_words) or (
                lead.text.isupper() and lead.text.isalpha()):
            return False  # a surname, an acronym ("NERI")
        if last < n and (toks[last].text in ("'s", "’s") or toks[last].pos in ("VERB", "AUX")
                         or toks[last].lower in words("actor_verbs")):
            return False  # "Sissy's handler"; "…, and Damascus denied": an actor, not a place
        return self.known(self.doc.text[lead.start : toks[last - 1].end])

    def take(self, first: int, last: int) -> None:
        m = make_mention(self.doc, first, last, "listed")
        if m is not None:
            self.out.append(m)
            self.by_first[first] = self.by_last[last] = m
            self.taken.update(range(first, last))

    def right(self, m: Mention) -> None:
        """Walk from ``m`` rightwards over separators, taking the names listed."""
        toks, n = self.doc.tokens, len(self.doc.tokens)
        pos = m.last if m.first not in self.walked else n
        while pos + 1 < n and toks[pos].lower in _SEPARATORS and toks[pos].sent == toks[m.first].sent:
            start = pos + 1 if toks[pos + 1].lower not in _SEPARATORS else pos + 2
            if start in self.by_first:
                self.walked.add(start)  # its own walk to the right would repeat this one
                pos = self.by_first[start].last
                continue
            end = name_run_forward(self.doc, start) if start < n else start
            if (end < n and toks[end].text[:1].isupper()) or not self.ok(start, end, "," in (
                    toks[pos].text, toks[end].text if end < n else "")):
                break
            self.take(start, end)
            pos = end

    def left(self, m: Mention) -> None:
        """Walk from ``m`` leftwards over separators, taking the names listed."""
        toks = self.doc.tokens
        pos = m.first
        sent = toks[m.first].sent
        while pos - 2 >= 0 and toks[pos - 1].lower in _SEPARATORS and toks[pos - 1].sent == sent:
            end = pos - 1 if toks[pos - 2].lower not in _SEPARATORS else pos - 2
            if end in self.by_last:
                if self.by_last[end].first in self.left_done:
                    break  # that member's own walk went on from here
                pos = self.by_last[end].first
                continue
            start = _name_run_back(self.doc, end, self.doc.sentences[toks[m.first].sent].first)
            before = toks[start - 1].text if start > 0 else ""
            if not (before in _SEPARATORS or before in ("(", ":", ";") or not before[:1].isalpha()
                    or before[:1].islower()) or not self.ok(start, end, "," in (before, toks[end].text)):
                break
            self.take(start, end)
            pos = start
        self.left_done.add(m.first)


def listed(doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
           person_words: set[str], named: set[str]) -> list[Mention]:
    """Names the gazetteer knows, listed with a place already found: "Ashby, Corran,
    [Wend] and Tarnfield", "Ashby and [Corran]". Each listed name is a whole capitalised run
    the gazetteer knows, so "Valdoria and Petar Vrancic" adds nothing."""
    lists = _Lists(doc, found, taken, known, person_words, named)
    for m in sorted(found, key=lambda x: x.first):  # each list is walked once each way: linear
        if m.kind != "toponym" or m.label in ("ORG-part", "landmark", "road"):
            continue
        lists.right(m)
        lists.left(m)
    return lists.out
