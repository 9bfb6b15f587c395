"""Where a trigger sits in its sentence, and the modality around it.

For each trigger the frame says which clause verb carries its tense and modality (the
*anchor*: the verb itself, or the support verb of a nominal trigger: "held *talks*"), how
it relates to the rest of the sentence (main clause, reported by a speech verb,
complement of another event, adjunct, bare noun), and whether it is negated, future,
hypothetical or an obligation ("must").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .lexicon import TriggerLexicon
from .syntax import NOUN_POS, VERB_POS, governing_verb, kids

_FRAME_STOP_DEPS = word_list("events/words.tsv", "frame_stop_deps")
_EMBEDDED_DEPS = _FRAME_STOP_DEPS | {"xcomp"}

MATRIX = "matrix"  # the main clause (or a conjunct of it)
REPORTED = "reported"  # complement of a neutral speech verb: "X said Y did Z"
COMPLEMENT = "complement"  # complement of another event: "threatened to cut off"
ADJUNCT = "adjunct"  # adverbial/relative clause, purpose clause
NOMINAL = "nominal"  # a noun trigger that is not the object of a support verb
SUBJECT = "subject"  # a noun trigger that is the subject of the main clause
UNPARSED = "unparsed"


@dataclass(slots=True)
class Frame:
    anchor: Token
    status: str
    governor: Token | None = None  # the speech verb or event trigger governing the clause
    governor_is_event: bool = False
    support: Token | None = None  # support verb of a nominal trigger
    negated: bool = False
    future: bool = False  # will / shall / going to
    intent: bool = False  # plans to / willing to / vowed to ...
    hypothetical: bool = False
    obligation: bool = False
    embedded: bool = False  # the reporting verb itself sits in a subordinate clause
    markers: list[Token] = field(default_factory=list)  # the words that set the modality


class Framer:
    def __init__(self, lexicon: TriggerLexicon) -> None:
        self.speech = lexicon.cue("speech")
        self.light = lexicon.cue("light")
        self.observe = lexicon.cue("observe")
        self.intent = lexicon.cue("intent")
        self.future = lexicon.cue("modal_future")
        self.hypo = lexicon.cue("modal_hypo")
        self.oblig = lexicon.cue("obligation")
        self.neg = lexicon.cue("negation")

    def frame(self, doc: ParsedDoc, tok: Token, events: set[int]) -> Frame:
        """``events``: token indices of the sentence's triggers (to tell governors apart)."""
        fr = Frame(anchor=tok, status=MATRIX)
        cur = tok
        if tok.pos in NOUN_POS:
            if any(k.lower in ("no",) for k in kids(doc, tok.i, ("det",))):
                fr.negated = True
                fr.markers.append(next(k for k in kids(doc, tok.i, ("det",)) if k.lower == "no"))
            gov = governing_verb(doc, tok)
            if gov is not None and gov.lemma in self.observe:  # "recording a brawl": not a support verb
                gov = None
            if gov is not None and (gov.lemma in self.light or gov.i not in events):
                fr.support = gov
                fr.anchor = gov
                cur = gov
            elif tok.dep in ("nsubj", "nsubjpass") and doc.tokens[tok.head].head == tok.head:
                fr.status = SUBJECT
                self._modality(doc, doc.tokens[tok.head], fr)
                return fr
            else:
                fr.status = NOMINAL
                return fr
        self._modality(doc, cur, fr)
        self._climb(doc, cur, fr, events)
        if fr.status == REPORTED and fr.hypothetical:
            # reported speech shifts "will" to "would": "announced they would lay down arms"
            hypo = {m.lower for m in fr.markers} & (self.hypo - {"would"})
            if not hypo:
                fr.hypothetical, fr.future = False, True
        return fr

    def _modality(self, doc: ParsedDoc, v: Token, fr: Frame) -> None:
        for k in kids(doc, v.i):
            low = k.lower
            if k.dep == "neg" or (
                k.dep in ("advmod", "det", "preconj") and low in ("never", "neither", "nor")
            ):
                fr.negated = True
                fr.markers.append(k)
            elif k.dep in ("aux", "auxpass"):
                if low in self.future or k.lemma in self.future:
                    fr.future = True
                    fr.markers.append(k)
                elif low in self.hypo or k.lemma in self.hypo:
                    fr.hypothetical = True
                    fr.markers.append(k)
                elif low in self.oblig or k.lemma in self.oblig:
                    fr.obligation = True
                    fr.markers.append(k)
            elif k.dep == "mark" and low in ("if", "unless"):
                fr.hypothetical = True
                fr.markers.append(k)
        if v.dep == "advcl":
            for k in kids(doc, v.i, ("mark",)):
                if k.lower in ("if", "unless"):
                    fr.hypothetical = True

    def _climb(self, doc: ParsedDoc, cur: Token, fr: Frame, events: set[int]) -> None:
        for _ in range(12):
            if cur.head == cur.i:
                return
            head = doc.tokens[cur.head]
            dep = cur.dep
            if dep == "conj":
                cur = head
                self._modality(doc, cur, fr)
                continue
            if dep in ("xcomp", "acomp", "ccomp"):
                if head.i in events and head is not fr.anchor:
                    fr.status = COMPLEMENT
                    fr.governor, fr.governor_is_event = head, True
                    return
                if (
                    head.lemma in self.intent
                    or head.lower in self.intent
                    or (head.lower == "going" and dep == "xcomp")
                ):
                    fr.intent = fr.intent or head.lower != "going"
                    fr.future = fr.future or head.lower == "going"
                    fr.markers.append(head)
                    cur = head
                    self._modality(doc, cur, fr)
                    continue
                if dep == "ccomp" and head.lemma in self.speech:
                    fr.status = REPORTED
                    fr.governor = head
                    fr.embedded = self._subordinate(doc, head)
                    return
                cur = head
                if dep != "ccomp":
                    self._modality(doc, cur, fr)
                continue
            if head.i in events:
                fr.governor, fr.governor_is_event = head, True
            fr.status = ADJUNCT
            if dep in _FRAME_STOP_DEPS:
                return
            return

    @staticmethod
    def _subordinate(doc: ParsedDoc, v: Token) -> bool:
        cur = v
        for _ in range(8):
            if cur.head == cur.i:
                return False
            if cur.dep in _EMBEDDED_DEPS:
                return True
            if cur.dep not in ("conj", "ccomp"):
                return False
            cur = doc.tokens[cur.head]
        return False

    @staticmethod
    def is_verb(tok: Token) -> bool:
        return tok.pos in VERB_POS
