"""Who is speaking: the speaker's mention span and its resolution.

Resolution order for a speaker mention:

1. the actor stage's mention (``record.actors``) covering the mention's head word (else
   the first overlapping person, else the first overlapping mention): its canonical
   ``name`` (so "he" becomes "Iván Duque"), ``role``, ``affiliation`` and code + sector;
2. else the quotes stage's own reading of the parse: a PERSON entity in the mention, a
   pronoun resolved to the nearest preceding PERSON entity (within three sentences), a
   short name expanded to an earlier full name, the mention's own words otherwise;
   role from an apposition or the title words before the name, affiliation from an
   organisation named in the role ("professor at the National University of Colombia").

A relative "who" is kept as the mention and resolved through its antecedent. The speaker
``type`` comes from words of the mention, its whole phrase and the role (``speakers.tsv``)
and from the actor's sector and kind.

The stage then (see :mod:`.stage`) names pronouns still unnamed — "I"/"we" inside a quote
by the quote's speaker, "he"/"she" by the last named speaker — and gives every mention of
one speaker the same profile (role, affiliation, type, code).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import ActorMention, Speaker
from ..nlp.document import Entity, ParsedDoc, Token
from ..resources import word_list
from .lexicon import SPEAKER_TYPES
from .mention import mention_from_head
from .syntax import antecedent
from .text import Layout

PRONOUNS = word_list("quotes/words.tsv", "pronouns")
_DETERMINERS = word_list("quotes/words.tsv", "determiners")
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "IGO"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
MAX_MENTION = 300  # characters: no actor mention is longer
_PERSONAL = frozenset({"he", "she", "him", "her"})
_DESCRIBED = frozenset({"description", "government", "metonym"})
_PEOPLE = frozenset({"person", "pronoun"})
_HONORIFICS = word_list("quotes/words.tsv", "honorifics")
_NAME_TITLES = word_list("quotes/words.tsv", "name_titles")
_RELATIVE = word_list("quotes/words.tsv", "relative_words")
_ORGANISATION_KINDS = word_list("quotes/words.tsv", "organisation_kinds")


class SpeakerResolver:
    def __init__(
        self, doc: ParsedDoc, layout: Layout, actors: list[ActorMention], words: dict[str, str]
    ) -> None:
        self.doc = doc
        self.layout = layout
        self.actors = actors
        self._actor_starts = [a.start for a in actors]
        self._entities: dict[str, list[ActorMention]] = {}
        for a in actors:
            if a.entity is not None:
                self._entities.setdefault(a.entity, []).append(a)
        self._person_names = {a.name for a in actors if a.kind == "person"}
        self._person_names.update(e.text for e in doc.entities if e.label == "PERSON")
        self.words = words
        self._patterns = [
            (re.compile(r"\b" + re.escape(w) + r"\b"), kind)
            for w, kind in sorted(words.items(), key=lambda kv: SPEAKER_TYPES.index(kv[1]))
        ]
        self.antecedents: dict[tuple[int, int], tuple[int, int]] = {}  # "who" → its antecedent
        self.persons = [e for e in doc.entities if e.label == "PERSON"]
        self._pstarts = [e.start for e in self.persons]
        self._by_last: dict[str, list[Entity]] = {}
        for e in self.persons:
            if " " in e.text:
                self._by_last.setdefault(e.text.rsplit(" ", 1)[1], []).append(e)
        self._ents_by_sent: dict[int, list[Entity]] = {}
        for e in doc.entities:
            self._ents_by_sent.setdefault(e.sent, []).append(e)

    # -- mention spans ----------------------------------------------------------------------
    def mention_from_head(self, head: int, lo: int, hi: int) -> tuple[int, int]:
        """Character span of the noun phrase headed by token ``head``, kept inside [lo, hi)."""
        return mention_from_head(self.doc, self._ents_by_sent, head, lo, hi)

    # -- resolution --------------------------------------------------------------------------
    def actor_for(self, start: int, end: int, head: Token | None) -> ActorMention | None:
        lo = bisect_left(self._actor_starts, start - MAX_MENTION)
        hi = bisect_right(self._actor_starts, end)
        over = [a for a in self.actors[lo:hi] if a.end > start and a.start < end]
        if not over:
            return None
        # a named person first ("the minister, Diego Molano" → Diego Molano), then the
        # mention of the head word; a proper-name head no actor covers is left to the text
        named = [a for a in over if a.kind == "person" and a.text[:1].isupper()]
        if named and head is not None:
            # "The head of the PAC backing Jeb Bush, Mike Murphy": the person the head
            # word names or stands in apposition to, not the first name in the phrase
            at_head = [a for a in named if a.start <= head.start < a.end]
            name = self._name_span(start, end, head)
            in_name = [a for a in named if name is not None and a.start < name[1] and name[0] < a.end]
            named = at_head or in_name or ([] if head.pos == "NOUN" else named)
        if named:
            return named[0]
        if head is not None:
            for a in over:
                if a.start <= head.start < a.end:
                    return a
            if head.pos == "PROPN":
                return None
            if head.pos == "NOUN":  # "exit polls from the primary Ruiz won": not Ruiz
                over = [a for a in over if a.kind != "person"]
        return over[0] if over else None

    def resolve(self, start: int, end: int, head: int | None, reason: str | None = None) -> Speaker:
        text = self.doc.text
        ante = antecedent(self.doc, head) if head is not None else None
        if ante is not None:
            # "Diego Molano, who said …": the mention is "who", the speaker its antecedent —
            # the one the actor stage resolved "who" to when it did ("celebrities like Will
            # Smith and Stevie Wonder, who joked": Stevie Wonder), else the parse's
            resolved = self._resolved_antecedent(head) if head is not None else None
            if resolved is not None:
                ante = resolved
            sent = self.doc.sentences[self.doc.tokens[ante].sent]
            a0, a1 = self.mention_from_head(ante, sent.start, self.doc.tokens[head or ante].start)
            found = self.resolve(a0, a1, ante, reason)
            found.start, found.end, found.text = start, end, text[start:end]
            self.antecedents[(start, end)] = (a0, a1)
            return found
        head_tok = self.doc.tokens[head] if head is not None else None
        speaker = Speaker(start=start, end=end, text=text[start:end], reason=reason)
        actor = self.actor_for(start, end, head_tok)
        personal = head_tok is not None and head_tok.lower in _PERSONAL
        if actor is not None and personal and not self._person_like(actor) \
                and not _resolves(actor, head_tok):
            actor = None  # "he" overlapping a place or an organisation: not a person
        role, affiliation = self._role(start, end, head)
        if actor is not None:
            # the actor stage's canonical name, except for descriptions ("the Russian Embassy
            # in Colombia" reads better than a coded label); the role and affiliation as the
            # text words them when the mention has them, else the actor's
            own = actor.kind in _DESCRIBED and (head_tok is None or head_tok.lower not in PRONOUNS)
            if own:
                speaker.name = self._name(start, end, head_tok)
            elif actor.kind in _PEOPLE and actor.name not in text:
                speaker.name = self._text_name(actor) or self._name(start, end, head_tok)
            else:
                speaker.name = actor.name
            speaker.role = fuller_role(role, actor.role)
            speaker.affiliation = affiliation or actor.affiliation
            speaker.actor_code = actor.actor_code
        else:
            speaker.name = self._name(start, end, head_tok)
            speaker.role, speaker.affiliation = role, affiliation
            if speaker.name is None:
                speaker.reason = reason or "speaker could not be resolved to a name"
        speaker.type = self._type(speaker, actor, self._context(head))
        return speaker

    def _resolved_antecedent(self, head: int) -> int | None:
        """The last token of the named mention the actor stage resolved the relative
        pronoun at token ``head`` to, or None."""
        tok = self.doc.tokens[head]
        actor = self.actor_for(tok.start, tok.end, tok)
        if actor is None or not _resolves(actor, tok):
            return None
        named = self.named_antecedent(actor)
        last = self.doc.token_at(named.end - 1) if named is not actor else None
        if last is None or named.end > tok.start:
            return None
        if last.dep == "appos":  # "the Colombian Defense Minister, Diego Molano, who": the whole phrase
            return last.head
        return last.i

    def named_antecedent(self, actor: ActorMention) -> ActorMention:
        """The named mention a pronoun or description stands for: the nearest earlier
        mention of its entity that is neither (else the mention itself)."""
        if actor.kind not in ("pronoun", "description"):
            return actor
        named = [m for m in self._entities.get(actor.entity or "", ())
                 if m.kind not in ("pronoun", "description") and m.start < actor.start]
        return named[-1] if named else actor

    def _person_like(self, actor: ActorMention) -> bool:
        """Does the actor's entity name a person: a known person name, or a mention that is
        a person or a description with a role ("the Colombian defence minister")?"""
        if actor.name in self._person_names:
            return True
        mentions = self._entities.get(actor.entity or "", [actor])
        return any(m.kind == "person" or (m.kind == "description" and m.role) for m in mentions)

    def _text_name(self, actor: ActorMention) -> str | None:
        """A person's name in the text's own words, for an actor whose canonical name the
        article never writes (a table name or a coded description such as "COL Defense
        Minister"): the longest person name among the mentions of the same entity (the
        canonical name when it only completes that name), else the words of its first
        mention that is not a pronoun."""
        mentions = self._entities.get(actor.entity or "", [actor])
        person = self.named_antecedent(actor).kind in ("person", "description", "pronoun")
        # (a person inside an organisation's mention, "Trump's company", does not name it)
        names = [e.text for m in mentions for e in self._persons_in(m.start, m.end)] if person else []
        if names:
            best = self._full_name(max(names, key=len), len(self.doc.text))
            if _completes(best, actor.name):
                return actor.name  # "Trump" → "Donald Trump": the table only completes the name
            return best  # "Ana Ferreira" is not "Luis Ferreira"
        for m in mentions:
            if m.text.lower() not in PRONOUNS:
                first, _, rest = m.text.strip().partition(" ")
                return rest if first.lower() in _DETERMINERS and rest else m.text.strip()
        return None

    def _context(self, head: int | None) -> str:
        """The head's whole phrase, relative clauses included ("officials who asked not to
        be named"): words that tell the speaker type but are not part of the mention."""
        if head is None or not self.doc.sentences[self.doc.tokens[head].sent].parsed:
            return ""
        return " ".join(self.doc.tokens[j].lower for j in self.doc.subtree(head)[:40])

    def _name_span(self, start: int, end: int, head: Token | None) -> tuple[int, int] | None:
        """The person's name inside a mention: a PERSON entity, else the proper-noun run
        around a proper-noun head ("Ana Ruiz, a resident of the village")."""
        persons = self._persons_in(start, end)
        if persons:
            at_head = [e for e in persons if head is not None and e.start <= head.start < e.end]
            apposed = [e for e in persons if self.doc.text[start : e.start].rstrip().endswith(",")]
            # a name inside a modifier of the head is not the speaker's name ("the popularity
            # of Mr. Trump", "exit polls from the primary, which Mr. Trump won")
            free = [e for e in persons if not self._in_modifier(e.start, start)]
            found = at_head or apposed or free
            if found:
                return found[0].start, found[0].end
            if head is not None and head.pos == "NOUN":
                return None
            return persons[0].start, persons[0].end
        if head is None or head.pos != "PROPN" or head.ent_type in _NOT_PEOPLE:
            return None
        first = last = head.i
        while (
            first - 1 >= 0
            and self.doc.tokens[first - 1].pos == "PROPN"
            and self.doc.tokens[first - 1].start >= start
        ):
            first -= 1
        while (
            last + 1 < len(self.doc.tokens)
            and self.doc.tokens[last + 1].pos == "PROPN"
            and self.doc.tokens[last + 1].end <= end
        ):
            last += 1
        return self.doc.tokens[first].start, self.doc.tokens[last].end

    def _in_modifier(self, name_start: int, start: int) -> bool:
        """Is the name right after a preposition or a relative word inside the mention?"""
        tok = self.doc.token_at(name_start)
        if tok is None or tok.i == 0 or self.doc.tokens[tok.i - 1].start < start:
            return False
        prev = self.doc.tokens[tok.i - 1]
        if prev.lower in _NAME_TITLES and tok.i > 1:
            prev = self.doc.tokens[tok.i - 2]
        return prev.pos == "ADP" or prev.lower in _RELATIVE

    def _name(self, start: int, end: int, head: Token | None) -> str | None:
        span = self._name_span(start, end, head)
        if span is not None:
            return self._full_name(self.doc.text[span[0] : span[1]], span[0])
        words = self.doc.text[start:end]
        if head is not None and head.lower in PRONOUNS:
            return self._antecedent(head)
        name = words.split(",")[0].strip()
        first, _, rest = name.partition(" ")
        if first.lower() in _DETERMINERS and rest:
            name = rest
        return name or None

    def _full_name(self, name: str, before: int) -> str:
        """ "Duque" → "Iván Duque" when an earlier PERSON entity ends with that name."""
        if " " in name:
            return name
        for ent in self._by_last.get(name, ()):
            if ent.start < before:
                return ent.text
        return name

    def _antecedent(self, pronoun: Token) -> str | None:
        k = bisect_left(self._pstarts, pronoun.start) - 1
        if k < 0 or self.persons[k].sent < pronoun.sent - 3:
            return None
        best = self.persons[k]
        return self._full_name(best.text, best.start)

    def _persons_in(self, start: int, end: int) -> list[Entity]:
        out = []
        for ent in self.persons[bisect_left(self._pstarts, start) :]:
            if ent.start >= end:
                break
            if ent.end <= end:
                out.append(ent)
        return out

    def _role(self, start: int, end: int, head: int | None) -> tuple[str | None, str | None]:
        """Role and affiliation from the mention's apposition or title words."""
        doc = self.doc
        if head is None or not doc.sentences[doc.tokens[head].sent].parsed:
            return None, None
        toks = self.layout.tokens(start, end)
        name = self._name_span(start, end, doc.tokens[head])
        role_toks: list[Token] = []
        if name is not None:
            commas = [t for t in toks if t.end <= name[0] and t.text == ","]
            headed = bool(commas) and any(t.pos == "NOUN" for t in toks if t.end <= commas[0].start)
            if headed:
                # "a spokesman for the ... People's Liberation Army, Senior Colonel Li Xi": the
                # head phrase before the comma is the role (its "'s" is no owner of the name)
                toks = [t for t in toks if t.end <= commas[0].start] + [t for t in toks if t.start >= name[1]]
            before = [t for t in toks if t.end <= name[0] and t.lower not in _DETERMINERS]
            before = [t for t in before if not t.is_punct and t.lower not in _HONORIFICS]
            owner = [] if headed else [k for k, t in enumerate(before) if t.lower in ("'s", "’s")]
            if owner:  # "NBC's Chuck Todd": an owner, not a role
                before = before[owner[-1] + 1 :]
            if not any(t.pos in ("NOUN", "PROPN") for t in before) or (before and before[-1].pos == "ADP"):
                before = []  # "Mr. Trump", "the popularity of Mr. Trump": no role words
            after = [t for t in toks if t.start >= name[1]]
            if after and after[0].text != ",":
                after = []  # "Colombia and Venezuela", "Embassy in Colombia", "(R-Ind.)": no apposition
            if before and not after:
                role_toks = before
            elif after:
                role_toks = [t for t in after if not (t.is_punct and t.text in ",()")]
        if not role_toks:
            return None, None
        while role_toks and (role_toks[0].lower in _DETERMINERS or role_toks[0].is_punct):
            role_toks = role_toks[1:]
        while role_toks and role_toks[-1].is_punct:
            role_toks = role_toks[:-1]
        if not role_toks:
            return None, None
        affiliation = None
        cut = len(role_toks)
        for preps in (("at", "from", "with"), ("of", "for", "in")):
            for k, tok in enumerate(role_toks):
                if k > 0 and tok.lower in preps:
                    org = self._org_after(tok, end)
                    if org is not None:
                        affiliation = org
                        if tok.lower in ("at", "from", "with"):
                            cut = k
                        break
            if affiliation is not None:
                break
        role = doc.text[role_toks[0].start : role_toks[cut - 1].end] if cut else None
        return role, affiliation

    def _org_after(self, prep: Token, end: int) -> str | None:
        for ent in self._ents_by_sent.get(prep.sent, ()):
            near = prep.start < ent.start <= prep.end + 5 and ent.end <= end + 1
            if near and ent.label in ("ORG", "GPE", "FAC", "NORP"):
                words = ent.text
                return words[4:] if words.lower().startswith("the ") else words
        return None

    def _type(self, speaker: Speaker, actor: ActorMention | None, context: str) -> str | None:
        words = " ".join(x for x in (speaker.text, speaker.role, context) if x).lower()
        found: str | None = None
        for pattern, kind in self._patterns:
            if pattern.search(words):
                found = kind
                break
        if found is not None and found not in ("official", "organisation"):
            return found
        if actor is not None:
            actor = self.named_antecedent(actor)  # "he" for Colombia speaks for a country
            if actor.sector in ("MED", "JRN"):
                return "media"
            if actor.kind in _ORGANISATION_KINDS:
                return "organisation" if found != "official" else found
            if actor.sector in _OFFICIAL_SECTORS:
                return "official"
        return found


def _completes(written: str, canonical: str) -> bool:
    """Whether the canonical name only completes a name as written: every written word
    is one of its words, except words after its surname that the model took into the name
    ("Obama Says" in a headline)."""
    words = canonical.replace(".", "").split()
    known = set(words)
    seen = written.replace(".", "").split()
    last = max((k for k, w in enumerate(seen) if w == words[-1]), default=-1) if words else -1
    return all(w in known for w in (seen[: last + 1] if last >= 0 else seen))


def _resolves(actor: ActorMention, head: Token | None) -> bool:
    """Whether ``actor`` is the actor stage's resolution of the pronoun ``head`` itself
    (its "he" continuing a country subject: "Colombia does not recognize ... Instead, he
    endorses ...")."""
    return head is not None and actor.kind == "pronoun" and actor.start <= head.start < actor.end


def fuller_role(role: str | None, known: str | None) -> str | None:
    """The text's role, or the actor's when it says the same more fully ("spokeswoman" →
    "spokeswoman for the Stein campaign", from an apposition elsewhere in the article)."""
    if not role or not known:
        return role or known
    if len(known) > len(role) and role.lower() in known.lower():
        return known
    return role
