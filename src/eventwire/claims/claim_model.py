"""The learned decision over claim candidates that no cue word gave.

Candidates come from reported speech (:mod:`.quoted`: one per actor a quote names), from
accusation-type events and from the clauses of quotes (:mod:`.candidates_events`). Each gets
the reported-speech features of :mod:`.quoted_features` plus a few about where it was read
(its source, the event type, whether the trigger has a complement, whether the events stage
read an accusation or a rejection in its sentence). A logistic model, trained by ``eventwire
train claims`` (:mod:`.claim_training`) and shipped as JSON weights with a penalty and
threshold chosen by cross-validation by article, keeps the allegations. Kept candidates are
taken best first; one whose proposition mostly overlaps a claim already kept, or that lies in a
sentence a cue word has read a claim in, is dropped, and so is one whose accused is not the
doer of what is said (a passive subject, an actor named inside another noun phrase).
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Event, Span
from ..nlp.document import ParsedDoc
from ..resources import data_path, word_list
from ..stages.base import Analysis
from .candidates_events import ClaimCandidate, event_types, from_content, from_events, resolve
from .cues import claim_cues
from .found import Found
from .quoted import candidates as quote_candidates
from .quoted_features import FEATURES as QUOTE_FEATURES
from .quoted_features import features as quote_features

MODEL_FILE = "claims/claim_model.json"

_SOURCES = ("quote", "event", "content", "content_named", "content_third")
_EVENT_TYPES = tuple(sorted(event_types()))  # data/claims/candidates.tsv: accusation_events
# cue kinds (cues.tsv) under which the model may still read a claim the finder did not: plain
# speech; for an accusation event, any but a warning (the finder's warning rule tells a threat of
# one's own act from an allegation, and the events stage does not)
_OPEN_CUES = frozenset({"say"})
_OPEN_EVENT_CUES = word_list("claims/candidates.tsv", "open_event_cues")
FEATURES: tuple[str, ...] = (
    *QUOTE_FEATURES,
    *(f"source_{s}" for s in _SOURCES),
    *(f"event_{t.lower()}" for t in _EVENT_TYPES),
    "complement",
    "cue_claim_in_sentence",
    "accused_named",
    "claimant_pronoun",
    "accuse_event_in_sentence",
    "accuse_event_in_proposition",
    "reject_event_in_sentence",
)

_PASSIVE = FEATURES.index("accused_passive")


@dataclass(slots=True)
class Scored:
    """A candidate with its feature vector (:data:`FEATURES`) and its sentence."""

    candidate: ClaimCandidate
    vector: list[float]
    sent: int
    nested: bool = False  # the accused is named inside another noun phrase ("the era of big government")


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    threshold: float

    def probability(self, vector: list[float]) -> float:
        z = sum(self.weights.get(name, 0.0) * x for name, x in zip(FEATURES, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def model() -> Model:
    """The shipped model (``data/claims/claim_model.json``)."""
    data = json.loads(data_path(MODEL_FILE).read_text(encoding="utf-8"))
    return Model({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]))


def gather(analysis: Analysis, index: ActorIndex, found: list[Found]) -> list[Scored]:
    """Every candidate of the article with its feature vector."""
    doc, record = analysis.doc, analysis.record
    cands: list[ClaimCandidate] = []
    named: set[str] = set()
    for q in quote_candidates(record.quotes, index, doc):
        named.add(q.quote.id)
        cands.append(ClaimCandidate("quote", q.claimant, [q.accused], q.proposition,
                               q.quote.cue or doc.span(q.claimant.start, q.claimant.end), q.quote,
                               ids={"quote": q.quote.id}))
    cands.extend(from_events(record.events, index, doc))
    cands.extend(from_content(record.quotes, index, doc, named))
    cue_sents = {f.sent for f in found}
    cues = claim_cues().cues
    by_sentence: dict[int | None, list[Event]] = {}  # each event once, not once per candidate
    for e in record.events:
        by_sentence.setdefault(doc.sentence_of_char(e.trigger.start), []).append(e)
    out: list[Scored] = []
    for c in cands:
        if cues.get(doc.text[c.cue.start : c.cue.end].lower(), "say") not in _open(c):
            continue  # a cue word the finder has judged (and found no claim in)
        if not c.accused or _demands(c.proposition.text):
            continue  # no other actor to allege anything of; a demand alleges nothing
        c.claimant = resolve(index, c.claimant)
        sent = doc.sentence_of_char(c.proposition.start) or 0
        vector = _vector(doc, c, sent in cue_sents, _event_context(by_sentence.get(sent, []), c))
        nested = c.source != "event" and bool(c.accused) and _nested(doc, c.accused[0])
        out.append(Scored(c, vector, sent, nested))
    return out


def _event_context(in_sentence: list[Event], c: ClaimCandidate) -> list[float]:
    """Whether the events stage read an accusation in the candidate's sentence (the events
    ``in_sentence``) or inside its proposition, and a rejection in its sentence."""
    accusing = word_list("claims/candidates.tsv", "accusing_events")
    rejecting = word_list("claims/candidates.tsv", "rejecting_events")
    near = [e for e in in_sentence if e.id != c.ids.get("event")]
    p = c.proposition
    return [
        float(any(e.type in accusing for e in near)),
        float(any(e.type in accusing and p.start <= e.trigger.start < p.end for e in near)),
        float(any(e.type in rejecting for e in near)),
    ]


def _vector(doc: ParsedDoc, c: ClaimCandidate, cue_claim: bool, context: list[float]) -> list[float]:
    accused = c.accused[0] if c.accused else c.claimant
    base = quote_features(doc, c.quote, c.claimant, accused, c.proposition)
    extra = [
        *(float(c.source == s) for s in _SOURCES),
        *(float(c.event_type == t) for t in _EVENT_TYPES),
        float(c.complement),
        float(cue_claim),
        float(bool(c.accused) and c.accused[0].kind != "pronoun"),
        float(c.claimant.kind == "pronoun"),
        *context,
    ]
    return [*base, *extra]


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(0, inter) / max(1, min(a.end - a.start, b.end - b.start))


class SpanIndex:
    """Spans kept so far, by start, so that the ones crossing a span are found without a
    scan of all (an article repeated a thousand times has thousands of claims)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans: list[Span] = []
        self.starts: list[int] = []
        self.longest = 0
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        k = bisect_right(self.starts, span.start)
        self.starts.insert(k, span.start)
        self.spans.insert(k, span)
        self.longest = max(self.longest, span.end - span.start)

    def crossing(self, span: Span) -> list[Span]:
        lo = bisect_left(self.starts, span.start - self.longest)
        hi = bisect_left(self.starts, span.end)
        return [k for k in self.spans[lo:hi] if k.end > span.start]


