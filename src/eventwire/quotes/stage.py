"""The quotes stage: direct quotes and reported speech, with speakers and event links.

``record.quotes`` gets, in text order:

- ``kind="direct"`` quotes (see :mod:`.direct`): ``content`` runs from the first to the
  last piece, quotation marks included; ``parts`` holds each piece when the quote is
  split around its attribution or continues over paragraphs;
- ``kind="indirect"`` attributions (see :mod:`.reported`): reported speech, beliefs,
  endorsements and denials; ``content`` is the reported clause or object (partial quotes
  such as "called the accusations “unfounded”" stay inside it);

each with its ``cue`` span, its :class:`~eventwire.model.Speaker` (see :mod:`.speaker`)
and the id of the verbal event it voices (see :mod:`.link`).

Options: ``cues``, ``speakers`` and ``frames``, paths (or lists of paths) of extra
lexicon files in the format of ``eventwire/data/quotes/cues.tsv``, ``speakers.tsv`` and
``frames.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from ..model import Quote, Span, Speaker
from ..stages import Analysis
from .direct import DirectFinder, DirectQuote
from .lexicon import Frames, load_cues, load_frames, load_speaker_words
from .link import link_events
from .marks import find_quotes
from .reported import Reported, ReportedFinder
from .speaker import SpeakerResolver, fuller_role
from .text import Layout, SpanIndex

PathLike = str | Path
OPENING_MARKS = frozenset("“\"‘'«„`")


def _paths(value: PathLike | Sequence[PathLike] | None) -> list[PathLike]:
    if value is None:
        return []
    if isinstance(value, str | Path):
        return [value]
    return list(value)


class QuoteStage:
    name: ClassVar[str] = "quotes"
    requires: ClassVar[tuple[str, ...]] = ("doc", "actors", "events")
    assigns: ClassVar[tuple[str, ...]] = ("quotes",)

    def __init__(
        self,
        cues: PathLike | Sequence[PathLike] | None = None,
        speakers: PathLike | Sequence[PathLike] | None = None,
        frames: PathLike | Sequence[PathLike] | None = None,
    ) -> None:
        self.lexicon = load_cues(_paths(cues))
        self.speaker_words = load_speaker_words(_paths(speakers))
        self.frames = load_frames(_paths(frames))
        # parse cues: the cue verbs' word forms only. Quotation marks are no parse cues: a
        # quote's attribution verb is itself a cue, and a sentence holding only a quotation
        # gains nothing from a parse (measured: same dev scores, 6% fewer parsed sentences)
        self.cue_words: frozenset[str] = self.lexicon.words

    def __call__(self, analysis: Analysis) -> None:
        doc, record = analysis.doc, analysis.record
        layout = Layout(doc)
        runs = find_quotes(doc.text)
        quoted = SpanIndex([(r.start, r.end) for r in runs])
        actors = sorted(record.actors, key=lambda a: (a.start, a.end))
        resolver = SpeakerResolver(doc, layout, actors, self.speaker_words)
        directs = DirectFinder(doc, layout, self.lexicon, self.frames).find(runs)
        direct_spans = SpanIndex([p for q in directs for p in q.parts])
        reported = ReportedFinder(doc, layout, self.lexicon, self.frames).find(direct_spans, quoted)
        quotes = [self._reported(rep, resolver, quoted, doc.text) for rep in reported]
        for q, rep in zip(quotes, reported, strict=True):
            if _opens_quoted(q, doc.tokens[rep.cue_token].lemma, self.frames):
                q.kind = "direct"  # it opens with the speaker's own words: "said “harbour tolls” and …"
        last_speaker: dict[int, Speaker] = {}  # paragraph → speaker of its last attributed quote
        for q in quotes:
            _remember(last_speaker, layout, q)
        for dq in directs:
            speaker = None
            if dq.inferred == "stands alone":
                speaker = self._last_speaker(dq.paragraph, last_speaker)
                if speaker is None:
                    continue  # no attribution anywhere near: not a quote we can attribute
            quote = self._direct(dq, resolver, layout, quoted, doc.text, speaker)
            quotes.append(quote)
            _remember(last_speaker, layout, quote)
        quotes = [q for q in quotes if _sound(q, len(doc.text))]
        quotes.sort(key=lambda q: (q.content.start, q.kind))
        _resolve_pronouns(quotes)
        _share_profiles(quotes)
        for n, q in enumerate(quotes, start=1):
            q.id = f"{record.id}#q{n}"
        link_events(quotes, record.events, actors, resolver.antecedents)
        record.quotes = quotes

    # -- building quotes -------------------------------------------------------------------------
    def _direct(
        self,
        dq: DirectQuote,
        resolver: SpeakerResolver,
        layout: Layout,
        quoted: SpanIndex,
        text: str,
        speaker: Speaker | None = None,
    ) -> Quote:
        start, end = dq.start, dq.end
        att = dq.attribution
        confidence = 0.9
        if speaker is not None:
            confidence = 0.5
        elif att is not None and att.head is not None:
            lo, hi = _bounds(resolver, att.head, quoted, [])
            s0, s1 = resolver.mention_from_head(att.head, lo, hi)
            speaker = resolver.resolve(s0, s1, att.head, reason=dq.inferred)
            if dq.inferred:
                confidence = 0.7
        if speaker is None:
            speaker = Speaker(None, None, None, reason="no speaker found in the text")
            confidence = 0.4
        parts = [doc_span(text, s, e) for s, e in dq.parts] if len(dq.parts) > 1 else []
        cue = (
            doc_span(text, *att.cue) if att is not None and att.cue is not None and not dq.inferred else None
        )
        return Quote(
            id="",
            kind="direct",
            content=doc_span(text, start, end),
            cue=cue,
            speaker=speaker,
            parts=parts,
            confidence=confidence,
        )

    def _reported(self, rep: Reported, resolver: SpeakerResolver, quoted: SpanIndex, text: str) -> Quote:
        lo, hi = _bounds(resolver, rep.head, quoted, rep.parts or [rep.content])
        s0, s1 = resolver.mention_from_head(rep.head, lo, hi)
        speaker = resolver.resolve(s0, s1, rep.head)
        cue = rep.cue
        if not _well_formed(cue, len(text)):
            tok = resolver.doc.tokens[rep.cue_token]  # guard: a cue is never inverted or empty
            cue = (tok.start, tok.end)
        return Quote(
            id="",
            kind="indirect",
            content=doc_span(text, *rep.content),
            cue=doc_span(text, *cue),
            speaker=speaker,
            parts=[doc_span(text, s, e) for s, e in rep.parts],
            confidence=0.7,
        )

    @staticmethod
    def _last_speaker(para: int, memo: dict[int, Speaker]) -> Speaker | None:
        """The speaker of the last attributed quote in the paragraph before ``para``."""
        sp = memo.get(para - 1)
        if sp is None:
            return None
        return Speaker(
            sp.start,
            sp.end,
            sp.text,
            sp.name,
            sp.role,
            sp.affiliation,
            sp.type,
            sp.actor_code,
            reason="stands alone: the last speaker of the previous paragraph",
        )


_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_THIRD_PERSON = frozenset({"he", "she", "him", "her"})


def _resolve_pronouns(quotes: list[Quote]) -> None:
    """Pronoun speakers the actor stage left unnamed: "I"/"we" inside a direct quote are its
    speaker ("“I think we will win,” she said"); "he"/"she" is the last named speaker
    before it (news text names a speaker, then goes on with a pronoun)."""
    directs = [q for q in quotes if q.kind == "direct" and q.speaker is not None and q.speaker.name]
    last: Speaker | None = None
    k = 0
    for q in quotes:  # in text order
        sp = q.speaker
        if sp is None or sp.start is None:
            continue
        word = (sp.text or "").lower()
        if not sp.name and word in _FIRST_PERSON:
            while k < len(directs) and directs[k].content.end <= sp.start:
                k += 1
            if k < len(directs) and directs[k].content.start <= sp.start:
                _copy(directs[k].speaker, sp, "first person inside the quote of its speaker")
        elif not sp.name and word in _THIRD_PERSON and last is not None:
            _copy(last, sp, "pronoun: the last named speaker before it")
        if sp.name and word not in _FIRST_PERSON | _THIRD_PERSON and sp.type != "organisation":
            last = sp


def _copy(source: Speaker | None, target: Speaker, reason: str) -> None:
    if source is None:
        return
    target.name, target.role, target.affiliation = source.name, source.role, source.affiliation
    target.type, target.actor_code = source.type, source.actor_code
    target.reason = reason


def _share_profiles(quotes: list[Quote]) -> None:
    """One speaker, one profile: a later "Mr. Holtz-Eakin said" gets the role, affiliation,
    type and code that "Douglas Holtz-Eakin, an economist, said" gave earlier (matched by
    resolved name, or by a one-word name that ends an earlier full name)."""
    profiles: dict[str, Speaker] = {}
    by_last: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or not sp.name:
            continue
        if sp.role or sp.type or sp.affiliation or sp.actor_code:
            held = profiles.get(sp.name)
            if held is None or len(sp.role or "") > len(held.role or ""):
                profiles[sp.name] = sp  # the fullest role ("spokeswoman for the campaign")
            if " " in sp.name:
                last = sp.name.rsplit(" ", 1)[1]
                if last not in by_last or profiles[sp.name] is sp:
                    by_last[last] = sp
    for q in quotes:
        sp = q.speaker
        if sp is None or not sp.name:
            continue
        known = profiles.get(sp.name) or by_last.get(sp.name)
        if known is None or known is sp:
            continue
        if known.name and sp.name != known.name:
            sp.name = known.name
        sp.role = fuller_role(sp.role, known.role)
        sp.affiliation = sp.affiliation or known.affiliation
        sp.type = sp.type or known.type
        sp.actor_code = sp.actor_code or known.actor_code


def _remember(memo: dict[int, Speaker], layout: Layout, quote: Quote) -> None:
    sp = quote.speaker
    if sp is None or sp.start is None or sp.name is None:
        return
    para = layout.paragraph(sp.start)
    held = memo.get(para)
    if held is None or (held.start or 0) <= sp.start:
        memo[para] = sp


def _opens_quoted(quote: Quote, cue_lemma: str, frames: Frames) -> bool:
    """Does a reported content open inside quotation marks (and is not what a naming verb
    names: "describing as “reckless” a memo …")?"""
    if not (quote.content.text[:1] in OPENING_MARKS or quote.content.text[:2] == "''"):
        return False
    return not frames.has("naming", cue_lemma)


def _well_formed(span: tuple[int, int], length: int) -> bool:
    """A span that points at some text: ``0 ≤ start < end ≤ length``."""
    return 0 <= span[0] < span[1] <= length


def _sound(quote: Quote, length: int) -> bool:
    """The output contract's guard: a quote whose content, pieces or cue are inverted, empty
    or outside the text is a bug upstream; it is left out rather than emitted (a cue that
    cannot be repaired is dropped, the quote kept)."""
    spans = [quote.content, *quote.parts]
    if not all(_well_formed((s.start, s.end), length) for s in spans):
        return False
    if quote.cue is not None and not _well_formed((quote.cue.start, quote.cue.end), length):
        quote.cue = None
    sp = quote.speaker
    if (
        sp is not None
        and sp.start is not None
        and sp.end is not None
        and not _well_formed((sp.start, sp.end), length)
    ):
        sp.start = sp.end = None
        sp.text = None
    return True


def doc_span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _bounds(
    resolver: SpeakerResolver, head: int, quoted: SpanIndex, content: list[tuple[int, int]]
) -> tuple[int, int]:
    """The stretch of the head's sentence a speaker mention may cover: no quotation, no content."""
    tok = resolver.doc.tokens[head]
    sent = resolver.doc.sentences[tok.sent]
    lo, hi = sent.start, sent.end
    for s, e in [*quoted.overlapping(lo, hi), *content]:
        if e <= tok.start:
            lo = max(lo, e)
        elif s >= tok.end:
            hi = min(hi, s)
    return lo, hi
