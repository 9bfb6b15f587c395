"""Where did an event happen? Pick, among the places of its sentence, the one attached to it.

Not every place in the sentence is the event's place: "clashes in Arauca, on the border with
Venezuela" happened in Arauca; "a cab driver from Abidjan was shot" says where the driver
comes from, not where he was shot. Only places of kind toponym, border, side or landmark
can be chosen: demonyms ("Russian") and metonyms ("Moscow said") are references, never a
scene. On a parsed sentence the rules are tried in order, the first that finds a place wins
(phrase-level rules in :mod:`~eventwire.places.locate.phrase_rules`, clause-level ones in
:mod:`~eventwire.places.locate.clause_rules`):

1. the trigger's own phrases: a locative preposition (in, at, near, outside, through …, or
   a distance or direction: "20 km north of X"; for acts that move also to, into …), its
   object or passive subject ("captured Kabul", but not "a Chicago man was shot"), and for
   a nominal trigger its own phrase ("the attack in Kandahar", "the shelling of Homs");
2. an event noun the trigger is told by ("killed in clashes that broke out in X", "due to
   shelling on the village of X"; not one before or after it: "arrested after an attack
   in X"), a locative phrase the parser hung on its object or on the other party ("clashed
   with police in X"), and adverbial clauses under it ("killed fighting in X");
3. coordinated acts sharing the scene, a relative clause saying where ("Mosul, where a
   bomb exploded"), a locative phrase on the subject ("police in Berlin arrested");
4. the clause and main verbs above the trigger (their locative phrases, and the object of
   the act a participle follows from: "shelled the city of X, killing three");
5. last resorts: a destination, the home of a crowd that acts ("Hong Kong people marched"),
   where the victims were going ("militants who tried to enter X were killed").

A place that only modifies an actor or a noun ("a Ruritanian airstrike", "the Varnholt government",
"a London-based group") says who, not where. On an unparsed sentence, token rules
(:mod:`~eventwire.places.locate.unparsed_rules`) take the nearest place after the trigger that a
locative preposition governs in the trigger's own clause.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from ...model import Place
from ...nlp.document import ParsedDoc
from ..lexicon import words
from .clause_rules import (
    antecedent_places,
    clause_places,
    conjunct_places,
    event_noun_places,
    parties_places,
    subject_modifier,
    subject_pp_places,
    victim_clause_places,
)
from .phrase_rules import (
    CIVILIANS,
    DIRECTION,
    EVENT_PLACE_KINDS,
    LOCATIVE,
    REPORTING,
    SEQUENCE,
    has_subject,
    is_event_noun,
    noun_scene,
    object_places,
    object_pp_places,
    places_in,
    pp_places,
)
from .unparsed_rules import locate_unparsed


class _Event:
    """One event to place: its trigger, the places of its sentence it may happen at, and how
    it reads (``directional``, ``peers``, ``verbal``: see :func:`locate_event`)."""

    def __init__(self, doc: ParsedDoc, trigger: int, local: list[Place], directional: bool,
                 peers: Collection[int], verbal: bool) -> None:
        self.doc, self.trigger, self.local = doc, trigger, local
        self.directional, self.peers, self.verbal = directional, peers, verbal
        self.tok = doc.tokens[trigger]
        self.nominal = self.tok.pos == "NOUN" or is_event_noun(doc, trigger)  # "the raid in Varnholt"


def locate_event(
    doc: ParsedDoc, trigger: int, places: Sequence[Place], *, directional: bool = True,
    peers: Collection[int] = (), verbal: bool = False,
) -> Place | None:
    """The place where the event whose trigger is token ``trigger`` happened, or None.
    ``directional``: whether a destination ("sent troops to the border", "marched to the
    offices") may stand for the place; False for acts whose "to X" names a recipient
    ("pointed out to Valdoria"). ``peers``: trigger tokens of other events of the same
    type; a coordinated clause whose verb is one of them ("an officer was shot and a woman
    was wounded in X") shares the scene. ``verbal``: the act is a statement (accusing,
    demanding, rejecting …): an event noun it is about has its own place ("condemned the
    bombing in Varnholt" happened wherever the speaker was). The rules of :data:`RULES` are
    tried in order; the first that finds a place wins."""
    if not places or not (0 <= trigger < len(doc.tokens)):
        return None
    sent = doc.sentences[doc.tokens[trigger].sent]
    local = [p for p in places if sent.start <= p.start < sent.end and p.kind in EVENT_PLACE_KINDS]
    if not local:
        return None
    if not sent.parsed:
        return locate_unparsed(doc, trigger, local, LOCATIVE, DIRECTION if directional else frozenset())
    event = _Event(doc, trigger, local, directional, peers, verbal)
    for _name, rule in RULES:
        best = rule(event)
        if best is not None:
            return best
    return None


def _own_phrases(ev: _Event) -> Place | None:
    """1. The trigger's own phrases: a locative (for acts that move, also a destination:
    "marched to Liberty Square in Varnholt"), its object, a nominal trigger's phrase."""
    doc, trigger, local = ev.doc, ev.trigger, ev.local
    preps = LOCATIVE | DIRECTION if ev.directional else LOCATIVE
    # a known place or named site that is the object comes first: it is the scene itself
    # ("patrolled Market Square in nearby Varnholt"); an unknown name may be a person the
    # recogniser took for a place ("captured Abu X, the group's treasurer, in Valdoria");
    # what a statement is about is no scene ("criticized the Tarn accord", "sue Valdoria")
    objects = [] if ev.verbal else object_places(doc, trigger, local)
    sure = objects if any(p.kind == "landmark" or p.feature_code or _placed(doc, p, local)
                          for p in objects) else []
    # a phrase opening the sentence sets a wider scene than one after the trigger ("In
    # Corran province, gunmen shot two guards near Ashby")
    return _best(doc, sure + pp_places(doc, trigger, preps, local, set()) or objects
                 or (noun_scene(doc, trigger, local) if ev.nominal else []), after=ev.tok.start)


def _told_by(ev: _Event) -> Place | None:
    """2. An event noun the trigger is told by, a locative on its object or the other party,
    the clauses under it ("proposed enforcing a no-fly zone over X": what was proposed)."""
    doc, trigger, local, verbal = ev.doc, ev.trigger, ev.local, ev.verbal
    return _best(doc, ([] if verbal else event_noun_places(doc, trigger, local))
                 or object_pp_places(doc, trigger, local, -1, about=verbal)
                 or ([] if verbal else clause_places(doc, trigger, local))
                 or parties_places(doc, trigger, local)
                 or ([] if verbal else _object_event_places(doc, trigger, local)))


def _around(ev: _Event) -> Place | None:
    """3. Coordinated acts sharing the scene, a relative clause saying where, a locative on
    the subject."""
    doc, trigger, local = ev.doc, ev.trigger, ev.local
    return _best(doc, conjunct_places(doc, trigger, local, ev.peers) or antecedent_places(doc, trigger, local)
                 or subject_pp_places(doc, trigger, local))


def _climb(ev: _Event) -> Place | None:
    """4. The clause and main verbs above the trigger: their locative phrases set the scene."""
    doc, trigger, local = ev.doc, ev.trigger, ev.local
    child = trigger
    for anc in doc.ancestors(trigger):
        if doc.tokens[child].dep == "ccomp" and doc.tokens[anc].lemma in REPORTING:
            # "officials said in Ashby that gunmen killed five": where it was said; but "police
            # in Corran said they had arrested 12": the speakers themselves acted
            own = [s for s in doc.children(child) if doc.tokens[s].dep in ("nsubj", "nsubjpass")]
            if own and all(doc.tokens[s].lower in words("subject_pronouns") for s in own):
                return _best(doc, subject_pp_places(doc, anc, local))
            return None
        if doc.tokens[child].dep == "advcl" and any(
                doc.tokens[m].dep == "mark" and doc.tokens[m].lower in SEQUENCE | {"until", "once"}
                for m in doc.children(child)):
            return None  # "before she met him, she lived outside X": another time, maybe another place
        best = _best(doc, _above(ev, anc, child))
        if best is not None:
            return best
        if doc.tokens[child].dep in ("relcl", "acl"):
            return None  # "spoke at the town hall about rights that had been denied", "in a
            # school gym in Ashby she attacked his plan to build a bridge": another scene
        child = anc
    return None


def _above(ev: _Event, anc: int, child: int) -> list[Place]:
    """The places the verb ``anc`` above the trigger (reached from ``child``) sets."""
    doc, trigger, local, tok = ev.doc, ev.trigger, ev.local, ev.tok
    subject = child == trigger and ev.nominal and tok.dep in ("nsubj", "nsubjpass")  # "clashes erupted"
    # "shelled the town of X, killing three", "stormed X and killed 20", "protesters in X
    # blocked roads and clashed with police": the act the trigger follows from or shares
    # a subject with is placed by its object and its subject too
    sequel = child == trigger and not ev.nominal and tok.dep in ("advcl", "conj")
    # "crossed the river into Valdoria and attacked camps": a coordinated move sets the scene
    climb_preps = LOCATIVE | DIRECTION if sequel and ev.directional and tok.dep == "conj" else LOCATIVE
    return (pp_places(doc, anc, climb_preps, local, {child})
            or object_pp_places(doc, anc, local, child)
            or (parties_places(doc, anc, local) if subject else [])
            or (object_places(doc, anc, local) if sequel and not ev.verbal else [])
            or (subject_pp_places(doc, anc, local) if sequel and tok.dep == "conj"
                and not has_subject(doc, trigger) else []))


def _last_resort(ev: _Event) -> Place | None:
    """5. A destination, the home of a crowd that acts, where the victims were going."""
    doc, trigger, local = ev.doc, ev.trigger, ev.local
    return _best(doc, (pp_places(doc, trigger, DIRECTION, local, set()) if ev.directional else [])
                 or subject_modifier(doc, trigger, local) or victim_clause_places(doc, trigger, local))


RULES: tuple[tuple[str, Callable[[_Event], Place | None]], ...] = (
    ("own_phrases", _own_phrases),
    ("told_by", _told_by),
    ("around", _around),
    ("climb", _climb),
    ("last_resort", _last_resort),
)


def _object_event_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"broke up a demonstration by opposition supporters in X": the phrase of an event noun
    the trigger acts on."""
    found: list[Place] = []
    for child in doc.children(trigger):
        if doc.tokens[child].dep in ("dobj", "obj") and is_event_noun(doc, child):
            found.extend(noun_scene(doc, child, places))
    return found


def _best(doc: ParsedDoc, found: Sequence[Place], after: int = -1) -> Place | None:
    """The first named place (the most specific comes first: "al-Tijara neighbourhood in
    central Damascus"), preferring the phrase's own name over a possessor or modifier
    ("Valdoria's Tarnfield", "the Valdorian capital Varnholt"); a named site counts like a town
    ("at Linden Square in central Ashby": the square); a side only when nothing else is named. A
    country that only modifies another noun ("a Ruritanian airstrike", "a UN convoy") says who
    acted, not where. Places before character ``after`` come after the others."""
    ranked: list[tuple[int, int, int, Place]] = []
    wrappers = [p for p in found if p.kind in ("border", "side")]
    for p in found:
        if p.kind == "toponym" and any(w.start <= p.start and p.end <= w.end for w in wrappers):
            continue  # "towards the border with Colombia": the border, not Colombia
        tok = doc.token_at(p.start)
        last = doc.token_at(p.end - 1) or tok
        dep = last.dep if last is not None else ""
        head = doc.tokens[last.head] if last is not None else None
        if dep == "compound" and head is not None and head.dep == "compound" and head.text.islower() and (
                head.lower in words("site_modifiers")):
            head = doc.tokens[head.head]  # "the Ain al-Hilweh refugee camp": the camp it names
        modifier = dep in ("compound", "poss", "amod", "nmod") and head is not None and not (
            dep == "compound" and head.lower in words("place_nouns")
            and not (p.feature_code or "").startswith("PCL")  # "Corran town", not "the Valdoria capital"
            and not _names_of(doc, head.i, found)  # "the Tarn Sea island of Olm": Olm
        ) and not (dep in ("compound", "nmod") and head.pos == "PROPN"  # the name goes on
                   ) and not (dep == "compound" and _scene_noun(doc, head.i)  # "at X junction"
                              and not (p.feature_code or "").startswith("PCL")
                              and not _names_of(doc, head.i, found))
        if (dep not in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "ROOT", "poss", "")
                and p.feature_code and p.feature_code.startswith("PCL")):
            head = doc.tokens[last.head] if last is not None else None
            if head is not None and head.lower not in words("place_nouns") and not (
                    head.lower in CIVILIANS and head.dep == "nsubj"):  # "Hong Kong people marched"
                continue
        if last is not None and last.text[:1].islower() and _names_of(doc, last.i, found):
            modifier = True  # "the northern Kazakh city of Aktogay": the name after "of"
        rank = (0 if p.kind in ("toponym", "border", "landmark") else 2) + (1 if modifier else 0)
        ranked.append((rank, 1 if p.start < after else 0, p.start, p))
    return min(ranked, key=lambda r: (r[0], r[1], r[2]))[3] if ranked else None


def _scene_noun(doc: ParsedDoc, noun: int) -> bool:
    """The noun is the object of a locative preposition ("at Umm Qasr junction", "in a Kabul
    market"): a town or region naming it says where (a country naming it says who: "in a
    U.S. airstrike")."""
    tok = doc.tokens[noun]
    return tok.dep == "pobj" and doc.tokens[tok.head].lower in LOCATIVE and not is_event_noun(doc, noun)


def _names_of(doc: ParsedDoc, noun: int, found: Sequence[Place]) -> bool:
    """Whether a place among ``found`` names ``noun`` through "of" ("the island of X"; a
    country there holds the noun rather than names it: "the Kunar province of Afghanistan")."""
    for child in doc.children(noun):
        if doc.tokens[child].dep == "prep" and doc.tokens[child].lower == "of":
            span = doc.subtree(child)
            if any(not (p.feature_code or "").startswith("PCL") for p in places_in(doc, span, found)):
                return True
    return False


def _placed(doc: ParsedDoc, p: Place, local: list[Place]) -> bool:
    """An unknown name placed in a region right after it ("bombed Waku-Congo, in Cuanza-Sul"):
    a place, not a person the recogniser took for one."""
    last = doc.token_at(p.end - 1)
    if last is None or last.i + 2 >= len(doc.tokens) or doc.tokens[last.i + 1].text != ",":
        return False
    k = last.i + 2
    if doc.tokens[k].lower in ("in", "near"):
        k += 1
    return k < len(doc.tokens) and any(q.start == doc.tokens[k].start for q in local)