def decide(scored: list[Scored], found: list[Found], chosen: Model | None = None) -> list[Found]:
    """The claims the model adds to the cue-word ``found`` ones: the candidates it keeps, best
    first, none mostly inside a claim already kept nor in a sentence whose allegation a cue
    word has read, as :class:`Found` claims of kind ``model``."""
    m = chosen or model()
    probs = [(m.probability(s.vector), n, s) for n, s in enumerate(scored) if not _patient(s)]
    ranked = sorted(probs, key=lambda t: (-t[0], t[1]))
    kept = [f for f in found if not f.extra.get("weak")]
    taken = SpanIndex([f.proposition for f in kept])
    read = {f.sent for f in kept}
    out: list[Found] = []
    for p, _, s in ranked:
        if p < m.threshold:
            break
        c = s.candidate
        if s.sent in read or any(_overlap(c.proposition, k) > 0.5 for k in taken.crossing(c.proposition)):
            continue
        taken.add(c.proposition)
        out.append(Found(c.cue, "model", s.sent, c.claimant, list(c.accused), c.proposition,
                         {**c.ids, "probability": round(p, 4)}))
    return out


def _open(c: ClaimCandidate) -> frozenset[str]:
    return _OPEN_EVENT_CUES if c.source == "event" else _OPEN_CUES


def _demands(text: str) -> bool:
    """Whether a proposition says what ought to be done ("must act", "should resign"): a
    demand, which alleges no wrongdoing (the claims guide)."""
    words = word_list("claims/candidates.tsv", "demand_modals")
    return any(w.strip(".,;:!?\"“”'’()").lower() in words for w in text.split()[:8])


def _patient(s: Scored) -> bool:
    """Whether the accused is not who did what is said: the passive subject of it ("soldiers
    were killed"), or an actor named inside a phrase about something else ("the era of big
    government had ended"). The accused of an allegation is its doer."""
    return s.nested or (s.candidate.source != "event" and s.vector[_PASSIVE] == 1.0)


def _nested(doc: ParsedDoc, mention: ActorMention) -> bool:
    """Whether the mention's head is the object of a preposition that qualifies a noun."""
    tok = doc.token_at(max(mention.start, mention.end - 1))
    if tok is None or not doc.sentences[tok.sent].parsed:
        return False
    while tok.head != tok.i and mention.start <= doc.tokens[tok.head].start < mention.end:
        tok = doc.tokens[tok.head]
    if tok.dep != "pobj" or tok.head == tok.i:
        return False
    prep = doc.tokens[tok.head]
    return prep.head != prep.i and doc.tokens[prep.head].pos in ("NOUN", "PROPN")


def find(analysis: Analysis, index: ActorIndex, found: list[Found],
         chosen: Model | None = None) -> list[Found]:
    """The article's claims: the cue-word ``found`` ones and those the model reads beside them."""
    return found + decide(gather(analysis, index, found), found, chosen)
