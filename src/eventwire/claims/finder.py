"""Find claims in one sentence from cue words (``data/claims/cues.tsv``).

A claim is found where a cue word reports an accusation ("accused X of P", "blamed X for P"),
an allegation or warning ("alleged that P", "warned that P", "points out to X that P"), an
allegation of misconduct in plain reported speech ("X said Y attacked ..."), or names one
("accusations by X, who said that P"). With a dependency parse the claimant is the cue's
subject and the proposition its complement; without one, token rules stand in (claimant:
the last actor before the cue; proposition: the words after it up to the clause end).
"""

from __future__ import annotations

from bisect import bisect_left

from ..actors.attribution import ActorIndex
from ..model import ActorMention, Span
from ..nlp.document import ParsedDoc, Token
from ..resources import word_list
from .assertion import agent_accused, asserts_about
from .cues import ClaimCues
from .found import Found, token_span
from .parties import actor_like, political, same_actor, same_entity
from .syntax import child, clause_tokens, cut, phrase, predicate, subject
from .tokens import from_tokens

_DETERMINERS = word_list("claims/words.tsv", "determiners")
_NEGATION = frozenset({"not", "n't", "never", "no"})
_SELF = word_list("claims/words.tsv", "self_reference")


def find_in_sentence(doc: ParsedDoc, sent: int, index: ActorIndex, lex: ClaimCues) -> list[Found]:
    toks = doc.sentence_tokens(sent)
    parsed = doc.sentences[sent].parsed
    out: list[Found] = []
    for k, tok in enumerate(toks):
        kind = lex.cues.get(tok.lower)
        if kind is None:
            continue
        if kind == "point" and not (k + 1 < len(toks) and toks[k + 1].lower == "out"):
            continue
        if kind != "noun" and _not_a_verb(tok, toks, k):
            continue
        if any(t.lower in _NEGATION for t in toks[max(0, k - 3) : k]):
            continue  # "I don't blame them", "did not accuse"
        found = _from_parse(doc, tok, kind, index, lex) if parsed else None
        if found is None and not parsed:
            found = from_tokens(doc, toks, k, kind, index, lex)
        if found is not None:
            also = found.extra.pop("also", [])
            for f in [found, *(also if isinstance(also, list) else [])]:
                f.sent = sent
                out.append(f)
    return out


def _not_a_verb(tok: Token, toks: list[Token], k: int) -> bool:
    if tok.pos and tok.pos not in ("VERB", "AUX"):
        return True
    return k > 0 and toks[k - 1].lower in _DETERMINERS


def _accused_in(index: ActorIndex, prop: Span, subj: ActorMention | None,
                claimant: ActorMention | None) -> list[ActorMention]:
    """The accused of a that-clause: its subject if an actor, else every known actor in it."""
    unresolved = subj is not None and subj.text.lower() in _SELF | {"he", "she"} and (
        subj.name in (None, subj.text) or subj.kind != "pronoun"
    )
    if subj is not None and (same_entity(subj, claimant) or unresolved):
        # what the claimant says about itself ("militants claimed they ...") is no claim about
        # another actor; an unresolved pronoun subject is taken to be the speaker
        return []
    if subj is not None and actor_like(subj):
        return [subj] if political(subj) else []
    out: list[ActorMention] = []
    for m in index.overlapping(prop.start, prop.end):
        if same_actor(m, claimant) or any(same_actor(m, o) for o in out) or m.kind == "description":
            continue
        if not political(m):
            continue
        if m.kind == "pronoun" and m.code is None:
            continue
        out.append(m)
    return out


def _from_parse(doc: ParsedDoc, tok: Token, kind: str, index: ActorIndex, lex: ClaimCues) -> Found | None:
    """The claim that the cue word ``tok`` of ``kind`` makes, read from the parse: a claim
    noun, an accused object ("accused X of P") or a reported clause ("said X had done P")."""
    if kind == "noun":
        return _noun_claim(doc, tok, index, lex)
    claimant, direct = _claimant(doc, tok.i, index)
    if kind in ("accuse", "blame"):
        return _object_claim(doc, tok, kind, index, claimant, direct)
    return _clause_claim(doc, tok, kind, index, lex, claimant)


