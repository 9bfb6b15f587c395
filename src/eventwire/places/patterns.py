"""Token patterns that find places the entity recogniser misses or mislabels: borders and
sides, datelines, county names, names the context marks as places, landmarks, and repeated
mentions of a name already read as a place. All token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ..nlp.document import ParsedDoc
from .lexicon import words
from .mention import Mention, make_mention, place_noun_after
from .nonplaces import spurious as spurious  # find_mentions filters every mention with it

_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})


def borders_and_sides(doc: ParsedDoc, places: list[Mention]) -> list[Mention]:
    """"the border with Venezuela", "the Colombian-Venezuelan border", "the Venezuelan
    border", "the Colombian side"."""
    toks = doc.tokens
    by_first = {m.first: m for m in places}
    out: list[Mention] = []
    for tok in toks:
        low = tok.lower
        if low in _BORDER_WORDS:
            i = tok.i
            nxt = i + 1
            if (nxt + 1 < len(toks) and toks[nxt].lower in ("with", "between", "of")
                    and toks[nxt].sent == tok.sent):
                inner = by_first.get(nxt + 1)
                end = inner.last if inner else nxt + 1
                if inner is None and not toks[nxt + 1].text[:1].isupper():
                    end = i + 1  # "the border with their neighbours": a border, no country named
                start = _left_edge(doc, i)
                m = make_mention(doc, start, end, "pattern", "border")
                if m is not None:
                    if inner is not None:
                        m.inner, m.inner_start = inner.text, inner.start
                    out.append(m)
                continue
            start = _left_edge(doc, i)
            if start < i:
                m = make_mention(doc, start, i + 1, "pattern", "border")
                if m is not None:
                    m.inner = doc.text[toks[start].start : toks[i - 1].end]
                    if m.inner.lower().startswith("the "):
                        m.inner = m.inner[4:]
                    out.append(m)
        elif low == "side" and tok.i >= 2:
            prev = toks[tok.i - 1]
            if prev.text[:1].isupper() and toks[tok.i - 2].lower in ("the", "its", "their"):
                m = make_mention(doc, tok.i - 1, tok.i + 1, "pattern", "side")
                if m is not None:
                    m.inner = prev.text
                    out.append(m)
    return out


def _left_edge(doc: ParsedDoc, i: int) -> int:
    """Start of the noun phrase ending at token ``i``: back over capitalised words,
    hyphenated adjectives and a determiner ("the Greek-Macedonian border")."""
    toks = doc.tokens
    j = i
    while j > 0 and toks[j - 1].sent == toks[i].sent and (
        toks[j - 1].text[:1].isupper() or toks[j - 1].text in ("-", "–")
    ) and toks[j - 1].lower not in ("the",):
        j -= 1
    if j > 0 and toks[j - 1].lower in ("the", "its", "their") and j < i:
        j -= 1
    return j


_DATELINE_END = frozenset({",", "-", "--", "---", "—", "–", "(", ":", "”"})


def _shouting(text: str) -> bool:
    """An upper-case word as datelines write town names ("MANSFIELD", "DeKALB")."""
    return len(text) >= 3 and text.isalpha() and text[0].isupper() and text[-3:].isupper()


def datelines(doc: ParsedDoc, known: Callable[[str], bool]) -> list[Mention]:
    """Capitalised datelines the entity recogniser misses: "MANSFIELD -- ", "BEIRUT (AP)",
    "COLUMBIA --- ". A dateline opens its sentence or follows a date or a headline, not a
    lower-case word ("information on NICE, call"), and a dash after it stands apart from it
    ("NATO-Russia" is one word)."""
    toks = doc.tokens
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        if not _shouting(toks[i].text):
            i += 1
            continue
        j = i + 1  # the shouting word itself, then up to three more upper-case words
        while (j < len(toks) and j - i < 4 and toks[j].text[-2:].isupper()
               and toks[j].text.replace(".", "").isalpha()):
            j += 1
        name = doc.text[toks[i].start : toks[j - 1].end].title()
        prev = toks[i - 1].text if i > 0 else ""
        after_word = prev[:1].islower() and prev.isalpha()
        end = toks[j] if j < len(toks) else None
        joined = end is not None and end.text in ("-", "–") and end.start == toks[j - 1].end
        if end is not None and end.text in _DATELINE_END and not after_word and not joined and known(name):
            m = make_mention(doc, i, j, "dateline")
            if m is not None:
                out.append(m)
        i = j
    return out


