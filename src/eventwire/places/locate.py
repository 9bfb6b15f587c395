"""Where did an event happen? Pick, among the places of its sentence, the one attached to it.

Not every place in the sentence is the event's place: "clashes in Arauca, on the border with
Venezuela" happened in Arauca; "a cab driver from Abidjan was shot" says where the driver
comes from, not where he was shot. On a parsed sentence the rules are, in order:

1. a place under a locative preposition (in, at, near, outside, across …) that depends on
   the trigger, or a place that is the trigger's object or passive subject ("captured
   Kabul", "Darulaman Palace was captured");
2. the same on the verbs and nouns above the trigger, up to its clause's verb and the
   main verb ("troops in their border departments of Arauca and Apure, as a result of a
   confrontation");
3. a direction (to, into, towards) under the trigger ("marched to the Sydney offices").

Places reached through an actor's "from"/"of" modifier or inside another actor's phrase
are skipped. On an unparsed sentence, the first place after a locative preposition that
follows the trigger (or opens the sentence: "In Italy, …") is taken.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..model import Place
from ..nlp.document import ParsedDoc
from .lexicon import words
from .locate_unparsed import locate_unparsed

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "through",
                      "within", "along", "on", "over", "off", "nearby", "beside",
                      "behind", "during"})  # not "amid": "amid reports of attacks" is no scene
# nouns for people (besides the places word list's people_nouns): a place naming them says
# where they are from
PERSON_NOUNS = frozenset({"man", "woman", "person", "people", "child", "soldier", "civilian", "policeman",
                          "policewoman", "worker", "journalist", "reporter", "activist", "student",
                          "farmer", "businessman", "official", "officer", "doctor", "priest", "trader",
                          "shopkeeper", "resident", "citizen", "tourist", "pilgrim", "refugee",
                          "migrant", "teenager", "boy", "girl", "mother", "father", "cleric", "judge",
                          "lawyer", "politician", "lawmaker", "leader", "commander", "fighter",
                          "militant", "guard", "driver", "villager", "native"})
# objects whose "of" names what is taken ("seized control of X")
CONTROL = frozenset({"control", "possession", "hold", "grip", "command"})
# prepositions naming the other party of a clash
PARTIES = frozenset({"between", "with", "among", "amongst"})
# where people are, as opposed to whose side they are on ("fighters on the Kurdish side")
AMONG = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within"})
DIRECTION = frozenset({"to", "into", "towards", "toward", "onto"})
# nouns naming the violent act or its instrument: their own locative phrase places the event
# ("a car bomb in Hama province killed 34", "killed since the start of the war in Syria")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl", "acl", "pcomp"})
# "10 miles from X": a distance before "from" makes it a location, not an origin
DISTANCE_UNITS = frozenset({"km", "kms", "kilometers", "kilometres", "kilometer", "kilometre", "miles",
                            "mile", "meters", "metres", "m", "yards", "feet", "mi"})
# crowds named after the place they live in ("Hong Kong people demonstrated")
CIVILIANS = frozenset({"people", "residents", "citizens", "villagers", "inhabitants", "locals",
                       "townspeople", "protesters", "demonstrators", "students", "workers"})
# prepositions that put an event noun before or after the trigger: another event
SEQUENCE = frozenset({"after", "before", "following", "ahead", "prior"})
# verbs that tell the toll of a violent event: they happen where it happened
TOLL_VERBS = frozenset({"kill", "die", "wound", "injure", "hurt", "maim", "dead"})
# verbs of a victim's home or origin, or of a place left ("a man who lived in X", "who fled X")
STATIVE = frozenset({"be", "live", "reside", "work", "come", "hail", "grow", "bear", "study", "stay",
                     "own", "have", "know", "belong", "flee", "leave", "escape", "quit", "abandon",
                     "desert", "evacuate"})
# the kinds of Place that can be where something happened; "demonym" ("Russian") and
# "metonym" ("Moscow said") are references to a place standing for its people or
# government, never a scene
EVENT_PLACE_KINDS = frozenset({"toponym", "border", "side", "landmark"})


def _places_in(doc: ParsedDoc, tokens: Sequence[int], places: Sequence[Place]) -> list[Place]:
    if not tokens:
        return []
    lo, hi = doc.tokens[min(tokens)].start, doc.tokens[max(tokens)].end
    have = set(tokens)
    out = []
    for p in places:
        if lo <= p.start and p.end <= hi:
            tok = doc.token_at(p.start)
            if tok is not None and tok.i in have:
                out.append(p)
    return out


def _pp_places(doc: ParsedDoc, head: int, preps: frozenset[str], places: Sequence[Place],
               skip: set[int]) -> list[Place]:
    found: list[Place] = []
    children = doc.children(head)
    locative = "in" in preps  # the locative set, alone or with directions
    measured = locative and any(doc.tokens[c].lower in DISTANCE_UNITS for c in children)
    for child in children:
        if child in skip:
            continue
        tok = doc.tokens[child]
        if tok.dep in ("prep", "agent") and (tok.lower in preps or (measured and tok.lower == "from")):
            found.extend(_places_in(doc, sorted(_phrase(doc, child)), places))
        elif locative and tok.dep in ("advmod", "npadvmod") and (
                tok.lower in words("directions") or tok.lower == "away"):
            for prep in doc.children(child):  # "20 km north of Baghdad", "30 km away from Kandahar"
                if doc.tokens[prep].dep == "prep" and doc.tokens[prep].lower in ("of", "from"):
                    found.extend(_places_in(doc, sorted(_phrase(doc, prep)), places))
    return found


def _of_places(doc: ParsedDoc, noun: int, places: Sequence[Place]) -> list[Place]:
    """"the shelling of Homs", "the siege of the town of X": the place an event noun is of."""
    found: list[Place] = []
    for prep in doc.children(noun):
        if doc.tokens[prep].dep == "prep" and doc.tokens[prep].lower == "of":
            for obj in doc.children(prep):
                found.extend(p for p in _places_in(doc, doc.subtree(obj), places) if _reaches(doc, obj, p))
    return found


def _object_places(doc: ParsedDoc, head: int, places: Sequence[Place]) -> list[Place]:
    """The object itself ("captured Kabul"), or what the control it takes is of ("took
    control of the town of X")."""
    found: list[Place] = []
    for child in doc.children(head):
        tok = doc.tokens[child]
        if tok.dep in OBJECT_DEPS:
            objs = [child]
            if tok.lemma in CONTROL:
                objs += [o for c in doc.children(child) if doc.tokens[c].lower == "of"
                         for o in doc.children(c) if doc.tokens[o].dep == "pobj"]
            for obj in objs:
                found.extend(p for p in _places_in(doc, doc.subtree(obj), places)
                             if doc.token_at(p.start) is not None and _reaches(doc, obj, p)
                             and not (_is_person_noun(doc, obj) and _modifies(doc, p, obj)))
    return found


def _is_person_noun(doc: ParsedDoc, k: int) -> bool:
    """"man", "soldiers", "residents": a noun for people, whose place modifier is their home
    ("a Chicago man was shot": not where)."""
    tok = doc.tokens[k]
    return tok.lemma in PERSON_NOUNS or tok.lower in PERSON_NOUNS or tok.lower in words("people_nouns")


def _modifies(doc: ParsedDoc, p: Place, noun: int) -> bool:
    last = doc.token_at(p.end - 1)
    return last is not None and last.i != noun and last.dep in ("compound", "amod", "nmod", "poss")


def _reaches(doc: ParsedDoc, head: int, p: Place) -> bool:
    """The place is the object itself or a name modifying it ("the Sydney offices"), not
    a deeper phrase ("the head of forces in Tabqa")."""
    tok = doc.token_at(p.start)
    if tok is None:
        return False
    j = tok.i
    for _ in range(6):
        if j == head:
            return True
        t = doc.tokens[j]
        if t.dep == "pobj" and doc.tokens[t.head].lower == "of":
            of = doc.tokens[t.head]  # "the town of Huddur", "the cities of Palmyra"
            if doc.tokens[of.head].lower in words("place_nouns"):
                j = of.head
                continue
        if t.head == j or (t.dep not in ("compound", "amod", "nmod", "poss", "flat", "appos", "conj")
                           and not (t.ent_type and doc.tokens[t.head].ent_type == t.ent_type)):
            return False
        j = t.head
    return False


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
    nominal = tok.pos == "NOUN" or _is_event_noun(doc, trigger)  # "the attack in Kandahar"
    # a destination is as good as a scene for acts that move ("marched to Tahrir Square in Cairo")
    preps = LOCATIVE | DIRECTION if directional else LOCATIVE
    best = _best(doc, _pp_places(doc, trigger, preps, local, skip) or _object_places(doc, trigger, local)
                 or (_noun_scene(doc, trigger, local) if nominal else []))
    if best is not None:
        return best
    best = _best(doc, ([] if verbal else _event_noun_places(doc, trigger, local))
                 or _object_pp_places(doc, trigger, local, -1, about=verbal)
                 or _clause_places(doc, trigger, local) or _parties_places(doc, trigger, local))
    if best is not None:
        return best
    best = _best(doc, _conjunct_places(doc, trigger, local, peers) or _antecedent_places(doc, trigger, local)
                 or _subject_pp_places(doc, trigger, local))
    if best is not None:
        return best
    # climb to the clause and main verbs: their locative phrases set the scene
    child = trigger
    for anc in doc.ancestors(trigger):
        subject = child == trigger and nominal and tok.dep in ("nsubj", "nsubjpass")  # "clashes erupted"
        # "shelled the city of X, killing three", "stormed X and killed 20", "protesters in X
        # blocked roads and clashed with police": the act the trigger follows from or shares
        # a subject with is placed by its object and its subject too
        sequel = child == trigger and not nominal and tok.dep in ("advcl", "conj")
        best = _best(doc, _pp_places(doc, anc, LOCATIVE, local, {child})
                     or _object_pp_places(doc, anc, local, child)
                     or (_parties_places(doc, anc, local) if subject else [])
                     or (_object_places(doc, anc, local) if sequel and not verbal else [])
                     or (_subject_pp_places(doc, anc, local) if sequel and tok.dep == "conj"
                         and not _has_subject(doc, trigger) else []))
        if best is not None:
            return best
        child = anc
    return _best(doc, (_pp_places(doc, trigger, DIRECTION, local, set()) if directional else [])
                 or _subject_modifier(doc, trigger, local) or _victim_clause_places(doc, trigger, local))


def _subjects(doc: ParsedDoc, verb: int) -> list[int]:
    """The verb's subjects, and the noun after "of" when the subject is a quantity ("a number
    of militants", "thousands of protesters")."""
    subjects = [c for c in doc.children(verb) if doc.tokens[c].dep in ("nsubj", "nsubjpass")]
    return subjects + [o for s in subjects for c in doc.children(s)
                       if doc.tokens[c].lower == "of" for o in doc.children(c) if doc.tokens[o].dep == "pobj"]


def _subject_pp_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"Police in Berlin arrested a man", "thousands of protesters in Cairo clashed with
    police": a locative phrase on the subject places what it does."""
    found: list[Place] = []
    for subj in _subjects(doc, trigger):  # not "fighters on the Kurdish side": their camp
        found.extend(p for p in _pp_places(doc, subj, AMONG, places, set()) if p.kind != "side")
    return found


def _victim_clause_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"Rebels who tried to enter X were killed": when nothing else places a death or an
    injury, the place its victims were in or going to, told by a relative clause on them."""
    if doc.tokens[trigger].lemma not in TOLL_VERBS:
        return []
    found: list[Place] = []
    for subj in _subjects(doc, trigger):
        for clause in doc.children(subj):
            if doc.tokens[clause].dep != "relcl" or doc.tokens[clause].lemma in STATIVE:
                continue
            verbs = [clause] + [c for c in doc.children(clause) if doc.tokens[c].dep == "xcomp"]
            for verb in verbs:
                found.extend(_pp_places(doc, verb, LOCATIVE | DIRECTION, places, set())
                             or _object_places(doc, verb, places))
    return found


def _event_noun_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
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
            if _is_event_noun(doc, k):
                found.extend(_noun_scene(doc, k, places))
                if found:
                    return found
    return found


def _noun_scene(doc: ParsedDoc, noun: int, places: Sequence[Place]) -> list[Place]:
    """The places of an event noun's own phrase: its locative phrases, including those of a
    clause describing it ("shelling launched by helicopters on the village of X"), and the
    place it is "of"."""
    found: list[Place] = []
    inner = _phrase(doc, noun)
    for sub in sorted(inner):
        if doc.tokens[sub].dep == "prep" and doc.tokens[sub].lower in LOCATIVE:
            found.extend(_places_in(doc, [j for j in doc.subtree(sub) if j in inner], places))
    found.extend(_of_places(doc, noun, places))
    return found


def _is_event_noun(doc: ParsedDoc, k: int) -> bool:
    tok = doc.tokens[k]
    noun = tok.pos != "VERB" or (tok.tag == "VBG" and tok.dep in ("pobj", "pcomp", "nsubj", "nsubjpass",
                                                                 "dobj"))
    return noun and (tok.lemma in words("event_nouns") or tok.lower in words("event_nouns"))


def _phrase(doc: ParsedDoc, head: int) -> set[int]:
    """The subtree of ``head`` without the relative and other clauses inside it ("attacks on
    people who speak Tamil, which is common in India": not India), except clauses that
    describe an event noun ("the clashes that broke out in the towns of X"); inside such a
    clause another event noun is another event ("in Tuesday's attack, which was followed by
    another explosion in Colombo": not Colombo)."""
    out: set[int] = set()
    stack = [(head, False)]
    while stack:
        k, in_clause = stack.pop()
        event = _is_event_noun(doc, k)
        if in_clause and event:
            continue
        out.add(k)
        for c in doc.children(k):
            clause = doc.tokens[c].dep in _CLAUSES
            if event or not clause:
                stack.append((c, in_clause or clause))
    return out


def _clause_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"killed fighting in the town of Qusayr", "shot as they sat down to a meal in their
    Belfast home", "killed and wounded in the bombardment of X": the locative phrase of a
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
                    found.extend(_pp_places(doc, child, LOCATIVE, places, set()))
                    # a purpose ("met to discuss the war in X") is about another event
                    purpose = any(doc.tokens[a].lower == "to" and doc.tokens[a].dep == "aux"
                                  for a in doc.children(child))
                    found.extend(_object_pp_places(doc, child, places, -1, about=purpose))
                    found.extend(_nested_places(doc, child, places))
                    for obj in [] if purpose else doc.children(child):  # "while filming a clash … in Z"
                        if doc.tokens[obj].dep in ("dobj", "obj") and _is_event_noun(doc, obj):
                            found.extend(_noun_scene(doc, obj, places))
                    nxt.append(child)
        if found:
            return found
        frontier = nxt
    return found


def _antecedent_places(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
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
    return [p for p in _places_in(doc, doc.subtree(head), places) if _reaches(doc, head, p)]


def _subject_modifier(doc: ParsedDoc, trigger: int, places: Sequence[Place]) -> list[Place]:
    """"3,000 Hong Kong people demonstrated", "Basra residents protested": a place naming the
    home of a crowd that acts, when nothing else places the event. Not one person's home ("a
    Tampa woman shot her husband": she may have been anywhere), and a country only before a
    word for its civilians (before "troops" or "officials" it says who, not where)."""
    found: list[Place] = []
    for child in doc.children(trigger):
        subj = doc.tokens[child]
        if subj.dep in ("nsubj", "nsubjpass") and subj.tag in ("NNS", "NNPS"):
            for p in _places_in(doc, doc.subtree(child), places):
                last = doc.token_at(p.end - 1)
                if (last is not None and last.dep == "compound" and last.head == child
                        and ((subj.lower in CIVILIANS and subj.dep == "nsubj")
                             or not (p.feature_code or "").startswith("PCL"))):
                    found.append(p)
    return found


def _object_pp_places(doc: ParsedDoc, verb: int, places: Sequence[Place], skip: int,
                      about: bool = False) -> list[Place]:
    """"maintain troops in their border departments of Arauca and Apure": the locative
    phrase the parser hung on the verb's object (``about``: not when the object is an event
    noun, for a statement about that event)."""
    found: list[Place] = []
    for child in doc.children(verb):
        if about and _is_event_noun(doc, child):
            continue
        if child != skip and doc.tokens[child].dep in ("dobj", "obj"):
            found.extend(_pp_places(doc, child, LOCATIVE, places, set()))
            for sub in doc.children(child):  # "killed 130 at a stadium, cafes and a hall in Paris"
                if doc.tokens[sub].dep == "conj":
                    found.extend(_pp_places(doc, sub, LOCATIVE, places, set()))
                elif doc.tokens[sub].lower == "of":  # "detained dozens of activists in Minsk"
                    for obj in doc.children(sub):
                        if doc.tokens[obj].dep == "pobj":
                            found.extend(_pp_places(doc, obj, LOCATIVE, places, set()))
        elif (child != skip and doc.tokens[child].dep == "prep" and doc.tokens[child].lower == "from"
              and not about):  # "kidnapped students from a school in X" (not "a man from X")
            for obj in doc.children(child):
                if doc.tokens[obj].dep == "pobj" and doc.tokens[obj].pos == "NOUN":
                    found.extend(_pp_places(doc, obj, LOCATIVE, places, set()))
    return found


def _conjunct_places(doc: ParsedDoc, trigger: int, places: Sequence[Place],
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
               if doc.tokens[c].dep == "conj" and ((c in peers and _has_subject(doc, c)) or (
                   doc.tokens[c].tag == doc.tokens[trigger].tag
                   and not any(doc.tokens[a].dep in ("aux", "auxpass") for a in doc.children(c))))]
        found: list[Place] = []
        for verb in nxt:
            found.extend(_pp_places(doc, verb, LOCATIVE, places, set())
                         or _event_noun_places(doc, verb, places))
        if found:
            return found
        frontier = nxt
    return []


def _parties_places(doc: ParsedDoc, verb: int, places: Sequence[Place]) -> list[Place]:
    """"clashed with police in Cairo", "clashes erupted between police and protesters in
    Nairobi": a locative phrase the parser hung on the other party, which is the scene."""
    found: list[Place] = []
    for prep in doc.children(verb):
        if doc.tokens[prep].dep == "prep" and doc.tokens[prep].lower in PARTIES:
            objs = [o for o in doc.children(prep) if doc.tokens[o].dep == "pobj"]
            objs += [c for o in objs for c in doc.children(o) if doc.tokens[c].dep == "conj"]
            for obj in objs:
                found.extend(_pp_places(doc, obj, AMONG, places, set()))
    return found


def _has_subject(doc: ParsedDoc, verb: int) -> bool:
    return any(doc.tokens[c].dep in ("nsubj", "nsubjpass") for c in doc.children(verb))


def _nested_places(doc: ParsedDoc, head: int, places: Sequence[Place]) -> list[Place]:
    """"sat down to a meal in their Belfast home": a locative phrase on the object of
    another phrase of the verb."""
    found: list[Place] = []
    for child in doc.children(head):
        tok = doc.tokens[child]
        if tok.dep == "prep" and tok.lower not in LOCATIVE and tok.lower not in ("of", "from", "by"):
            for obj in doc.children(child):
                if doc.tokens[obj].dep == "pobj":
                    found.extend(_pp_places(doc, obj, LOCATIVE, places, set()))
    return found


def _best(doc: ParsedDoc, found: Sequence[Place]) -> Place | None:
    """The first named place (the most specific comes first: "al-Tijara neighbourhood in
    central Damascus"), preferring the phrase's own name over a possessor or modifier
    ("Syria's Raqqa", "the Belarus capital Minsk"); a named site counts like a town ("at Amari
    Square in central Kabul": the square); a side only when nothing else is named. A
    country that only modifies another noun ("a U.S. airstrike", "a US convoy") says who
    acted, not where."""
    ranked: list[tuple[int, int, Place]] = []
    wrappers = [p for p in found if p.kind in ("border", "side")]
    for p in found:
        if p.kind == "toponym" and any(w.start <= p.start and p.end <= w.end for w in wrappers):
            continue  # "towards the border with Colombia": the border, not Colombia
        tok = doc.token_at(p.start)
        last = doc.token_at(p.end - 1) or tok
        dep = last.dep if last is not None else ""
        head = doc.tokens[last.head] if last is not None else None
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
        rank = (0 if p.kind in ("toponym", "border", "landmark") else 2) + (1 if modifier else 0)
        ranked.append((rank, p.start, p))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _scene_noun(doc: ParsedDoc, noun: int) -> bool:
    """The noun is the object of a locative preposition ("at Umm Qasr junction", "in a Kabul
    market"): a town or region naming it says where (a country naming it says who: "in a
    U.S. airstrike")."""
    tok = doc.tokens[noun]
    return tok.dep == "pobj" and doc.tokens[tok.head].lower in LOCATIVE and not _is_event_noun(doc, noun)


def _names_of(doc: ParsedDoc, noun: int, found: Sequence[Place]) -> bool:
    """Whether a place among ``found`` names ``noun`` through "of" ("the island of X")."""
    for child in doc.children(noun):
        if doc.tokens[child].dep == "prep" and doc.tokens[child].lower == "of":
            span = doc.subtree(child)
            if _places_in(doc, span, found):
                return True
    return False
