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

A place that only modifies an actor or a noun ("a U.S. airstrike", "the Kabul government",
"a London-based group") says who, not where. On an unparsed sentence, token rules
(:mod:`~eventwire.places.locate.unparsed_rules`) take the nearest place after the trigger that a
locative preposition governs in the trigger's own clause.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

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


def locate_event(
    doc: ParsedDoc, trigger: int, places: Sequence[Place], *, directional: bool = True,
    peers: Collection[int] = (), verbal: bool = False,
) -> Place | None:
    """The place where the event whose trigger is token ``trigger`` happened, or None.
    ``directional``: whether a destination ("sent troops to the border", "marched to the
    offices") may stand for the place; False for acts whose "to X" names a recipient
    ("pointed out to Venezuela"). ``peers``: trigger tokens of other events of the same
    type; a coordinated clause whose verb is one of them ("an officer was shot and a woman
    was wounded in X") shares the scene. ``verbal``: the act is a statement (accusing,
    demanding, rejecting …): an event noun it is about has its own place ("condemned the
    bombing in Kabul" happened wherever the speaker was)."""
    if not places or not (0 <= trigger < len(doc.tokens)):
        return None
    tok = doc.tokens[trigger]
    sent = doc.sentences[tok.sent]
    local = [p for p in places if sent.start <= p.start < sent.end and p.kind in EVENT_PLACE_KINDS]
    if not local:
        return None
    if not sent.parsed:
        return locate_unparsed(doc, trigger, local, LOCATIVE, DIRECTION if directional else frozenset())
    skip: set[int] = set()
    nominal = tok.pos == "NOUN" or is_event_noun(doc, trigger)  # "the attack in Kandahar"
    # a destination is as good as a scene for acts that move ("marched to Tahrir Square in Cairo")
    preps = LOCATIVE | DIRECTION if directional else LOCATIVE
    # a known place or named site that is the object comes first: it is the scene itself
    # ("patrolled Manger Square in nearby Bethlehem"); an unknown name may be a person the
    # recogniser took for a place ("captured Abu X, al-Qaida's coordinator, in Pakistan")
    # what a statement is about is no scene ("criticized the Paris agreement", "sue Saudi Arabia")
    objects = [] if verbal else object_places(doc, trigger, local)
    sure = objects if any(p.kind == "landmark" or p.feature_code or _placed(doc, p, local)
                          for p in objects) else []
    # a phrase opening the sentence sets a wider scene than one after the trigger ("In
    # Kashmir, militants shot two policemen near Srinagar")
    best = _best(doc, sure + pp_places(doc, trigger, preps, local, skip) or objects
                 or (noun_scene(doc, trigger, local) if nominal else []), after=tok.start)
    if best is not None:
        return best
    best = _best(doc, ([] if verbal else event_noun_places(doc, trigger, local))
                 or object_pp_places(doc, trigger, local, -1, about=verbal)
                 or ([] if verbal else clause_places(doc, trigger, local))  # "proposed enforcing a
                 or parties_places(doc, trigger, local)  # no-fly zone over X": what was proposed
                 or ([] if verbal else _object_event_places(doc, trigger, local)))
    if best is not None:
        return best
    best = _best(doc, conjunct_places(doc, trigger, local, peers) or antecedent_places(doc, trigger, local)
                 or subject_pp_places(doc, trigger, local))
    if best is not None:
        return best
    # climb to the clause and main verbs: their locative phrases set the scene
    child = trigger
    for anc in doc.ancestors(trigger):
        if doc.tokens[child].dep == "ccomp" and doc.tokens[anc].lemma in REPORTING:
            # "officials said in Kabul that gunmen killed five": where it was said; but "police
            # in Lagos said they had arrested 12": the speakers themselves acted
            own = [s for s in doc.children(child) if doc.tokens[s].dep in ("nsubj", "nsubjpass")]
            if own and all(doc.tokens[s].lower in ("they", "we", "he", "she", "it") for s in own):
                best = _best(doc, subject_pp_places(doc, anc, local))
            break
        if doc.tokens[child].dep == "advcl" and any(
                doc.tokens[m].dep == "mark" and doc.tokens[m].lower in SEQUENCE | {"until", "once"}
                for m in doc.children(child)):
            break  # "before she met him, she lived outside X": another time, maybe another place
        subject = child == trigger and nominal and tok.dep in ("nsubj", "nsubjpass")  # "clashes erupted"
        # "shelled the city of X, killing three", "stormed X and killed 20", "protesters in X
        # blocked roads and clashed with police": the act the trigger follows from or shares
        # a subject with is placed by its object and its subject too
        sequel = child == trigger and not nominal and tok.dep in ("advcl", "conj")
        # "crossed the border into Congo and attacked camps": a coordinated move sets the scene
        climb_preps = LOCATIVE | DIRECTION if sequel and directional and tok.dep == "conj" else LOCATIVE
        best = _best(doc, pp_places(doc, anc, climb_preps, local, {child})
                     or object_pp_places(doc, anc, local, child)
                     or (parties_places(doc, anc, local) if subject else [])
                     or (object_places(doc, anc, local) if sequel and not verbal else [])
                     or (subject_pp_places(doc, anc, local) if sequel and tok.dep == "conj"
                         and not has_subject(doc, trigger) else []))
        if best is not None:
            return best
        if doc.tokens[child].dep in ("relcl", "acl"):
            break  # "spoke at the White House about rights that had been denied", "in a town
            # hall in Brooklyn she attacked his plan to provide free tuition": another scene
        child = anc
    if best is not None:
        return best
    return _best(doc, (pp_places(doc, trigger, DIRECTION, local, set()) if directional else [])
                 or subject_modifier(doc, trigger, local) or victim_clause_places(doc, trigger, local))


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
    ("Syria's Raqqa", "the Belarus capital Minsk"); a named site counts like a town ("at Amari
    Square in central Kabul": the square); a side only when nothing else is named. A
    country that only modifies another noun ("a U.S. airstrike", "a US convoy") says who
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
            and not (p.feature_code or "").startswith("PCL")  # "Khanasir town", not "the Belarus capital"
            and not _names_of(doc, head.i, found)  # "the Red Sea island of Hanish": Hanish
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
