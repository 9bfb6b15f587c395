"""Subject continuity across sentences, from the parse: "Colombia does not recognize the
Maduro government ... Instead, he endorses Guaidó" — a "he"/"she" opening a sentence
continues the previous sentence's last clause subject when that is a country."""

from __future__ import annotations

from ..nlp.document import ParsedDoc
from .draft import ActorDraft
from .lexicon import Tok

# sentence index → (character range of its last clause subject, of its main-clause subject
# or (-1, -1)); only parsed sentences have an entry
Subjects = dict[int, tuple[tuple[int, int], tuple[int, int]]]
SUBJECT_PRONOUNS = frozenset({"he", "she"})

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl"})  # not reported content ("saying X had ...")


def clause_subjects(doc: ParsedDoc) -> Subjects:
    """Per parsed sentence: the character range of its last clause subject (of the main
    verb, a coordinated or an adverbial clause; with its appositions: "its neighbor
    Colombia") and of its main-clause subject ((-1, -1) when none)."""
    out: Subjects = {}
    for sent in doc.sentences:
        if not sent.parsed:
            continue
        last = main = -1
        for k in range(sent.first, sent.last):
            t = doc.tokens[k]
            if t.dep not in _SUBJECT_DEPS:
                continue
            head = doc.tokens[t.head]
            if head.dep in _CLAUSE_DEPS or head.i == head.head:
                last = t.i
            if head.i == head.head and main < 0:
                main = t.i
        if last >= 0:
            out[sent.index] = (_extent(doc, last), _extent(doc, main) if main >= 0 else (-1, -1))
    return out


def _extent(doc: ParsedDoc, i: int) -> tuple[int, int]:
    sub = doc.subtree(i)
    return doc.tokens[sub[0]].start, doc.tokens[sub[-1]].end


def _inside(history: list[ActorDraft], toks: list[Tok], rng: tuple[int, int]) -> list[ActorDraft]:
    """Drafts of ``history`` (not pronouns) lying inside the character range ``rng``."""
    return [h for h in history[-30:] if h.kind != "pronoun"
            and rng[0] <= toks[h.first].start and toks[h.last - 1].end <= rng[1]]


def continued_subject(
    d: ActorDraft, history: list[ActorDraft], toks: list[Tok], subjects: Subjects
) -> ActorDraft | None:
    """"Colombia does not recognize the Maduro government ... Instead, he endorses Guaidó":
    a "he"/"she" opening its sentence continues the previous sentence's last clause subject
    when that subject is a country (translated news calls countries "he") and no person is
    that sentence's main subject or comes after it. The caller keeps a person named in an
    earlier sentence (a protagonist) over this."""
    if d.head not in SUBJECT_PRONOUNS or d.sent - 1 not in subjects:
        return None
    if any(h.sent == d.sent for h in history[-10:]):
        return None  # not the first mention of its sentence
    last_rng, main_rng = subjects[d.sent - 1]
    inside = _inside(history, toks, last_rng)
    subject = inside[-1] if inside else None
    if subject is None or subject.sent != d.sent - 1 or subject.person or subject.plural \
            or subject.kind != "country" or subject.code is None \
            or subject.code in ("IGO", "NGO"):
        return None
    if any(h.person for h in _inside(history, toks, main_rng)):
        return None
    if any(h.person and h.sent == subject.sent and h.first > subject.first for h in history[-30:]):
        return None
    return subject
