"""County, parish and township names wherever the entity recogniser cut them up ("X
County", "X Parish", "X Co.", "X Township"). Token based: they work on unparsed sentences."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp.document import ParsedDoc
from ..mention import Mention, make_mention
from .cues import name_cues


def counties(doc: ParsedDoc, taken: set[int], known: Callable[[str], bool]) -> list[Mention]:
    """"Rapides Parish", "Laurel County", "Platte Co." wherever the entity recogniser cut them
    up, and townships the gazetteer knows by their town's name ("Readington Township",
    "St. Brendan Twp.")."""
    toks = doc.tokens
    out: list[Mention] = []
    for tok in toks:
        cue = name_cues("subdivision").get(tok.text)  # "County", "Parish", "Co.", "Township"
        if cue is None or tok.i in taken:
            continue
        word = cue.lookup  # the word to look the name up with ("": the town's own name)
        after = toks[tok.i + 1].text if tok.i + 1 < len(toks) else ""
        if tok.text == "Co." and after in (",", "Inc.", "Inc", "Ltd.", "LLC"):
            continue  # "Hollis Co., of Ashby": a company
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
