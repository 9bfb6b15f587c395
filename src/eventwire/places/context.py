"""Place names that only the words around them mark as places, whatever the entity
recogniser said about them (it often calls small towns and streets people or organisations):

- names coordinated before a plural place noun: "Jackson and Madison counties", "Cooke,
  Grayson and Love counties", "Lakeview and Harrison streets" (each name is a county, a
  street …);
- a known place name followed by "-based" ("a Columbia-based firm") or by a plural or
  collective noun for its people and institutions ("Roselle police", "Limerick hospitals",
  "Grand Ledge investigators").
"""

from __future__ import annotations

from collections.abc import Callable

from ..nlp.document import ParsedDoc
from .lexicon import words
from .mention import Mention, make_mention

# plural nouns after coordinated names: the hint they give and the mention kind
_PLURALS: dict[str, tuple[str | None, str]] = {
    "counties": ("county", "toponym"), "parishes": ("county", "toponym"),
    "townships": ("city", "toponym"), "cities": ("city", "toponym"), "towns": ("city", "toponym"),
    "villages": ("city", "toponym"), "states": ("admin", "toponym"), "provinces": ("admin", "toponym"),
    "streets": (None, "landmark"), "roads": (None, "landmark"), "avenues": (None, "landmark"),
    "drives": (None, "landmark"), "rivers": (None, "landmark"), "lakes": (None, "landmark"),
    "creeks": (None, "landmark"),
}


_FUNCTION = frozenset({"a", "an", "the", "and", "or", "in", "at", "of", "for", "from", "to", "by", "on"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                       "ninth", "tenth", "eleventh", "twelfth"})


def _name_run_back(doc: ParsedDoc, end: int, floor: int) -> int:
    """Start of the capitalised run of at most three tokens ending before ``end``."""
    i = end
    while i > floor and end - i < 3:
        t = doc.tokens[i - 1]
        if not (t.text[:1].isupper() and t.text.isalpha()) or t.lower in _FUNCTION or t.pos in ("DET", "ADP"):
            break
        i -= 1
    return i


def context_marked(doc: ParsedDoc, found: list[Mention], taken: set[int], known: Callable[[str], bool],
                   person_words: set[str]) -> list[Mention]:
    """Mentions found by the words around a name (see the module docstring); ``found`` are the
    mentions so far (their tokens are in ``taken``; a coordination sets their hint), single
    words of people's full names are left alone."""
    toks = doc.tokens
    out: list[Mention] = []
    heads = words("people_nouns")

    def add(first: int, last: int, kind: str = "toponym", hint: str | None = None) -> None:
        if first >= last or any(k in taken for k in range(first, last)):
            return
        if last - first == 1 and toks[first].text in person_words:
            return
        lead = toks[first]
        if not (lead.ent_type or lead.pos == "PROPN") or (first == doc.sentences[lead.sent].first
                                                          and not lead.ent_type):
            return  # "No residents were hurt", "Church leaders": a capital, not a name
        if lead.text.isupper() or lead.lower in _ORDINALS:
            return  # "PA officials", "between Fourth and Seventh streets"
        m = make_mention(doc, first, last, "marked", kind)
        if m is not None:
            m.hint = hint
            out.append(m)
            taken.update(range(first, last))

    for k, tok in enumerate(toks):
        floor = doc.sentences[tok.sent].first
        low = tok.lower
        if low in _PLURALS and k > floor:
            hint, kind = _PLURALS[low]
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
                        end = sep - 1  # "Cooke, Grayson, and Love counties"
                    continue
                break
            if len(names) >= 2:  # one name before a plural noun is not a coordination
                for start, end in names:
                    for m in found:  # already a place: the plural noun says what kind
                        if m.first == start and m.last == end and hint:
                            m.hint = hint
                    add(start, end, kind, hint)
        elif (low == "based" and k >= 2 and toks[k - 1].text == "-") or (
                low in heads and k > floor and not toks[k - 1].text[:1].islower()):
            end = k - 1 if low == "based" else k
            for start in range(_name_run_back(doc, end, floor), end):  # the longest known name
                if known(doc.text[toks[start].start : toks[end - 1].end]):
                    add(start, end)
                    break
    return out
