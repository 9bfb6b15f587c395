"""Reported speech and attributions ("indirect" quotes) from the dependency parse.

For every cue verb of the lexicon (``cues.tsv``) in a parsed sentence:

- the *content* is, in order: its clausal complement (``ccomp``: "warned that …", "said
  Russia would …", also before the verb: "…, he said"); an infinitive complement
  (``xcomp``: "vowed to …", "pressed the board to …" from the object on); for verbs whose
  frame allows an object ("denied the reports", "endorsed Guaidó", "called for calm"),
  the direct or prepositional object; for a verb hanging off the clause it reports
  (``parataxis``: "Prices will rise, he warned"), that clause;
- the *speaker* is the verb's subject (a relative "who" stands for its antecedent;
  "X responded, saying …" takes the subject of "responded");
- "according to X, …" attributes the rest of the sentence to X;
- an attribution noun ("Okafor's *pledge* that …", "the *warnings* by the minister of …")
  gives its that-clause or prepositional object, said by its possessor or "by" agent;
- a verb with a medium phrase ("X rejected Y *in a letter*") gives its complements.

Attributions whose content is mostly a direct quote are left to the direct quote (they
are its attribution), and attributions without a subject in the text are skipped. A cue
verb that is itself the complement of another cue verb ("she said she *believes* …", "plans to
*announce* …") is part of the outer attribution's content, not an attribution of its own;
so are prepositional gerunds ("without *showing* evidence") and passives ("was *rumoured* to").
Sentences without a parse hold no cue word (the parser parses every sentence that has
one), so only "according to" is looked for there, by tokens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .interposed import interposed
from .lexicon import Cue, CueLexicon, Frames
from .syntax import np_head_near, subject_of
from .text import Layout, SpanIndex, strip_span

CONTENT_PREPS = word_list("quotes/words.tsv", "content_preps")
_SUBJECT_PHRASE = word_list("quotes/words.tsv", "subject_phrase_deps")
ABOUT_PREPS = frozenset(["about", "of"])  # "told reporters about …", "spoke of …"
_CIRCUMSTANCE = frozenset(["DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL"])  # "on Friday", "in Paris"
_STRIP = " \t\n,;:—–-.()"
_CONCESSIVE = frozenset(["although", "though", "whereas", "while"])


@dataclass(slots=True)
class Reported:
    content: tuple[int, int]
    cue: tuple[int, int]
    head: int  # speaker head token
    cue_token: int
    parts: list[tuple[int, int]] = field(default_factory=list)  # pieces around a parenthetical cue


class ReportedFinder:
    def __init__(self, doc: ParsedDoc, layout: Layout, lexicon: CueLexicon, frames: Frames) -> None:
        self.doc = doc
        self.layout = layout
        self.lexicon = lexicon
        self.frames = frames

    def find(self, direct: SpanIndex, quoted: SpanIndex) -> list[Reported]:
        out: list[Reported] = []
        for sent in self.doc.sentences:
            toks = self.doc.tokens[sent.first : sent.last]
            for tok in toks:
                if (
                    tok.lower == "according"
                    and tok.i + 1 < sent.last
                    and self.doc.tokens[tok.i + 1].lower == "to"
                ):
                    rep = self._according(tok, sent.start, sent.end)
                elif sent.parsed and tok.dep == "pobj" and self.lexicon.medium(tok.text) is not None:
                    rep = self._medium(tok)
                elif (
                    sent.parsed
                    and tok.pos == "NOUN"
                    and self.lexicon.noun(tok.text) is not None
                    and not _verb_like(self.doc, tok)
                ):
                    rep = self._noun(tok)
                elif sent.parsed and (tok.pos == "VERB" or _verb_like(self.doc, tok)):
                    cue = self.lexicon.verb(tok.text, tok.lemma)
                    rep = self._verb(tok, cue) if cue is not None else None
                else:
                    rep = None
                if rep is None:
                    continue
                rep = self._widen(rep, quoted)
                if direct.covered(*rep.content) >= 0.5:
                    continue
                out.append(rep)
        return out

    def _verb(self, tok: Token, cue: Cue) -> Reported | None:
        """The attribution made by the cue verb ``tok``: its content (see the module doc for
        the order in which the content is looked for) and its subject."""
        doc = self.doc
        kids = [doc.tokens[k] for k in doc.children(tok.i)]
        comp = [k for k in kids if k.dep == "ccomp"]
        content = self._content_span(comp[0].i) if comp else None
        if not self._speaks(tok, cue, kids):
            return None
        if content is None and cue.cls == "speech" and (inter := interposed(doc, tok)) is not None:
            parts, who = inter  # "The plan was a failure, Ms. Varga said, until it was dropped"
            return Reported((parts[0][0], parts[-1][1]), (tok.start, tok.end), who, tok.i, parts)
        cue_end = tok.end
        if content is None:
            content, cue_end = self._other_content(tok, cue, kids)
        if content is None:
            return None
        subj = subject_of(doc, tok.i)
        if subj is None:
            return None
        s_tok = doc.tokens[subj]
        if content[0] <= s_tok.start < content[1]:
            return None
        content = strip_span(doc.text, *content, chars=_STRIP)
        if content[1] - content[0] < 2:
            return None
        return Reported(content, (tok.start, cue_end), subj, tok.i)

    def _speaks(self, tok: Token, cue: Cue, kids: list[Token]) -> bool:
        """Whether someone speaks through the cue verb at all."""
        if tok.dep == "pcomp":
            return False  # "without showing evidence", "after saying": no one speaks here
        if tok.dep in ("ccomp", "xcomp") and tok.head != tok.i:
            head = self.doc.tokens[tok.head]
            if self.lexicon.verb(head.text, head.lemma) is not None:
                return False  # "she said she *believes* …": part of the outer attribution's content
        # "was meant to", "was *rumoured* to": no one speaks
        return not (any(k.dep == "auxpass" for k in kids) and not self.frames.has("passive_ok", cue.lemma))

    def _other_content(self, tok: Token, cue: Cue, kids: list[Token]) -> tuple[tuple[int, int] | None, int]:
        """The content of a cue verb without a clausal complement, and where its cue ends:
        an infinitive, a named object, an object or prepositional object, the clause it hangs
        off, or the sentence before a trailing cue."""
        for find in (self._xcomp_content, self._naming_content, self._object_content, self._about_content):
            found = find(tok, cue, kids)
            if found is not None:
                return found
        if tok.dep == "parataxis" and tok.head < tok.i:
            return self._subtree_span(tok.head, stop=tok.i), tok.end
        return self._trailing(tok), tok.end

    def _xcomp_content(self, tok: Token, cue: Cue, kids: list[Token]) -> tuple[tuple[int, int], int] | None:
        """ "vowed to …", "pressed the board to …" (from the object on)."""
        if self.frames.has("no_xcomp", cue.lemma):
            return None
        xcomp = [
            k
            for k in kids
            if k.dep == "xcomp" and k.pos in ("VERB", "AUX") and not self.frames.has("anonymity", k.lemma)
        ]
        if not xcomp:
            return None
        objs = [k for k in kids if k.dep in ("dobj", "dative") and k.i < xcomp[0].i]
        start = self._subtree_span(objs[0].i)[0] if objs else self._subtree_span(xcomp[0].i)[0]
        return (start, self._content_span(xcomp[0].i)[1]), tok.end

    def _naming_content(self, tok: Token, cue: Cue, kids: list[Token]) -> tuple[tuple[int, int], int] | None:
        """ "called the accusations “unfounded”": the object and its predicate."""
        if not self.frames.has("naming", cue.lemma):
            return None
        preds = [k for k in kids if k.dep in ("oprd", "ccomp", "xcomp", "advcl") and k.i > tok.i]
        objs = [k for k in kids if k.dep == "dobj"]
        if preds and objs:
            return (self._subtree_span(objs[0].i)[0], self._subtree_span(preds[0].i)[1]), tok.end
        return None

    def _object_content(self, tok: Token, cue: Cue, kids: list[Token]) -> tuple[tuple[int, int], int] | None:
        """For a verb whose frame allows an object: its prepositional object ("called for
        calm") or its direct object ("denied the reports")."""
        if cue.frame not in ("any", "object") or self.frames.has("needs_clause", cue.lemma):
            return None
        doc = self.doc
        prep_word = self.frames.preps.get(cue.lemma)
        preps = [k for k in kids if k.dep == "prep" and k.lower == prep_word and k.i > tok.i]
        if not preps and self.frames.has("judging", cue.lemma):
            # "accused the mayor of lying to voters": the charge, not the person charged
            preps = [k for k in kids if k.dep == "prep" and k.lower in ("of", "for") and k.i > tok.i]
        objs = [k for k in kids if k.dep == "dobj"]
        if preps:
            pobj = [k for k in doc.children(preps[0].i) if doc.tokens[k].dep == "pobj"]
            return (self._content_span(pobj[0]), preps[0].end) if pobj else None
        if objs and objs[0].pos != "PRON" and not self.frames.has("naming", cue.lemma):
            return self._content_span(objs[0].i), tok.end
        return None

    def _about_content(self, tok: Token, cue: Cue, kids: list[Token]) -> tuple[tuple[int, int], int] | None:
        """ "spoke about the economy", "warned against a deal", "accused her of lying"."""
        doc = self.doc
        allowed = ABOUT_PREPS if self.frames.has("needs_clause", cue.lemma) else CONTENT_PREPS
        preps = [k for k in kids if k.dep == "prep" and k.lower in allowed and k.i > tok.i]
        for prep in preps[:1]:
            pobj = [k for k in doc.children(prep.i) if doc.tokens[k].dep in ("pobj", "pcomp")]
            if pobj and doc.tokens[pobj[0]].ent_type not in _CIRCUMSTANCE:
                return self._content_span(pobj[0]), prep.end
        return None

    def _noun(self, noun: Token) -> Reported | None:
        """ "Okafor's pledge that …", "accusations by the minister of …": the noun's clause or
        prepositional object, said by its possessor or its "by" agent."""
        doc = self.doc
        kids = [doc.tokens[k] for k in doc.children(noun.i)]
        speaker = [k.i for k in kids if k.dep == "poss"]
        if not speaker:
            for prep in (k for k in kids if k.dep == "prep" and k.lower in ("by", "from")):
                speaker = [j for j in doc.children(prep.i) if doc.tokens[j].dep == "pobj"]
                if speaker:
                    break
        if not speaker:
            return None
        content: tuple[int, int] | None = None
        cue_end = noun.end
        clause = [k for k in kids if k.dep in ("acl", "ccomp") and k.i > noun.i]
        if clause and any(doc.tokens[j].lower == "that" for j in doc.children(clause[0].i)):
            content = self._content_span(clause[0].i)
        else:
            for prep in (k for k in kids if k.dep == "prep" and k.lower in ABOUT_PREPS | {"against", "on"}):
                pobj = [j for j in doc.children(prep.i) if doc.tokens[j].dep in ("pobj", "pcomp")]
                if pobj and prep.i > noun.i:
                    content = self._content_span(pobj[0])
                    cue_end = prep.end
                    break
        if content is None:
            return None
        content = strip_span(doc.text, *content, chars=_STRIP)
        if content[1] - content[0] < 2:
            return None
        return Reported(content, (noun.start, cue_end), speaker[0], noun.i)

    def _medium(self, noun: Token) -> Reported | None:
        """ "X rejected Y in a letter": the verb's complements, by the verb's subject."""
        doc = self.doc
        prep = doc.tokens[noun.head]
        verb = doc.tokens[prep.head]
        if prep.lower != "in" or verb.pos != "VERB" or self.lexicon.verb(verb.text, verb.lemma) is not None:
            return None
        subj = subject_of(doc, verb.i)
        if subj is None or verb.i in doc.subtree(noun.i):
            return None  # no subject, or "in a letter released after he suspended …"
        if prep.i < verb.i and (verb.dep != "ROOT" or subj < doc.subtree(prep.i)[-1]):
            return None  # "In a letter, X rejected Y": a main verb whose subject follows the phrase
        drop = {prep.i, noun.i} | set(doc.subtree(subj))
        drop.update(k for k in doc.children(noun.i) if doc.tokens[k].dep in ("det", "amod", "poss"))
        for j in doc.subtree(verb.i):
            if doc.tokens[j].dep in ("relcl", "advcl", "conj", "cc") and j != verb.i:
                drop.update(doc.subtree(j))
        keep = [j for j in doc.subtree(verb.i) if j > verb.i and j not in drop and not doc.tokens[j].is_punct]
        if not keep:
            return None
        content = strip_span(doc.text, doc.tokens[keep[0]].start, doc.tokens[keep[-1]].end, chars=_STRIP)
        # "X rejected Y in a letter" → cue "rejected Y in a letter"; "In a letter,
        # X rejected Y" → cue "In a letter" (a cue is one stretch of text, start ≤ end)
        cue = (verb.start, noun.end) if verb.i < noun.i else (prep.start, noun.end)
        return Reported(content, cue, subj, verb.i)

    def _trailing(self, tok: Token) -> tuple[int, int] | None:
        """ "…, he explained." with a mis-attached verb: a subject right before the cue, a
        comma before the subject, nothing but punctuation after: the content is the
        sentence up to the comma."""
        doc = self.doc
        sent = doc.sentences[tok.sent]
        rest = doc.tokens[tok.i + 1 : sent.last]
        if any(not t.is_punct for t in rest):
            return None
        k = tok.i - 1
        while k > sent.first and doc.tokens[k].dep in _SUBJECT_PHRASE:
            k -= 1
        if k == tok.i - 1 or k <= sent.first or doc.tokens[k].text != ",":
            return None
        return sent.start, doc.tokens[k].start

    def _according(self, tok: Token, s_start: int, s_end: int) -> Reported | None:
        doc = self.doc
        to = doc.tokens[tok.i + 1]
        pobj = [k for k in doc.children(to.i) if doc.tokens[k].dep == "pobj"]
        if pobj and doc.sentences[tok.sent].parsed:
            head = pobj[0]
            phrase_end = self._subtree_span(head)[1]
        else:
            after = self.layout.tokens(to.end, s_end)
            found = np_head_near(doc, after, from_end=False)
            if found is None:
                return None
            head = found
            phrase_end = doc.tokens[head].end
        before = strip_span(doc.text, s_start, tok.start, chars=_STRIP)
        after_span = strip_span(doc.text, phrase_end, s_end, chars=_STRIP)
        content = after_span if after_span[1] - after_span[0] > before[1] - before[0] else before
        if content[1] - content[0] < 2:
            return None
        return Reported(content, (tok.start, to.end), head, tok.i)

    def _content_span(self, i: int) -> tuple[int, int]:
        """The span of the content headed by ``i``, cut before a trailing clause of its own
        set off by a comma: ", and farm unions objected …", ", citing …", ", who …"."""
        doc = self.doc
        start, end = self._subtree_span(i)
        for k in doc.children(i):
            kid = doc.tokens[k]
            if k < i or not _trailing_clause(doc, kid):
                continue
            first = doc.subtree(k)[0]
            j = first - 1
            while j > i and (doc.tokens[j].is_punct or doc.tokens[j].dep == "cc"):
                j -= 1
            if doc.tokens[j].end < end and any(doc.tokens[m].text == "," for m in range(j + 1, first)):
                end = doc.tokens[j].end
                break
        return start, end

    def _subtree_span(self, i: int, stop: int | None = None) -> tuple[int, int]:
        idx = self.doc.subtree(i)
        if stop is not None:
            cut = self.doc.subtree(stop)
            idx = [j for j in idx if j < cut[0] or j > cut[-1]]
        return self.doc.tokens[idx[0]].start, self.doc.tokens[idx[-1]].end

    @staticmethod
    def _widen(rep: Reported, quoted: SpanIndex) -> Reported:
        """Let a content that stops inside a quotation run to its closing mark — unless the
        cue is inside that quotation too ("“… we know there are …”"): widening would then
        take in the attribution itself."""
        start, end = rep.content
        for q0, q1 in quoted.overlapping(start, end):
            if q0 <= rep.cue[0] < q1:
                continue
            if q0 < end < q1 and q0 >= start:
                end = q1
            if q0 < start < q1 and q1 <= end:
                start = q0
        rep.content = (start, end)
        return rep


def _verb_like(doc: ParsedDoc, tok: Token) -> bool:
    """A verb the tagger took for a noun ("Trump claims that …": *claims* NOUN with a
    subject and a clausal complement)."""
    if tok.pos != "NOUN":
        return False
    deps = {doc.tokens[k].dep for k in doc.children(tok.i)}
    return "nsubj" in deps and "ccomp" in deps


def _trailing_clause(doc: ParsedDoc, tok: Token) -> bool:
    """A dependent that starts a clause of its own: a verb conjunct, a participle or a
    non-restrictive relative clause."""
    if tok.dep == "conj" and tok.pos in ("VERB", "AUX"):
        return True
    if tok.dep == "advcl" and tok.tag == "VBG":
        return True
    if tok.dep == "advcl" and any(doc.tokens[k].lower in _CONCESSIVE for k in doc.children(tok.i)):
        return True  # "…, although she once more declined to …": the writer's clause, not the claim
    return tok.dep == "relcl"
