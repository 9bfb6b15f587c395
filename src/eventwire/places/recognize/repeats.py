"""Repeated mentions of a name already read as a place in the article, wherever the entity
recogniser labelled them differently. Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import Mention, make_mention

_REPEATABLE = frozenset({"GPE", "LOC", "dateline", "county", "context", "marked", "affiliation", "residence"})


def repeats(doc: ParsedDoc, found: list[Mention], person_words: set[str],
             skip_starts: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """Other mentions of a name already taken as a place in the article, wherever the entity
    recogniser labelled them differently ("Ashby Mayor Ellen Ward", "Corran resident").
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
        # a dateline's name also repeats as written in the text ("TARNFIELD —" and the
        # headline's "Tarnfield to host …")
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
