"""Find the counts of one sentence: a figure (``numbers.read_figure``) and the words around it
that give it a category (``data/counts/categories.tsv``).

- a *state* word after the number or its noun ("20 people dead", "12 killed", "40 protesters
  were arrested", "four Americans lost their lives") beats
- a *verb* right before it ("killed 12", "arrested 40 protesters", "lost 3,000 people"), or a
  *prefix* noun before "of" ("the deaths of four Americans", "the lives of 49"), which beat
- a *toll* word a few tokens before ("the death toll rose to 35"), which beats
- the counted *noun* ("two planes", "almost a hundred soldiers").

A figure coordinated with a figure that has a state shares it ("eight soldiers and three
civilians were killed": both dead). A figure of plain people with no state word is not a count,
nor is a state word that modifies another noun ("missing emails"). The scan is token based, so
sentences without a dependency parse get counts too.
"""

from __future__ import annotations

import re

from ..nlp.document import Token
from ..resources import word_list
from .lexicon import GENERIC, CountWords
from .numbers import Figure, Tables, read_figure

_SKIP_ENTS = frozenset({"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_STOP = word_list("counts/words.tsv", "stop_words")
_OF_SKIP = word_list("counts/words.tsv", "of_skip")
_QUOTES = frozenset({"\"", "“", "”", "'", "‘", "’"})
_WEAK_STATES = frozenset({"protesters", "troops"})  # only name plain people ("thousands gathered")
_PERSONS = frozenset({GENERIC, "troops"})  # nouns "lost" may count ("we lost 250 Americans")
_SAVE = frozenset({"save", "saved", "saves", "saving"})  # "saved 20 lives" is no death toll
_TAKE = word_list("counts/words.tsv", "take_verbs")
_ASIDES = word_list("counts/words.tsv", "asides")
_LEADS = word_list("counts/words.tsv", "leads")
_AUX = word_list("counts/words.tsv", "auxiliaries")
_BE = frozenset({"were", "was", "are", "is"})
_WINDOW = 8
_TOLL_WINDOW = 14

Found = tuple[str, int, int, str]  # category, first, last (token positions), how it was found


def find_counts(toks: list[Token], lex: CountWords, tab: Tables) -> list[tuple[int, int, Figure, str]]:
    """Counts in one sentence: (first, last) token positions in ``toks``, figure, category."""
    ws = [t.lower for t in toks]
    found: list[tuple[Figure, Found | None]] = []
    k = 0
    while k < len(ws):
        one_of = ws[k] == "one" and k + 1 < len(ws) and ws[k + 1] == "of"
        if toks[k].ent_type in _SKIP_ENTS or _YEAR.match(ws[k]) or one_of or ws[k] in ("zero", "0"):
            k += 1
            continue
        fig = read_figure(ws, k, tab) if _may_start(ws, k, tab) else None
        if fig is None:
            k += 1
            continue
        found.append((fig, _category(toks, ws, fig, lex)))
        k = max(fig.last, k + 1)
    for n in range(len(found) - 2, -1, -1):  # "eight soldiers and three civilians were killed"
        fig, cat = found[n]
        shared = _shared_state(ws, fig, cat, found[n + 1])
        if shared is not None:
            found[n] = (fig, (shared, fig.first, _head_end(toks, ws, cat[2] if cat else fig.last), "shared"))
    for n in range(1, len(found)):  # "killed 130 in Paris and 32 in Brussels"
        fig, cat = found[n]
        same = _elided(ws, fig, cat, found[n - 1][1])
        if same is not None:
            found[n] = (fig, (same, fig.first, _head_end(toks, ws, cat[2] if cat else fig.last), "shared"))
    return [(cat[1], cat[2], fig, cat[0]) for fig, cat in found if cat is not None and cat[0] != GENERIC]


def _shared_state(ws: list[str], fig: Figure, cat: Found | None,
                  nxt: tuple[Figure, Found | None]) -> str | None:
    """The state of the next figure when this one is coordinated with it and has none itself:
    "eight soldiers and three civilians were killed"."""
    if nxt[1] is None or nxt[1][3] not in ("state", "shared") or (cat is not None and cat[3] != "noun"):
        return None
    end = cat[2] if cat is not None else fig.last
    between = ws[end : nxt[0].first]
    while between and between[-1] in ("and", ","):
        between = between[:-1]
    gap = nxt[0].first - end - len(between)
    if 0 < gap <= 2 and len(between) <= 3 and not any(w in _STOP or w[:1].isdigit() for w in between):
        return nxt[1][0]
    return None


def _elided(ws: list[str], fig: Figure, cat: Found | None, before: Found | None) -> str | None:
    """A figure with no state or verb of its own, right after "and", a comma, "including" or
    "compared to" that follows a figure with one, repeats its category: "killed 130 in Paris and
    32 in Brussels", "killing ten soldiers, three policemen and two civilians"."""
    if cat is not None and cat[3] != "noun":
        return None
    if before is None or before[3] not in ("verb", "state", "shared") or before[0] == GENERIC:
        return None
    k = fig.first
    while k > 0 and ws[k - 1] in _LEADS:
        k -= 1
    lead = ws[k : fig.first]
    return before[0] if lead and lead[0] in ("and", ",", "including", "compared") else None


def _may_start(ws: list[str], k: int, tab: Tables) -> bool:
    w = ws[k]
    if w == "half":
        return k + 1 < len(ws) and ws[k + 1] in ("a", "an")
    if w == "several" or (w == "a" and k + 1 < len(ws) and ws[k + 1] == "few"):
        return True
    if w in ("a", "an", "few"):
        return k + 1 < len(ws) and (ws[k + 1] == "few" or (ws[k + 1] in tab.words and tab.words[
            ws[k + 1]].kind in ("scale", "dozen")))
    return w[:1].isdigit() or w in tab.words


def _scan(toks: list[Token], ws: list[str], fig: Figure,
          lex: CountWords) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
    """The counted noun and the state word after the figure, each with its position."""
    noun: tuple[str, int] | None = None
    noun_closed = False
    j, seen = fig.last, 0
    while j < len(ws) and j < fig.last + _WINDOW + 2:
        w = ws[j]
        if j == fig.last and w == "of":
            while j < len(ws) and ws[j] in _OF_SKIP:
                j += 1
            continue
        if w == "," and j + 1 < len(ws) and ws[j + 1] in _ASIDES and "," in ws[j + 1 : j + 12]:
            j = ws.index(",", j + 1) + 1  # "12 people, including three children, were killed"
            continue
        if w in ("who", "that") and seen and not noun_closed:
            rel = _relative_state(ws, j, lex)
            if rel is not None:
                return noun, rel  # "the 49 people who died", "12 soldiers who were killed"
        if w in _STOP or (w[:1].isdigit() and seen):
            break
        if w == "lost" and ws[j + 1 : j + 3] == ["their", "lives"]:
            return noun, ("dead", j + 2)
        if w in lex.states and (lex.states[w] not in _WEAK_STATES or noun is None or noun[0] == GENERIC):
            if _modifies_other_noun(toks, ws, j, lex):
                return None, None  # "2,000 'missing' emails"
            return noun, (lex.states[w], j)
        if w in lex.nouns and not noun_closed and (
            noun is None or (noun[1] == j - 1 and lex.nouns[w] != GENERIC)
        ):
            noun = (lex.nouns[w], j)  # "military aircraft": the last noun of a compound
        elif noun is None and toks[j].pos == "NOUN":
            noun_closed = True  # "four companies ... drones": the counted noun is "companies"
        seen += 1
        if seen >= _WINDOW:
            break
        j += 1
    return noun, None


def _relative_state(ws: list[str], j: int, lex: CountWords) -> tuple[str, int] | None:
    k = j + 1
    while k < len(ws) and k < j + 4 and ws[k] in _AUX:
        k += 1
    if k < len(ws) and ws[k] in lex.states and lex.states[ws[k]] not in _WEAK_STATES:
        return lex.states[ws[k]], k
    return None


def _head_end(toks: list[Token], ws: list[str], j: int) -> int:
    """The end of the counted noun phrase right after a figure ("three fishermen", "six
    American soldiers"), or ``j`` when none follows."""
    end = j
    for k in range(j, min(len(toks), j + 4)):
        if ws[k] in _STOP or toks[k].pos not in ("ADJ", "NOUN", "PROPN"):
            break
        if toks[k].pos in ("NOUN", "PROPN"):
            end = k + 1
    return end


def _modifies_other_noun(toks: list[Token], ws: list[str], j: int, lex: CountWords) -> bool:
    k = j + 1
    while k < len(ws) and ws[k] in _QUOTES:
        k += 1
    return k < len(ws) and toks[k].pos == "NOUN" and ws[k] not in lex.nouns and ws[k] not in lex.states


def _category(toks: list[Token], ws: list[str], fig: Figure, lex: CountWords) -> Found | None:
    noun, state = _scan(toks, ws, fig, lex)
    first = fig.first
    if state is not None:
        return state[0], first, state[1] + 1, "state"
    end = noun[1] + 1 if noun is not None else _head_end(toks, ws, fig.last)
    if first > 0 and ws[first - 1] in lex.verbs:
        return lex.verbs[ws[first - 1]], first - 1, end, "verb"
    if first > 0 and ws[first - 1] == "lost" and (
        (noun is not None and noun[0] in _PERSONS)
        or (fig.last < len(toks) and toks[fig.last].ent_type == "NORP")
    ):
        return "dead", first - 1, end, "verb"  # "we lost 3,000 people", "lost 250 Americans"
    prefix = _prefix(ws, first, lex)
    if prefix is not None:
        return prefix[0], prefix[1], end, "verb"
    for b in range(first - 1, max(-1, first - 1 - _TOLL_WINDOW), -1):
        if ws[b] in lex.tolls:
            return lex.tolls[ws[b]], first, end, "toll"
        if ws[b] in lex.states and ws[max(0, b - 2) : b] == ["number", "of"]:
            return lex.states[ws[b]], first, end, "toll"  # "the number of injured ... stands at 387"
        if ws[b] in (".", ";"):
            break
    if noun is not None and not (noun[0] == "dead" and first > 0 and ws[first - 1] in _SAVE):
        return noun[0], first, end, "noun"
    return None


def _prefix(ws: list[str], first: int, lex: CountWords) -> tuple[str, int] | None:
    """ "the deaths of four Americans", "claimed the lives of 40 people", "among the dead were
    nine policemen": (category, start)."""
    among = ws[max(0, first - 4) : first]
    if len(among) == 4 and among[:2] == ["among", "the"] and among[2] in lex.states and among[3] in _BE:
        return lex.states[among[2]], first - 4
    if first < 2 or ws[first - 1] != "of" or ws[first - 2] not in lex.prefixes:
        return None
    if ws[first - 2] == "lives" and (first < 4 or ws[first - 4] not in _TAKE):
        return None  # "claimed the lives of 40", not "putting the lives of millions on the line"
    start = first - 2
    if start > 0 and ws[start - 1] in ("the", "their"):
        start -= 1
    return lex.prefixes[ws[first - 2]], start
