"""Event location, clause level: places reached through the clauses around the trigger (its
adverbial clauses, coordinated verbs, relative clauses, subject). See
:mod:`~eventwire.places.locate.event_rules` for the order in which they are tried."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...model import Place
from ...nlp.document import ParsedDoc
from .phrase_rules import (
    AMONG,
    CIVILIANS,
    DIRECTION,
    LOCATIVE,
    PARTIES,
    SEQUENCE,
    STATIVE,
    TOLL_VERBS,
    has_subject,
    is_event_noun,
    noun_scene,
    object_places,
    object_pp_places,
    places_in,
    pp_places,
    reaches,
    subjects,
)


def subject_pp_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"Police in Berlin arrested a man", "thousands of protesters in Cairo clashed with
    police": a locative phrase on the subject places what it does."""
    found: list[Place] = []
    for subj in subjects(doc, trigger):  # not "fighters on the Valdorian side": their camp
        found.extend(p for p in pp_places(doc, subj, AMONG, places, set()) if p.kind != "side")
    return found


def victim_clause_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"Rebels who tried to enter X were killed": when nothing else places a death or an
    injury, the place its victims were in or going to, told by a relative clause on them."""
    if doc.tokens[trigger].lemma not in TOLL_VERBS:
        return []
    found: list[Place] = []
    for subj in subjects(doc, trigger):
        for clause in doc.children(subj):
            if doc.tokens[clause].dep != "relcl" or doc.tokens[clause].lemma in STATIVE:
                continue
            verbs = [clause] + [c for c in doc.children(clause) if doc.tokens[c].dep == "xcomp"]
            for verb in verbs:
                found.extend(pp_places(doc, verb, LOCATIVE | DIRECTION, places, set())
                             or object_places(doc, verb, places))
    return found


def event_noun_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """Places under a locative phrase of an event noun that is the trigger's subject or sits
    in one of its prepositional phrases, or the place it is "of" ("due to the shelling of
    X"). An event before or after the trigger is another event ("captured four men after an
    attack near X"), unless the trigger is its toll ("killed after a blast in X")."""
    found: list[Place] = []
    toll = doc.tokens[trigger].lemma in TOLL_VERBS
    for child in doc.children(trigger):
        tok = doc.tokens[child]
        if tok.dep in ("nsubj", "nsubjpass"):
            nouns = [child]
        elif tok.dep in ("prep", "agent") and (toll or tok.lower not in SEQUENCE):
            nouns = [k for k in doc.children(child) if doc.tokens[k].dep == "pobj"]
            nouns += [o for k in doc.children(child) if doc.tokens[k].dep in ("pcomp", "prep")
                      and doc.tokens[k].pos == "ADP"  # "due to the bombardment of X"
                      for o in doc.children(k) if doc.tokens[o].dep in ("pobj", "pcomp")]
            nouns += [c for k in nouns for c in doc.children(k) if doc.tokens[c].dep == "conj"]
            nouns += [o for k in nouns for c in doc.children(k)  # "the start of the war in X"
                      if doc.tokens[c].lower == "of" for o in doc.children(c) if doc.tokens[o].dep == "pobj"]
        else:
            nouns = []
        for k in nouns:
            if is_event_noun(doc, k):
                found.extend(noun_scene(doc, k, places))
                if found:
                    return found
    return found


def clause_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"killed fighting in the town of Olmsk", "shot as they sat down to a meal in their
    Corran home", "killed and wounded in the bombardment of X": the locative phrase of a
    participle, adverbial clause or coordinated verb under the trigger, or of the event noun
    it acts on ("shot while filming a clash between police and protesters in X")."""
    found: list[Place] = []
    frontier = [trigger]
    for _depth in range(2):
        nxt: list[int] = []
        for head in frontier:
            for child in doc.children(head):
                dep = doc.tokens[child].dep
                if dep in ("advcl", "xcomp") or (head != trigger and dep == "conj"):
                    found.extend(pp_places(doc, child, LOCATIVE, places, set()))
                    # a purpose ("met to discuss the war in X") is about another event
                    purpose = any(doc.tokens[a].lower == "to" and doc.tokens[a].dep == "aux"
                                  for a in doc.children(child))
                    found.extend(object_pp_places(doc, child, places, -1, about=purpose))
                    found.extend(nested_places(doc, child, places))
                    for obj in [] if purpose else doc.children(child):  # "while filming a clash … in Z"
                        if doc.tokens[obj].dep in ("dobj", "obj") and is_event_noun(doc, obj):
                            found.extend(noun_scene(doc, obj, places))
                    nxt.append(child)
        if found:
            return found
        frontier = nxt
    return found


def antecedent_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"Kabul, where the bomb exploded", "the village, in which they were killed", "Iraq,
    whose targets were bombed": a relative clause that says where, or whose subject or
    object belongs to the place, happens at the noun it describes."""
    verb = trigger
    for _ in range(3):
        if doc.tokens[verb].dep == "relcl":
            break
        if doc.tokens[verb].dep not in ("conj", "xcomp") or doc.tokens[verb].head == verb:
            return []
        verb = doc.tokens[verb].head
    else:
        return []
    def says_where(child: int) -> bool:
        tok = doc.tokens[child]
        if tok.lower == "where":
            return True
        pronoun = "which" if tok.dep == "prep" and tok.lower in LOCATIVE else (
            "whose" if tok.dep in ("nsubj", "nsubjpass", "dobj") else "")
        return bool(pronoun) and any(doc.tokens[o].lower == pronoun for o in doc.children(child))

    if not any(says_where(c) for c in doc.children(verb)):
        return []
    head = doc.tokens[verb].head
    return [p for p in places_in(doc, doc.subtree(head), places) if reaches(doc, head, p)]


def subject_modifier(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"3,000 Tarnfield people marched", "Corran residents protested": a place naming the
    home of a crowd that acts, when nothing else places the event. Not one person's home ("a
    Wend woman shot her husband": she may have been anywhere), and a country only before a
    word for its civilians (before "troops" or "officials" it says who, not where)."""
    found: list[Place] = []
    for child in doc.children(trigger):
        subj = doc.tokens[child]
        if subj.dep in ("nsubj", "nsubjpass") and subj.tag in ("NNS", "NNPS"):
            for p in places_in(doc, doc.subtree(child), places):
                last = doc.token_at(p.end - 1)
                if (last is not None and last.dep == "compound" and last.head == child
                        and ((subj.lower in CIVILIANS and subj.dep == "nsubj")
                             or not (p.feature_code or "").startswith("PCL"))):
                    found.append(p)
    return found


def conjunct_places(doc: ParsedDoc, trigger: int, places: Sequence[Place],
                     peers: Collection[int] = ()) -> list[Place]:
    """"killed and 24 others wounded in the bombardment of X", "shot and killed two in
    clashes and blew up a lab in a West Bank camp": coordinated verbs of the same form and
    without auxiliaries of their own ("was captured and face charges", "and are hiding in X"
    are other acts of the same actors), or triggers of events of the same type with their
    own subject ("seven were killed and others were injured in X"), share the trigger's
    scene when it has none of its own."""
    if any(doc.tokens[c].dep == "prep" and doc.tokens[c].lower in LOCATIVE for c in doc.children(trigger)):
        peers = ()  # "he was arrested in 2004 and his brother was arrested in Lyon": set apart
    frontier = [trigger]
    for _depth in range(2):
        nxt = [c for h in frontier for c in doc.children(h)
               if doc.tokens[c].dep == "conj" and ((c in peers and has_subject(doc, c)) or (
                   doc.tokens[c].tag == doc.tokens[trigger].tag
                   and not any(doc.tokens[a].dep in ("aux", "auxpass") for a in doc.children(c))))]
        found: list[Place] = []
        for verb in nxt:
            found.extend(pp_places(doc, verb, LOCATIVE, places, set())
                         or event_noun_places(doc, verb, places)
                         or clause_places(doc, verb, places))  # "and 20 wounded when a bomb went off in X"
        if found:
            return found
        frontier = nxt
    return []


def parties_places(doc: ParsedDoc, verb: int, places: Sequence[Place]) -> list[Place]:
    """"clashed with police in Cairo", "clashes erupted between police and protesters in
    Nairobi", "kidnapped by gunmen in Kunar province": a locative phrase the parser hung on
    the other party or the agent, which is the scene."""
    found: list[Place] = []
    for prep in doc.children(verb):
        tok = doc.tokens[prep]
        if (tok.dep == "prep" and tok.lower in PARTIES) or (tok.dep == "agent" and tok.lower == "by"):
            objs = [o for o in doc.children(prep) if doc.tokens[o].dep == "pobj"]
            objs += [c for o in objs for c in doc.children(o) if doc.tokens[c].dep == "conj"]
            for obj in objs:
                found.extend(pp_places(doc, obj, AMONG, places, set()))
    return found


def nested_places(doc: ParsedDoc, head: int, places: Sequence[Place]) -> list[Place]:
    """"sat down to a meal in their Belfast home": a locative phrase on the object of
    another phrase of the verb."""
    found: list[Place] = []
    for child in doc.children(head):
        tok = doc.tokens[child]
        if tok.dep == "prep" and tok.lower not in LOCATIVE and tok.lower not in ("of", "from", "by"):
            for obj in doc.children(child):
                if doc.tokens[obj].dep == "pobj":
                    found.extend(pp_places(doc, obj, LOCATIVE, places, set()))
    return found