def _object_claim(doc: ParsedDoc, tok: Token, kind: str, index: ActorIndex, claimant: ActorMention | None,
                  direct: bool) -> Found | None:
    """"X accused Y of P" / "X blamed Y for P": the accused is the cue's object."""
    i = tok.i
    cue = doc.span(tok.start, tok.end)
    obj = child(doc, i, ("dobj",))
    relative = obj is not None and doc.tokens[obj].lower in ("whom", "who", "which", "that")
    if (obj is None or relative) and doc.tokens[i].dep == "relcl":  # "companies it accuses of ..."
        obj = doc.tokens[i].head
    if obj is None:
        return None
    prep_word = "of" if kind == "accuse" else "for"
    prep = child(doc, i, ("prep",), prep_word)
    if prep is None:
        prep = child(doc, obj, ("prep",), prep_word)
    if prep is None and kind == "accuse":  # "denounced X for P"
        prep = child(doc, i, ("prep",), "for") or child(doc, obj, ("prep",), "for")
        if prep is None:
            return None  # "denounced the movement": criticism with nothing alleged
    inner = set(doc.subtree(prep)) if prep is not None else set()
    target = index.noun_phrase([doc.tokens[j] for j in phrase(doc, obj) if j not in inner],
                               doc.tokens[obj])
    if prep is not None:
        body = [doc.tokens[j] for j in doc.subtree(prep) if j != prep]
        if kind == "blame":
            body = [doc.tokens[j] for j in range(obj, body[-1].i + 1)] if body else []
    else:
        body = [doc.tokens[j] for j in doc.subtree(obj)]
    prop = token_span(doc, cut(body))
    if prop is not None and target is not None and target.text.lower() in _RECIPROCAL:
        return _reciprocal(doc, i, index, cue, kind, prop)
    # "X accused Y": two parties even when coded alike; a claimant found higher up
    # ("the embassy said it was fashionable to blame Russia") must differ in code or side
    alike = same_entity(target, claimant) if direct else same_actor(target, claimant)
    # "blamed the anti-fracking law": a thing, not an actor
    if prop is None or target is None or alike or not political(target) or not actor_like(target):
        return None
    return Found(cue, kind, 0, claimant, [target], prop)


def _clause_claim(doc: ParsedDoc, tok: Token, kind: str, index: ActorIndex, lex: ClaimCues,
                  claimant: ActorMention | None) -> Found | None:
    """"X said / warned / pointed out that Y did P": the accused is the clause's subject."""
    i = tok.i
    cue = doc.span(tok.start, tok.end)
    comp = _reported_clause(doc, i, kind)
    if comp is None:
        return None
    body = clause_tokens(doc, comp)
    prop = _quoted(doc, token_span(doc, body))
    if prop is None or len(body) < 2:
        return None
    csub = subject(doc, comp)
    csubj = index.noun_phrase([doc.tokens[j] for j in csub[0]], doc.tokens[csub[1]]) if csub else None
    # the allegation must be what the clause says someone did: a verb or its object
    # ("attacked", "had armed", "opened fire"), not a word inside a noun phrase
    weak = kind in ("say", "warn") and not any(lex.alleges(doc.tokens[j].lower) for j in predicate(doc, comp))
    own = csubj is not None and (same_actor(csubj, claimant) or csubj.text.lower() in _SELF)
    if own and kind in ("warn", "say", "that") and prop is not None:
        behind = agent_accused(doc, index, prop)  # "foiled a coup attempt backed by X"
        if behind is not None and not same_actor(behind, claimant):
            return Found(cue, kind, 0, claimant, [behind], prop)
    if csubj is not None and csubj.text.lower() in _SELF and (
        csubj.kind == "description" or csubj.name in (None, csubj.text)
    ):
        # an unresolved pronoun: "points out to X that it ...": the addressee
        csubj = _addressee(doc, i, index) if kind == "point" else None
        if csubj is None and kind in ("warn", "say"):
            return None
    if kind in ("warn", "say") and (csubj is None or not actor_like(csubj) or same_actor(csubj, claimant)):
        return None
    quoted = doc.text[max(0, prop.start - 2) : prop.start].strip() in ("“", "\"", "‘")
    sourced = prop.start < tok.start and not quoted
    if kind == "say" and (sourced or doc.tokens[csub[1]].dep == "nsubjpass" if csub else True):
        # "Y did Z, officials said" sources a report ("“Y did Z,” X said" is X's own words);
        # "X said Y were killed" names no doer
        return None
    if not asserts_about(doc, i, kind, comp, csub[1] if csub else None, csubj, lex,
                         _addressee(doc, i, index) is not None if kind == "point" else False):
        return None
    accused = _accused_in(index, prop, csubj, claimant)
    if csub is not None and accused and accused[0] is csubj:  # "US and British warships"
        _add_conjuncts(doc, index, csub[1], accused, claimant)
    if not accused:
        return None
    # a plain "X said Y ..." with no allegation word is kept only where it answers a claim
    return Found(cue, kind, 0, claimant, accused, prop, {"weak": True} if weak else {})

