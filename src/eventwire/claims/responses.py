"""Find answers to claims in a sentence: denials, rejections, confirmations.

Response words (``data/claims/responses.tsv``) close together in a clause make one answer
("rejected the charge as baseless propaganda"). A verb answer's responder is its subject; a
judging word ("the “unfounded” accusations", "said the accusations were absurd") is an
answer only when it judges a claim word (``referents.tsv``), and its responder is the subject
of the verb that governs it. Answers about earlier, other claims ("denied similar
accusations in the past") are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Span
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .cues import ClaimCues
from .parties import speaks_for
from .syntax import subject

_GROUP_GAP = 8
_NEGATION = word_list("claims/words.tsv", "response_negation")
_OTHER_CLAIMS = word_list("claims/words.tsv", "other_claims")
_REFERRING = word_list("claims/words.tsv", "referring_words")
_CLAUSE_END = frozenset({",", ";", ".", "and", "but", "while"})
_BOUNDARY = frozenset({";", ".", "while", "but", "whereas"})


@dataclass(slots=True)
class Answer:
    kind: str  # denial | rejection | confirmation
    responder: ActorMention | None
    span: Span
    cue_start: int
    referent: str | None  # strong | weak | None
    sent: int
    cues: list[Span]  # the answering words ("categorically denies", "unfounded")


def find_answers(doc: ParsedDoc, sent: int, index: ActorIndex, lex: ClaimCues,
                 inside: list[Span]) -> list[Answer]:
    toks = doc.sentence_tokens(sent)
    groups: list[list[int]] = []
    for k, tok in enumerate(toks):
        entry = lex.responses.get(tok.lower)
        if entry is None or any(s.start <= tok.start < s.end for s in inside):
            continue
        if entry[1] == "verb" and tok.pos and tok.pos not in ("VERB", "NOUN", "AUX"):
            continue
        if entry[1] == "judge" and not _judges_a_claim(toks, k, lex):
            continue
        if entry[1] == "verb" and any(t.lower in _NEGATION for t in toks[max(0, k - 3) : k]):
            continue  # "would not confirm", "has not denied"
        if groups and k - groups[-1][-1] <= _GROUP_GAP and not any(
            t.lower in _BOUNDARY for t in toks[groups[-1][-1] : k]
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    answers = []
    for group in groups:
        answer = _answer(doc, toks, group, index, lex, sent)
        if answer is not None:
            answers.append(answer)
    return answers


def _judges_a_claim(toks: list[Token], k: int, lex: ClaimCues) -> bool:
    lo, hi = max(0, k - 6), min(len(toks), k + 4)
    window = [t.lower for t in toks[lo:hi]]
    if any(lex.referents.get(w) == "strong" for w in window):
        return True
    return k > 0 and toks[k - 1].lower in _REFERRING


def _answer(doc: ParsedDoc, toks: list[Token], group: list[int], index: ActorIndex, lex: ClaimCues,
            sent: int) -> Answer | None:
    first, last = group[0], group[-1]
    kinds = [lex.responses[toks[k].lower] for k in group]
    verbs = [k for k, (_, role) in zip(group, kinds, strict=True) if role == "verb"]
    kind = lex.responses[toks[verbs[0]].lower][0] if verbs else "denial"
    # the answer's words: from the cue (or the verb governing a judging word) to the clause end
    start = first
    if not verbs:
        b = first - 1
        while b > 0 and first - b < 6 and toks[b].lower not in (",", ";") and toks[b].pos not in ("VERB",):
            b -= 1
        if toks[b].pos == "VERB" or toks[b].lower in ("called", "said", "calling"):
            start = b
    end = last + 1
    while end < len(toks) and end - last < 10 and toks[end].lower not in _CLAUSE_END:
        end += 1
    words = [t.lower for t in toks[start:end]]
    if any(w in _OTHER_CLAIMS for w in words):
        return None
    referent = None
    for w in words:
        strength = lex.referents.get(w)
        if strength == "strong" or (strength == "weak" and referent is None):
            referent = strength
    responder = _responder(doc, toks, verbs[0] if verbs else first, index, lex)
    span = doc.span(toks[start].start, toks[end - 1].end)
    cues = []
    for k in group:
        left = k - 1 if k > 0 and toks[k - 1].lower.endswith("ly") and toks[k - 1].lower.isalpha() else k
        cues.append(doc.span(toks[left].start, toks[k].end))
    return Answer(kind, responder, span, toks[first].start, referent, sent, cues)


def _responder(doc: ParsedDoc, toks: list[Token], k: int, index: ActorIndex,
               lex: ClaimCues) -> ActorMention | None:
    tok = toks[k]
    if doc.sentences[tok.sent].parsed:
        for j in [tok.i, *doc.ancestors(tok.i)]:
            found = subject(doc, j)
            if found is None:
                continue
            if doc.tokens[found[1]].lower in lex.referents or doc.tokens[found[1]].lower == "which":
                continue  # "the accusations were absurd", "the Chinese account was false"
            mention = index.noun_phrase([doc.tokens[i] for i in found[0]], doc.tokens[found[1]])
            if mention is not None:
                return speaks_for(index, mention)
    # token fallback: the last actor before the cue, else the sentence's first
    s = doc.sentences[tok.sent]
    return speaks_for(index, index.last_in(s.start, tok.start) or index.first_in(s.start, s.end))
