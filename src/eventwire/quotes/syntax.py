"""Dependency-parse helpers shared by the direct and the reported-speech finders."""

from __future__ import annotations

from ..nlp.document import ParsedDoc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE = frozenset({"who", "that", "which", "whom"})
_CLIMB = frozenset({"conj", "xcomp", "advcl", "acl"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})


def parsed(doc: ParsedDoc, tok: Token) -> bool:
    return doc.sentences[tok.sent].parsed


def subject_of(doc: ParsedDoc, i: int) -> int | None:
    """The subject head of verb ``i``: its own nsubj (a relative "who" included: see
    :func:`antecedent`), the noun a subjectless relative clause hangs from, or the subject
    of the verb it is coordinated with or depends on ("X responded, saying")."""
    j = i
    for _ in range(4):
        tok = doc.tokens[j]
        subjects = [k for k in doc.children(j) if doc.tokens[k].dep in SUBJECT_DEPS]
        if subjects:
            return min(subjects, key=lambda s: abs(s - j))  # a mis-parse can give two: the nearest
        if tok.dep == "relcl" and tok.head != j:
            return tok.head
        if tok.dep in _CLIMB and tok.head != j:
            j = tok.head
            continue
        break
    return None


def np_head_near(doc: ParsedDoc, toks: list[Token], *, from_end: bool) -> int | None:
    """Unparsed fallback: the head word of the name or noun phrase at one end of ``toks``
    (the last word of the first/last entity, or the last capitalised or noun-like word)."""
    words = [t for t in toks if not t.is_punct]
    if not words:
        return None
    if from_end:
        run: list[Token] = []
        for t in reversed(words):
            if run and not (t.text[:1].isupper() or t.lower in ("the", "a", "an")):
                break
            run.insert(0, t)
        return run[-1].i if run else words[-1].i
    group: list[Token] = []
    for t in words:
        if t.text in (",", ".") or (group and t.ent_iob == "B"):
            break
        group.append(t)
        if t.ent_type and (t.i + 1 >= len(doc.tokens) or doc.tokens[t.i + 1].ent_iob != "I"):
            break
        if len(group) >= 6:
            break
    return group[-1].i if group else None


def is_nounish(tok: Token) -> bool:
    return tok.pos in _NOUNISH or (not tok.pos and (tok.text[:1].isupper() or bool(tok.ent_type)))


def antecedent(doc: ParsedDoc, i: int) -> int | None:
    """The noun a relative pronoun subject stands for ("Molano, *who* said …" → Molano)."""
    tok = doc.tokens[i]
    if tok.lower not in RELATIVE or tok.dep not in SUBJECT_DEPS:
        return None
    verb = doc.tokens[tok.head]
    if verb.dep == "relcl" and verb.head != verb.i:
        return verb.head
    return None