LOCATIVE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "to", "into", "towards", "across",
                             "around"})


def _capitalised(text: str) -> bool:
    if text.lower().startswith(("al-", "el-", "ad-", "ar-", "as-", "ash-", "an-")) and len(text) > 4:
        return text[text.index("-") + 1 : text.index("-") + 2].isupper()
    if len(text) > 1 and text.isupper() and text.isalpha():
        return False  # "NICE", "UF": an acronym in running text (datelines are found apart)
    return text[:1].isupper() and any(c.isalpha() for c in text) and text.lower() not in words("not_places")


_COMPASS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                      "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower"})


_COMPASS_LOWER = frozenset(w.lower() for w in _COMPASS if w not in ("Upper", "Lower"))


def after_place_verb(doc: ParsedDoc, first: int, only: bool = False) -> bool:
    """The word before token ``first`` is a verb whose object is a place ("shelled Mariupol",
    "captured Kabul"); in an unparsed sentence the lemma is the word itself, so a regular
    ending is taken off. ``only``: not a verb whose object is as often a person ("hit", "visit")."""
    if first <= 0:
        return False
    prev = doc.tokens[first - 1]
    verbs = words("place_verbs") - words("person_object_verbs") if only else words("place_verbs")
    low = prev.lower
    stems = [low[: len(low) - len(end)] for end in ("ed", "d", "s", "es", "ing") if low.endswith(end)]
    stems += [s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2]]  # "patrolled": patrol
    return prev.lemma in verbs or low in verbs or any(s in verbs for s in stems)  # "overran": listed


def untagged(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool],
              strong: Callable[[str], bool], spelled: Callable[[str], bool] | None = None) -> list[Mention]:
    """Capitalised names outside any entity that the context or the gazetteer marks as
    places: "the village of Mabrookeh", "Khanasir town", "in Aleppo", "the North Caucasus"
    (a known name after a compass word)."""
    toks = doc.tokens
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if i in taken or t.ent_iob != "O" or not _capitalised(t.text):
            i += 1
            continue
        j = i
        while (j < n and j - i < 4 and j not in taken and toks[j].ent_iob == "O"
               and toks[j].sent == t.sent and (
                   _capitalised(toks[j].text)
                   or (toks[j].text == "-" and j + 1 < n and _capitalised(toks[j + 1].text)))):
            j += 1
        sent_first = doc.sentences[t.sent].first
        text = doc.text[t.start : toks[j - 1].end]
        before = toks[i - 1].lower if i > sent_first else ""
        before2 = toks[i - 2].lower if i - 1 > sent_first else ""
        if before == "of" and before2 in words("directions"):
            before = "near"  # "north of Moorhead"
        after = toks[j].lower if j < n else ""
        nouns = words("place_nouns")
        licensed = (before == "of" and (before2 in nouns or toks[i - 2].text in words("part_nouns"))) or (
            after in nouns - {"state", "capital"} or (after not in nouns and place_noun_after(doc, j)))
        first = i
        prev = toks[i - 1] if i > sent_first else None
        if (not licensed and prev is not None and prev.text in _COMPASS and prev.i not in taken
                and prev.ent_iob == "O" and i - 1 > sent_first and known(text)):
            first, licensed = i - 1, True  # "the North Caucasus", "plague Northern Kentucky"
        elif (not licensed and prev is not None and prev.text in _COMPASS_LOWER and i - 1 > sent_first
              and toks[i - 2].lower in LOCATIVE_BEFORE | {"the"} and known(text)):
            licensed = True  # "the northern Plains", "in eastern Kentucky"
        taken_by_verb = (after_place_verb(doc, i, only=True) and (spelled or known)(text)
                         and t.lower not in words("titles"))  # "bombed Hodeidah", not "hit Trooper X"
        if licensed or (i > sent_first and ((before in LOCATIVE_BEFORE and known(text)) or strong(text)
                                            or taken_by_verb)):
            m = make_mention(doc, first, j, "context" if licensed else "gazetteer")
            if m is not None:
                out.append(m)
        i = j
    return out


