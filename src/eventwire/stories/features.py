"""Turn an article into a bag of weighted terms for story clustering.

Term kinds (the prefix of each term), each with its own weight multiplier:

- ``w:`` content words, lower-cased and crudely singularised, stop words dropped;
- ``e:`` names: every capitalised word that does not start a sentence; with
  ``mentions=True`` also every word of the canonical actor and place names the pipeline
  found. That is off by default: on the ECB+ development half the text alone scored
  better (pairwise F1 0.889 against 0.880 with the actor and place names, B-cubed 0.927
  against 0.919), as canonical names and resolved pronouns re-count names already there,
  and it keeps story clustering independent of the other stages;
- ``n:`` numbers (figures such as ages, tolls, magnitudes and years), which tell apart two
  similar stories of one kind;
- ``d:`` dates: a month with its day ("dec-7"), weekdays, and years.

Everything is a single regular-expression pass over the text: linear in its length.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..model import ArticleRecord
from ..resources import data_path, read_tsv

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.:]*\d|\d|[.!?\n]")
_ENDERS = frozenset(".!?\n")


@dataclass(frozen=True, slots=True)
class Words:
    stop: frozenset[str]
    months: dict[str, str]  # month name or abbreviation → three-letter key
    weekdays: frozenset[str]


@cache
def words() -> Words:
    """Word classes from ``data/stories/words.tsv`` plus spaCy's English stop words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    rows = list(read_tsv(data_path("stories/words.tsv")))
    return Words(
        stop=frozenset(STOP_WORDS) | {r["word"] for r in rows if r["kind"] == "stop"},
        months={r["word"]: r["value"] for r in rows if r["kind"] == "month"},
        weekdays=frozenset(r["word"] for r in rows if r["kind"] == "weekday"),
    )


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _number(token: str) -> str | None:
    digits = token.replace(",", "")
    if not digits.replace(".", "").replace(":", "").isdigit():
        return None
    return digits.rstrip(".")


def doc_terms(record: ArticleRecord, *, mentions: bool = False) -> Counter[str]:
    """Term counts of one article (see module doc for the term kinds); ``mentions`` adds
    the words of the record's actor and place names."""
    vocab = words()
    stops = vocab.stop
    month = vocab.months
    terms: Counter[str] = Counter()
    tokens = _TOKEN.findall(record.text)
    sentence_start = True
    prev = ""
    for k, tok in enumerate(tokens):
        if tok in _ENDERS:
            if tok == "." and prev in month:  # "Dec . 7": an abbreviation, not a sentence end
                continue
            sentence_start = True
            prev = ""
            continue
        low = tok.lower().replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if tok[0].isdigit():
            num = _number(tok)
            if num is not None:
                terms["n:" + num] += 1
                if prev in month and len(num) <= 2:
                    terms[f"d:{month[prev]}-{int(num)}"] += 1
                elif len(num) <= 2 and k + 1 < len(tokens) and tokens[k + 1].lower() in month:
                    terms[f"d:{month[tokens[k + 1].lower()]}-{int(num)}"] += 1
            prev = low
            sentence_start = False
            continue
        if low in vocab.weekdays:
            terms["d:" + low] += 1
        elif tok[0].isupper() and not sentence_start and low not in stops and low not in month:
            terms["e:" + low] += 1
        if low not in stops and len(low) > 2 and low not in month:
            terms["w:" + _singular(low)] += 1
        prev = low
        sentence_start = False
    if not mentions:
        return terms
    names = [a.name or a.text for a in record.actors] + [p.name or p.text for p in record.places]
    for name in names:
        for word in re.findall(r"[^\W\d_][\w'-]*", name):
            low = word.lower()
            if low not in stops:
                terms["e:" + low] += 1
    return terms