def _reported_clause(doc: ParsedDoc, i: int, kind: str) -> int | None:
    """The head of the clause a speech cue reports: its clausal complement, or, for "point",
    that of its particle "out"."""
    comp = child(doc, i, ("ccomp", "xcomp"))
    if comp is None and kind == "point":
        out = child(doc, i, ("prt",), "out")
        comp = child(doc, out, ("ccomp",)) if out is not None else None
    return comp


def _add_conjuncts(doc: ParsedDoc, index: ActorIndex, subj_head: int, accused: list[ActorMention],
                   claimant: ActorMention | None) -> None:
    """Add the other actors named in the accused subject's phrase ("US and British warships")."""
    whole = [doc.tokens[j] for j in doc.subtree(subj_head)]
    for m in index.overlapping(whole[0].start, whole[-1].end):
        if m.kind not in ("description", "pronoun") and not same_actor(m, claimant) and not any(
            same_actor(m, a) for a in accused
        ):
            accused.append(m)


def _quoted(doc: ParsedDoc, prop: Span | None) -> Span | None:
    """A proposition that opens a quotation runs to the quotation's end, even across the
    sentence breaks the parser put inside it."""
    if prop is None:
        return None
    before = doc.text[max(0, prop.start - 3) : prop.start]
    if "“" not in before and "\"" not in before:
        return prop
    closer = "”" if "“" in before else "\""
    if closer in prop.text:
        return prop
    end = doc.text.find(closer, prop.end, prop.end + 800)
    if end < 0:
        return prop
    while end > prop.end and doc.text[end - 1] in " .,;":
        end -= 1
    return doc.span(prop.start, end)


def _claimant(doc: ParsedDoc, verb: int, index: ActorIndex) -> tuple[ActorMention | None, bool]:
    """The subject of the cue, or of a verb governing it ("said the case ... and accused X"),
    that is an actor; else the first actor of the sentence before the cue. The flag tells
    whether it is the cue's own subject."""
    for n, j in enumerate([verb, *doc.ancestors(verb)]):
        subj = subject(doc, j)
        if subj is None:
            continue
        mention = index.noun_phrase([doc.tokens[k] for k in subj[0]], doc.tokens[subj[1]])
        if mention is not None and mention.kind == "description":
            mention = _earlier(index, mention) or mention
        if actor_like(mention):
            return mention, n == 0 and doc.tokens[verb].dep not in ("xcomp", "advcl", "acl")
    s = doc.sentences[doc.tokens[verb].sent]
    before = [m for m in index.overlapping(s.start, doc.tokens[verb].start) if actor_like(m)]
    return (before[0] if before else None), False


EARLIER_REACH = 500  # mentions looked back at for an antecedent: nearby text, not the whole article