def counties(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """"Rapides Parish", "Laurel County", "Platte Co." wherever the entity recogniser cut them
    up, and townships the gazetteer knows by their town's name ("Readington Township",
    "St. Clair Twp.")."""
    toks = doc.tokens
    out: list[Mention] = []
    for tok in toks:
        word = _SUBDIVISIONS.get(tok.text)
        if word is None or tok.i in taken:
            continue
        after = toks[tok.i + 1].text if tok.i + 1 < len(toks) else ""
        if tok.text == "Co." and after in (",", "Inc.", "Inc", "Ltd.", "LLC"):
            continue  # "Crane Co., of Chicago": a company
        for size in (3, 2, 1):
            first = tok.i - size
            if first < 0 or any(k in taken for k in range(first, tok.i)):
                continue
            if not all(toks[k].text[:1].isupper() for k in range(first, tok.i)):
                continue
            name = doc.text[toks[first].start : toks[tok.i - 1].end]
            if (word and known(f"{name} {word}")) or (word == "" and known(name)):
                # "Platte Co." is looked up by its name as a county ("Platte" with the hint)
                short = tok.text == "Co."
                m = make_mention(doc, first, tok.i if short else tok.i + 1, "county")
                if m is not None:
                    m.hint = "county" if short else m.hint
                    out.append(m)
                    taken.update(range(first, tok.i + 1))
                break
    return out


# words after a name that make it a county or a township: the word to look the name up with
# ("" for the town's own name)
_SUBDIVISIONS = {"County": "County", "Parish": "Parish", "Co.": "County",
                 "Township": "", "Twp.": "", "Twp": ""}
_REPEATABLE = frozenset({"GPE", "LOC", "dateline", "county", "context", "marked", "affiliation", "residence"})


def repeats(doc: ParsedDoc, found: list[Mention], person_words: set[str],
             skip_starts: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """Other mentions of a name already taken as a place in the article, wherever the entity
    recogniser labelled them differently ("Fargo Mayor Dennis Walaker", "Mansfield resident").
    Only names the gazetteer knows and the recogniser or the context called a place repeat."""
    toks = doc.tokens
    taken = {t for m in found for t in range(m.first, m.last)}
    for ent in doc.entities:  # never inside a person's full name ("Katie Belk Morris") nor a
        if (ent.label == "PERSON" and ent.last - ent.first >= 2) or (  # name like "United Russia"
                ent.label == "ORG" and doc.tokens[ent.first].lower in words("generic")):
            taken.update(range(ent.first, ent.last))
    names: dict[str, list[list[str]]] = {}
    for m in found:
        if m.kind != "toponym" or m.first >= m.last or m.label not in _REPEATABLE or not known(m.text):
            continue
        seq = [toks[k].text for k in range(m.first, m.last)]
        if len(seq) == 1 and seq[0] in person_words:
            continue
        # a dateline's name also repeats as written in the text ("LAWRENCEBURG —" and the
        # headline's "Lawrenceburg to host …")
        for variant in (seq, [w.title() for w in seq]) if m.label == "dateline" else (seq,):
            if variant not in names.setdefault(variant[0], []):
                names[variant[0]].append(variant)
    out: list[Mention] = []
    for tok in toks:
        if tok.i in taken or tok.text not in names or tok.start in skip_starts:
            continue
        for seq in sorted(names[tok.text], key=len, reverse=True):
            end = tok.i + len(seq)
            if end <= len(toks) and all(toks[tok.i + k].text == w for k, w in enumerate(seq)) and not any(
                    k in taken for k in range(tok.i, end)):
                nxt = toks[end] if end < len(toks) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.ent_type == "PERSON" and (
                        tok.ent_type == "PERSON"):
                    break  # the start of a person's name ("Georgia Smith")
                again = make_mention(doc, tok.i, end, "repeat")
                if again is not None:
                    out.append(again)
                    taken.update(range(tok.i, end))
                break
    return out
