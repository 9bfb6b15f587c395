"""Find actors by span and who a sentence attributes its content to.

The actors' lookup shared by the stages that come after the actors stage: the counts stage
(who reported a figure) and the claims stage (claimants, responders). Works on parsed and
unparsed sentences alike: it prefers the actors stage's mentions and falls back to named
entities, then to the plain noun phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..model import ActorMention, ArticleRecord
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list

REPORT_VERBS = word_list("actors/words.tsv", "report_verbs")
_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
_NP_STOP = frozenset({",", ";", ":", ".", "(", ")", "\"", "“", "”", "that", "which", "who", "and"})


class ActorIndex:
    """Actor mentions of a record, searchable by character span (sorted by start)."""

    def __init__(self, record: ArticleRecord, doc: ParsedDoc) -> None:
        self.doc = doc
        self.mentions = sorted(record.actors, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.mentions]
        self.entities = [e for e in doc.entities if e.label in _ACTOR_LABELS]

    def overlapping(self, start: int, end: int) -> list[ActorMention]:
        """Mentions overlapping ``[start, end)``; named entities stand in when none is known."""
        i = bisect_left(self._starts, start)
        while i > 0 and self.mentions[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                out.append(m)
            i += 1
        if out or self.mentions:
            return out
        return [
            self._from_entity(e.start, e.end, e.label)
            for e in self.entities
            if e.start < end and e.end > start
        ]

    def first_in(self, start: int, end: int) -> ActorMention | None:
        found = self.overlapping(start, end)
        return found[0] if found else None

    def last_in(self, start: int, end: int) -> ActorMention | None:
        found = self.overlapping(start, end)
        return found[-1] if found else None

    def _from_entity(self, start: int, end: int, label: str) -> ActorMention:
        text = self.doc.text[start:end]
        return ActorMention(start, end, text, name=text, kind=_ACTOR_LABELS.get(label, "unknown"),
                            reason="named entity; no actor mention from the actors stage")

    def noun_phrase(self, tokens: Sequence[Token], head: Token | None = None) -> ActorMention | None:
        """An actor for a plain noun phrase: the known mention covering its head (else the
        first known mention inside it), else the phrase itself as a description."""
        toks = list(tokens)
        while toks and (toks[0].lower in ("the", "a", "an") or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return None
        start, end = toks[0].start, toks[-1].end
        known = self.overlapping(start, end)
        if known:
            if head is not None:
                for m in known:
                    if m.start <= head.start < m.end:
                        return m
                before = [m for m in known if m.end <= head.end]
                if before:  # "Yemen's Houthi movement": the mention nearest the head
                    return before[-1]
            return known[0]
        text = self.doc.text[start:end]
        return ActorMention(start, end, text, name=text, kind="description",
                            reason="no actor mention covers this phrase")


def reporter_in_sentence(index: ActorIndex, sent: int, near: int | None = None) -> ActorMention | None:
    """Who the sentence attributes its content to: "according to X", "X said", "said X"."""
    doc = index.doc
    toks = doc.sentence_tokens(sent)
    for k, tok in enumerate(toks):
        if tok.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to":
            phrase = []
            for t in toks[k + 2 :]:
                if t.lower in _NP_STOP or t.pos in ("VERB", "AUX"):
                    break
                phrase.append(t)
            found = index.noun_phrase(phrase[:8])
            if found is not None:
                return found
    verbs = [k for k, t in enumerate(toks) if t.lower in REPORT_VERBS and t.lower != "according"]
    if near is not None and verbs:
        verbs.sort(key=lambda k: abs(toks[k].start - near))
    for k in verbs:
        verb = toks[k]
        if doc.sentences[sent].parsed:
            subj = [c for c in doc.children(verb.i) if doc.tokens[c].dep in ("nsubj", "nsubjpass")]
            if subj:
                sub = doc.subtree(subj[0])
                found = index.noun_phrase([doc.tokens[i] for i in sub], doc.tokens[subj[0]])
                if found is not None:
                    return found
        # token fallback: the phrase right before ("police said") or right after ("said police")
        before: list[Token] = []
        for t in reversed(toks[:k]):
            if t.lower in _NP_STOP or t.pos in ("VERB", "AUX") or len(before) >= 6:
                break
            before.insert(0, t)
        if before:
            found = index.noun_phrase(before)
            if found is not None:
                return found
        after: list[Token] = []
        for t in toks[k + 1 :]:
            if t.lower in _NP_STOP or t.pos in ("VERB", "AUX") or len(after) >= 6:
                break
            after.append(t)
        if after:
            found = index.noun_phrase(after)
            if found is not None:
                return found
    return None