def _earlier(index: ActorIndex, mention: ActorMention) -> ActorMention | None:
    """An unresolved "he"/"she" or "the commission": the latest earlier person or description
    mention (for a pronoun), or the latest earlier mention whose name holds the head noun."""
    words = mention.text.lower().split()
    if not words:
        return None
    pronoun = words == ["he"] or words == ["she"]
    head = words[-1]
    # the mentions are sorted by start: walk back from this one, at most EARLIER_REACH of them
    k = bisect_left(index.mentions, mention.start, key=lambda m: m.start)
    for j in range(k - 1, max(-1, k - 1 - EARLIER_REACH), -1):
        m = index.mentions[j]
        if m.end > mention.start:
            continue
        if pronoun and m.kind in ("person", "description") and m.text.lower() not in _SELF:
            return m
        if not pronoun and m.kind != "description" and head in (m.name or m.text).lower().split():
            return m
    return None


_RECIPROCAL = frozenset({"each other", "one another"})


def _reciprocal(doc: ParsedDoc, verb: int, index: ActorIndex, cue: Span, kind: str,
                prop: Span) -> Found | None:
    """ "A and B accused each other of P": a claim by each about the others."""
    subj = subject(doc, verb)
    if subj is None:
        return None
    heads, k = [subj[1]], 0
    while k < len(heads):  # "Armenia and Azerbaijan": the head and its conjuncts
        heads.extend(c for c in doc.children(heads[k]) if doc.tokens[c].dep == "conj")
        k += 1
    sides: list[ActorMention] = []
    for h in heads:
        toks = [doc.tokens[j] for j in phrase(doc, h)]
        for m in index.overlapping(toks[0].start, toks[-1].end):
            if political(m) and not any(same_actor(m, o) for o in sides):
                sides.append(m)
    if len(sides) < 2:
        return None
    first = Found(cue, kind, 0, sides[0], [m for m in sides if m is not sides[0]], prop)
    first.extra["also"] = [Found(cue, kind, 0, m, [o for o in sides if o is not m], prop) for m in sides[1:]]
    return first


def _addressee(doc: ParsedDoc, verb: int, index: ActorIndex) -> ActorMention | None:
    for c in doc.children(verb):
        for d in [c, *doc.children(c)]:
            t = doc.tokens[d]
            if t.dep == "prep" and t.lower == "to":
                pobj = child(doc, d, ("pobj",))
                if pobj is not None:
                    return index.noun_phrase([doc.tokens[j] for j in phrase(doc, pobj)], doc.tokens[pobj])
    return None


def _noun_claim(doc: ParsedDoc, tok: Token, index: ActorIndex, lex: ClaimCues) -> Found | None:
    """ "accusations by X, who said that P", "allegations that P"."""
    by = child(doc, tok.i, ("prep",), "by") or child(doc, tok.i, ("prep",), "from")
    claimant = None
    body: list[Token] = []
    comp: int | None = None
    if by is not None:
        pobj = child(doc, by, ("pobj",))
        if pobj is not None:
            claimant = index.noun_phrase([doc.tokens[j] for j in phrase(doc, pobj)], doc.tokens[pobj])
            for c in doc.subtree(pobj):
                t = doc.tokens[c]
                if t.dep == "relcl" and t.lower in lex.cues:
                    comp = child(doc, c, ("ccomp",))
                    if comp is not None:
                        body = clause_tokens(doc, comp)
                        break
    if not body:
        comp = child(doc, tok.i, ("acl", "ccomp"))
        if comp is not None and any(doc.tokens[j].lower == "that" for j in doc.children(comp)):
            body = clause_tokens(doc, comp)
    prop = _quoted(doc, token_span(doc, body))
    if prop is None or len(body) < 3 or comp is None:
        return None
    csub = subject(doc, comp)
    csubj = index.noun_phrase([doc.tokens[j] for j in csub[0]], doc.tokens[csub[1]]) if csub else None
    accused = _accused_in(index, prop, csubj, claimant)
    if not accused:
        return None
    return Found(doc.span(tok.start, tok.end), "noun", 0, claimant, accused, prop)
