"""Direct quotes: which quotation-mark runs are quotations, and who they are attributed to.

A run (see :mod:`.marks`) is a *direct quote* when it is a whole utterance:

- it opens at a clause boundary: the start of its paragraph, after a sentence end, after
  a colon ("X said: “…”"), after an attribution and a comma ("X said, “…”"), or right
  after a speech verb when it opens like a sentence ("X declared “The …”"); a run
  after "that", right after a verb or inside a phrase ("called the accusations
  “unfounded”") is a *partial* quote and is left to the reported-speech finder, whose
  content holds it;
- and it closes at a boundary: the paragraph end, a sentence end, or an attribution
  ("“…,” said X", "“…,” X said", "“…,” according to X");
- a run of one or two words needs an attribution (scare quotes and titles have none).

Attribution: the cue verb in the words after the run (up to the sentence end), else the
cue ending the words before it, else a colon-ended previous paragraph ("X continued:").
The speaker is the cue's subject from the parse, else the name next to the cue.

Joining: a run that follows an attributed run in the same paragraph with only the
attribution between them ("“…,” X said, “…”" and "“…,” said X, speaking of Y. “…”") is
a second piece of the same quote, unless it has an attribution of its own.

Unattributed quotes get their speaker by two rules, in order: (1) *continuation*: the
previous direct quote is in the same or the previous paragraph: same speaker; (2) *stand
alone*: the speaker of the last attributed quote (direct or reported) of the previous
paragraph (set by the stage). A quote with neither is not reported: nothing in the text
says whose words they are (on news text such runs are mostly transcripts, slogans and
titles).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .lexicon import CueLexicon, Frames
from .marks import QuoteRun
from .syntax import is_nounish, np_head_near, parsed, subject_of
from .text import ENDERS, Layout

DASHES = frozenset({"―", "—", "--", "–"})
_DASH_CHARS = frozenset("―—–-")
_LEAD_PUNCT = frozenset({",", ".", "'", '"', "”", "’"})
_SUBJECT_START = frozenset({"DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"})
_PRONOUN_START = word_list("quotes/words.tsv", "pronoun_starts")
_PHRASE_VERBS = frozenset({"acl", "relcl", "amod"})  # verbs inside a speaker's phrase
MAX_PRE_CUE = 16  # words between a closing mark and its cue ("“…,” the foreign minister said")


@dataclass(slots=True)
class Attribution:
    cue: tuple[int, int] | None
    head: int | None  # token index of the speaker's head word


@dataclass(slots=True)
class DirectQuote:
    parts: list[tuple[int, int]]
    paragraph: int
    attribution: Attribution | None = None
    inferred: str | None = None  # how an unattributed quote got its speaker
    runs: list[QuoteRun] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class DirectFinder:
    def __init__(self, doc: ParsedDoc, layout: Layout, lexicon: CueLexicon, frames: Frames) -> None:
        self.frames = frames
        self.doc = doc
        self.layout = layout
        self.text = doc.text
        self.lexicon = lexicon

    def find(self, runs: list[QuoteRun]) -> list[DirectQuote]:
        quotes: list[DirectQuote] = []
        prev: DirectQuote | None = None
        prev_post: Attribution | None = None
        prev_next_start = -1
        for k, run in enumerate(runs):
            para = self.layout.paragraph(run.start)
            p_start, _ = self.layout.paragraphs[para]
            end_para = self.layout.paragraphs[self.layout.paragraph(run.end - 1)]
            lo = p_start
            if k > 0 and runs[k - 1].end > p_start:
                lo = runs[k - 1].end
            hi = end_para[1]
            if k + 1 < len(runs) and runs[k + 1].start < hi:
                hi = runs[k + 1].start
            post = self._post(run.end, hi)
            pre = self._pre(lo, run.start, para)
            pre_text = self.text[lo : run.start].strip()
            joinable = (
                prev is not None
                and prev_post is not None
                and prev_next_start == run.start
                and prev.paragraph == para
                and post is None
                and (pre is None or pre.cue == prev_post.cue)
                and self._ends_utterance(run, hi)
            )
            if joinable and prev is not None:
                prev.parts.extend(run.pieces)
                prev.runs.append(run)
                prev_next_start = hi
                continue
            if not self._is_direct(run, pre_text, pre, post, hi):
                prev_post = None
                continue
            quote = DirectQuote(list(run.pieces), para, post or pre, runs=[run])
            quotes.append(quote)
            prev, prev_post, prev_next_start = quote, post, hi
        self._infer(quotes)
        return quotes

    # -- decisions ----------------------------------------------------------------------------
    def _is_direct(
        self, run: QuoteRun, pre_text: str, pre: Attribution | None, post: Attribution | None, hi: int
    ) -> bool:
        inner = self.text[run.start : run.end].strip("“”\"'‘’«»`„ \n")
        words = len(inner.split())
        if words == 0:
            return False
        start_ok = (
            not pre_text
            or pre_text[-1] in ".?!:;…"
            or pre is not None
            or (pre_text[-1] == "," and post is not None)
        )
        if not start_ok:
            return False
        if post is None and not self._ends_utterance(run, hi):
            return False
        if words <= 2 and pre is None and post is None:
            return False
        return run.family != "single" or (post is not None or pre is not None)

    def _ends_utterance(self, run: QuoteRun, hi: int) -> bool:
        """Does the run close at a boundary (paragraph or sentence end, closing punctuation)
        rather than run on into the sentence ("“You cut every corner” to raise …")?"""
        inner = self.text[run.start : run.end].strip("“”\"'‘’«»`„ \n")
        after = self.text[run.end : hi].strip()
        return not after or after[0] in ".?!;:)…" or inner[-1:] in ".?!…"

    def _post(self, start: int, end: int) -> Attribution | None:
        """An attribution right after a closing mark: "“…,” said X" / "X said" / "according to X"."""
        after = self.text[start:end].lstrip(" \u00a0\t,.")
        if after[:1] in _DASH_CHARS:
            # the dash may be glued to the closing mark in one token ("”―"): go by the text
            dash_at = end - len(after)
            width = 2 if after.startswith("--") else 1
            return self._dash(dash_at, dash_at + width, self.layout.tokens(dash_at + width, end))
        toks = self.layout.tokens(start, end)
        lead = [t for t in toks if t.text not in _LEAD_PUNCT]
        if lead and not self._may_start_attribution(lead[0]):
            return None
        before: list[Token] = []
        for tok in toks:
            if tok.text in ENDERS:
                return None
            cue = self._cue(tok)
            if cue is not None:
                return self._attribution(tok, cue, before, toks, start, end)
            if not tok.is_punct:
                before.append(tok)
                clause_verb = tok.pos == "VERB" and tok.dep not in _PHRASE_VERBS and parsed(self.doc, tok)
                if len(before) > MAX_PRE_CUE or clause_verb:
                    return None  # "“…,” X, one of the states suing the EPA, said" is fine
        return None

    def _may_start_attribution(self, tok: Token) -> bool:
        """Can the first word after a closing mark begin "said X" / "X said" / "according to"?"""
        if tok.lower == "according" or self._cue(tok) is not None:
            return True
        if parsed(self.doc, tok):
            return tok.pos in _SUBJECT_START
        return tok.text[:1].isupper() or tok.lower in _PRONOUN_START

    def _pre(self, lo: int, start: int, para: int) -> Attribution | None:
        """An attribution ending right before an opening mark: "X said: “…”", "X said, “…”"."""
        text = self.text[lo:start].rstrip()
        if not text and para > 0:
            p_lo, p_hi = self.layout.paragraphs[para - 1]
            if self.text[p_lo:p_hi].rstrip().endswith(":"):
                return self._pre(p_lo, p_hi, para - 1) or Attribution(None, None)
            return None
        if not text:
            return None
        toks = [t for t in self.layout.tokens(lo, start) if t.end <= lo + len(text)]
        if text[-1] not in ":,":
            return self._bare(toks, start, lo)
        # "X said: “…”" (a cue among the last words), "X said, “…”", "said X, “…”" (a cue
        # among the last three words); without the punctuation ("X called it “…”", "X said
        # “…”") the run continues the sentence: a partial quote
        if text[-1] == "," and text[:-1].rstrip().lower().endswith(" that"):
            return None  # "tweeted that, “…”": reported speech holding a quotation
        width = 6 if text[-1] == ":" else 4
        window = [t for t in toks if not t.is_punct][-width:]
        for n, tok in enumerate(reversed(window)):
            cue = self._cue(tok, speech_only=True)
            if cue is None and n > 0 and tok.pos == "VERB" and text[-1] == ",":
                return None  # "X said in an interview, “…”" yes; "X said it would, and ran, “…”" no
            if cue is not None:
                sent_toks = [t for t in toks if t.sent == tok.sent]
                prior = [t for t in sent_toks if t.end <= tok.start and not t.is_punct]
                return self._attribution(tok, cue, prior, sent_toks, lo, start)
        return None

    def _bare(self, toks: list[Token], start: int, lo: int) -> Attribution | None:
        """ "Okafor declared “The treaty has run its course.”": a speech verb right before a
        quotation that opens like a sentence (capital letter) — a whole utterance, where
        "called it “unfounded”" or "said “a fair price for …”" are partial."""
        if not toks:
            return None
        tok = toks[-1]
        first = self.text[start + 1 : start + 3].lstrip("“\"'‘`")[:1]
        cue = self._cue(tok)
        if cue is None or not first.isupper():
            return None
        entry = self.lexicon.verb(tok.text, tok.lemma)
        if entry is None or entry.cls != "speech" or self.frames.has("naming", entry.lemma):
            return None
        sent_toks = [t for t in toks if t.sent == tok.sent]
        prior = [t for t in sent_toks if t.end <= tok.start and not t.is_punct]
        return self._attribution(tok, cue, prior, sent_toks, lo, start)

    def _dash(self, d0: int, d1: int, words: list[Token]) -> Attribution | None:
        """ "“…” ― Name": a dash and a name closing a quote."""
        words = [t for t in words if t.text not in DASHES]
        if not words or not words[0].text[:1].isupper():
            return None
        head = np_head_near(self.doc, words, from_end=False)
        return Attribution((d0, d1), head) if head is not None else None

    def _cue(self, tok: Token, *, speech_only: bool = False) -> str | None:
        if tok.lower == "according":
            return "according to"
        if parsed(self.doc, tok) and tok.pos not in ("VERB", "AUX"):
            return None
        cue = self.lexicon.verb(tok.text, tok.lemma)
        if cue is None or cue.cls == "evidence" or (speech_only and cue.cls != "speech"):
            return None
        return cue.lemma

    def _attribution(
        self, tok: Token, cue: str, before: list[Token], toks: list[Token], lo: int, hi: int
    ) -> Attribution:
        doc = self.doc
        cue_span = (tok.start, tok.end)
        head: int | None = None
        if cue == "according to":
            nxt = [t for t in toks if t.start > tok.end and not t.is_punct]
            if nxt and nxt[0].lower == "to":
                cue_span = (tok.start, nxt[0].end)
                objs = [k for k in doc.children(nxt[0].i) if doc.tokens[k].dep == "pobj"]
                head = objs[0] if objs and parsed(doc, tok) else np_head_near(doc, nxt[1:], from_end=False)
        elif parsed(doc, tok):
            head = subject_of(doc, tok.i)
            if head is not None and (
                not lo <= doc.tokens[head].start < hi or not is_nounish(doc.tokens[head])
            ):
                head = None
        if head is None and cue != "according to":
            head = (
                np_head_near(doc, before, from_end=True)
                if before
                else np_head_near(doc, [t for t in toks if t.start > tok.end], from_end=False)
            )
        return Attribution(cue_span, head)

    # -- unattributed quotes --------------------------------------------------------------------
    def _infer(self, quotes: list[DirectQuote]) -> None:
        prev: DirectQuote | None = None
        for q in quotes:
            if q.attribution is None or q.attribution.head is None:
                if prev is not None and q.paragraph - prev.paragraph <= 1 and prev.attribution is not None:
                    q.attribution = prev.attribution
                    q.inferred = "continuation of the quote before it"
                else:
                    q.inferred = "stands alone"
            prev = q
