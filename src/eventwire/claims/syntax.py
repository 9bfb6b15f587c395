"""Small helpers over the dependency parse of a :class:`ParsedDoc` (document-wide token ids)."""

from __future__ import annotations

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list

SUBJ = ("nsubj", "nsubjpass")
CLAUSE_CUT = word_list("claims/words.tsv", "clause_cuts")
_SUBJECT_CLIMB = word_list("claims/words.tsv", "subject_climb_deps")
_PHRASE_CUT = word_list("claims/words.tsv", "phrase_cut_deps")
RELATIVE = frozenset({"who", "which", "that", "whom"})


def child(doc: ParsedDoc, i: int, deps: tuple[str, ...], lower: str | None = None) -> int | None:
    for c in doc.children(i):
        t = doc.tokens[c]
        if t.dep in deps and (lower is None or t.lower == lower):
            return c
    return None


def subject(doc: ParsedDoc, verb: int) -> tuple[list[int], int] | None:
    """Tokens of the subject phrase of ``verb`` and its head, following conjuncts, relative
    clauses ("the minister, who said") and participles ("..., saying")."""
    seen = 0
    j = verb
    while seen < 4:
        seen += 1
        subs = [c for c in doc.children(j) if doc.tokens[c].dep in SUBJ]
        before = [c for c in subs if c < j]
        s = before[-1] if before else (subs[0] if subs else None)  # "YEREVAN (AFP) — Armenia accused"
        if s is not None:
            if doc.tokens[s].lower in RELATIVE and doc.tokens[j].dep == "relcl":
                head = doc.tokens[j].head
                return phrase(doc, head), head
            return phrase(doc, s), s
        tok = doc.tokens[j]
        if tok.dep in _SUBJECT_CLIMB and tok.head != j:
            if tok.dep == "relcl":
                head = tok.head
                return phrase(doc, head), head
            j = tok.head
            if tok.dep == "conj" and doc.tokens[j].dep == "ccomp" and doc.tokens[j].head != j:
                # "X said its forces were ... and accused Y": the conjunct belongs to X's verb
                j = doc.tokens[j].head
            continue
        break
    return None


def phrase(doc: ParsedDoc, head: int) -> list[int]:
    """The noun phrase of ``head``: its subtree without relative clauses, stopping at a comma
    that opens an apposition or a clause."""
    out = [head]
    for c in doc.children(head):
        t = doc.tokens[c]
        if t.dep in _PHRASE_CUT and c > head:
            continue
        out.extend(doc.subtree(c))
    out.sort()
    # keep the contiguous run around the head
    lo = hi = out.index(head)
    while lo > 0 and out[lo - 1] == out[lo] - 1:
        lo -= 1
    while hi + 1 < len(out) and out[hi + 1] == out[hi] + 1:
        hi += 1
    return out[lo : hi + 1]


def clause_tokens(doc: ParsedDoc, root: int, stop_at: int | None = None) -> list[Token]:
    """Tokens of the clause headed by ``root`` (its subtree), without a leading "that"/"if"
    and cut before ", while/but ..." and before ``stop_at`` (a character offset)."""
    toks = [doc.tokens[i] for i in doc.subtree(root)]
    toks = contiguous(toks, root)
    while toks and (toks[0].lower in ("that", "if", "whether") or toks[0].is_punct):
        toks = toks[1:]
    return cut(toks, stop_at)


def contiguous(toks: list[Token], around: int) -> list[Token]:
    idx = [t.i for t in toks]
    if around not in idx:
        return toks
    lo = hi = idx.index(around)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    return toks[lo : hi + 1]


def cut(toks: list[Token], stop_at: int | None = None) -> list[Token]:
    out: list[Token] = []
    for k, t in enumerate(toks):
        if stop_at is not None and t.start >= stop_at:
            break
        if t.lower in (";",):
            break
        if t.lower == "," and k + 1 < len(toks) and (
            toks[k + 1].lower in CLAUSE_CUT or toks[k + 1].lower in ("citing", "according", "saying", "and")
        ):
            break
        if t.lower in CLAUSE_CUT and k > 0:
            break
        out.append(t)
    while out and (out[-1].is_punct and out[-1].text not in ("”", "\"", ")")):
        out = out[:-1]
    while out and out[-1].text in ("”", "\"") and sum(t.text in ("“", "\"") for t in out) < sum(
        t.text in ("”", "\"") for t in out
    ):
        out = out[:-1]
    return out


_CHAIN = frozenset({"xcomp", "conj"})
_OBJECTS = word_list("claims/words.tsv", "object_deps")


def predicate(doc: ParsedDoc, root: int) -> list[int]:
    """What a clause says its subject did: the root verb, verbs chained to it ("tried to
    attack", "crossed and attacked"), their objects and the objects of their prepositions
    ("opened fire", "was behind the attack") — not words inside nested clauses or phrases
    ("the steps to cover more firearms", "people who make their living selling guns")."""
    verbs, k = [root], 0
    while k < len(verbs) and k < 12:
        verbs.extend(c for c in doc.children(verbs[k]) if doc.tokens[c].dep in _CHAIN)
        k += 1
    out = list(verbs)
    for v in verbs:
        for c in doc.children(v):
            dep = doc.tokens[c].dep
            if dep in _OBJECTS:
                out.append(c)
            elif dep == "prep":
                out.extend(g for g in doc.children(c) if doc.tokens[g].dep == "pobj")
    return out
