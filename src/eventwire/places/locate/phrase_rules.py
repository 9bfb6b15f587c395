"""Event location, phrase level: the places a word's own phrases reach (its locative
phrases, its object, the event noun it names), and the word lists these rules use. See
:mod:`~eventwire.places.locate.event_rules` for the order in which they are tried."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Place
from ...nlp.document import ParsedDoc
from ..lexicon import words
from ..mention import place_noun_after

LOCATIVE = words("scene_preps")  # not "amid": "amid reports of raids" is no scene
# nouns for people (besides the places word list's people_nouns): a place naming them says
# where they are from
PERSON_NOUNS = words("person_nouns")
# objects whose "of" names what is taken ("seized control of X")
CONTROL = words("control_nouns")
# prepositions naming the other party of a clash
PARTIES = frozenset({"between", "with", "among", "amongst"})
# where people are, as opposed to whose side they are on ("fighters on the Valdorian side")
AMONG = words("among_preps")
DIRECTION = words("destination_preps")
# nouns naming the violent act or its instrument: their own locative phrase places the event
# ("a car bomb in Hama province killed 34", "killed since the start of the war in Syria")
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "conj", "xcomp", "relcl", "acl", "pcomp"})
# "10 miles from X": a distance before "from" makes it a location, not an origin
DISTANCE_UNITS = words("distance_units")
# crowds named after the place they live in ("Tarnfield people marched")
CIVILIANS = words("civilian_nouns")
# prepositions that put an event noun before or after the trigger: another event
SEQUENCE = words("sequence_words")
# verbs that tell the toll of a violent event: they happen where it happened
TOLL_VERBS = words("toll_verbs")
# verbs of a victim's home or origin, or of a place left ("a man who lived in X", "who fled X")
STATIVE = words("stative_verbs")
# verbs that report an event: where they are said is not where it happened
REPORTING = words("reporting_verbs")
# nouns for part of a place, besides the places word list's place_nouns ("the port of X")
SITE_NOUNS = words("scene_site_nouns")
# prepositions a place may hang under inside a scene's phrase
SCENE_PATH = LOCATIVE | DIRECTION | words("scene_path_preps")
# the kinds of Place that can be where something happened; "demonym" ("Russian") and
# "metonym" ("Moscow said") are references to a place standing for its people or
# government, never a scene
EVENT_PLACE_KINDS = frozenset({"toponym", "border", "side", "landmark"})


def places_in(doc: ParsedDoc, tokens: Sequence[int], places: Sequence[Place]) -> list[Place]:
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


def pp_places(doc: ParsedDoc, head: int, preps: frozenset[str], places: Sequence[Place],
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
            found.extend(p for p in places_in(doc, sorted(phrase(doc, child)), places)
                         if _through_scene_words(doc, p, child))
            if locative and tok.lower in words("vicinity_preps"):
                found.extend(_where_they_are(doc, child, places))
        elif locative and tok.dep in ("advmod", "npadvmod") and (
                tok.lower in words("directions") or tok.lower == "away"):
            for prep in doc.children(child):  # "20 km north of Baghdad", "30 km away from Kandahar"
                if doc.tokens[prep].dep == "prep" and doc.tokens[prep].lower in ("of", "from"):
                    found.extend(places_in(doc, sorted(phrase(doc, prep)), places))
    return found


def _where_they_are(doc: ParsedDoc, prep: int, places: Sequence[Place]) -> list[Place]:
    """"exploded near troops who were operating in X": a relative clause on the people the
    act happened next to, saying where they were."""
    found: list[Place] = []
    for obj in doc.children(prep):
        if doc.tokens[obj].dep == "pobj" and is_person_noun(doc, obj):
            for clause in doc.children(obj):
                if doc.tokens[clause].dep == "relcl" and doc.tokens[clause].lemma not in STATIVE - {"be"}:
                    found.extend(pp_places(doc, clause, AMONG, places, set()))
    return found


def _through_scene_words(doc: ParsedDoc, p: Place, top: int) -> bool:
    """The place hangs under the phrase ``top`` only through prepositions that keep a scene
    ("in clashes with police in X", "in the bombardment of X"), not through one that
    names a purpose, a cause or an origin ("on charges of spying for Israel", "in an attack
    by gunmen from X")."""
    tok = doc.token_at(p.end - 1)
    if tok is None:
        return False
    j = tok.i
    for _ in range(40):
        if j == top:
            return True
        t = doc.tokens[j]
        measured = t.lower == "from" and (doc.tokens[t.head].lower in DISTANCE_UNITS or doc.tokens[
            t.head].lower == "away")  # "two kilometres away from X"
        if t.dep in ("prep", "agent") and t.lower not in SCENE_PATH and not measured:
            return False
        if t.head == j:
            return False
        j = t.head
    return False


def of_places(doc: ParsedDoc, noun: int, places: Sequence[Place]) -> list[Place]:
    """"the shelling of Homs", "the siege of the town of X": the place an event noun is of."""
    found: list[Place] = []
    for prep in doc.children(noun):
        if doc.tokens[prep].dep == "prep" and doc.tokens[prep].lower == "of":
            for obj in doc.children(prep):
                found.extend(p for p in places_in(doc, doc.subtree(obj), places) if reaches(doc, obj, p))
    return found


def object_places(doc: ParsedDoc, head: int, places: Sequence[Place]) -> list[Place]:
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
                found.extend(p for p in places_in(doc, doc.subtree(obj), places)
                             if doc.token_at(p.start) is not None and reaches(doc, obj, p)
                             and not (is_person_noun(doc, obj) and modifies(doc, p, obj))
                             and not _names_a_person(doc, p))
    return found


def _names_a_person(doc: ParsedDoc, p: Place) -> bool:
    """"Texas Senator Ted Cruz", "Kabul governor": the place is followed by a person's title
    or name, whatever the parser made of it."""
    last = doc.token_at(p.end - 1)
    if last is None or last.i + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[last.i + 1]
    if place_noun_after(doc, last.i + 1):
        return False  # "the Tarnfield refugee camp": a place noun, not a person's title
    return nxt.sent == last.sent and (nxt.ent_type == "PERSON" or nxt.lower in PERSON_NOUNS)


def is_person_noun(doc: ParsedDoc, k: int) -> bool:
    """"man", "soldiers", "the Texas senator", "Texas Senator Ted Cruz", "the Ashby Rovers":
    a noun or name for people or an organisation, whose place modifier is their home or seat
    ("a Chicago man was shot", "backed Texas Senator Ted Cruz": not where)."""
    tok = doc.tokens[k]
    return (tok.lemma in PERSON_NOUNS or tok.lower in PERSON_NOUNS or tok.lower in words("people_nouns")
            or tok.ent_type in ("PERSON", "ORG", "NORP"))


def modifies(doc: ParsedDoc, p: Place, noun: int) -> bool:
    last = doc.token_at(p.end - 1)
    return last is not None and last.i != noun and last.dep in ("compound", "amod", "nmod", "poss")


def reaches(doc: ParsedDoc, head: int, p: Place) -> bool:
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
            of = doc.tokens[t.head]  # "the town of Olmsk", "the cities of Varnholt"
            if doc.tokens[of.head].lower in words("place_nouns") or doc.tokens[of.head].lower in SITE_NOUNS:
                j = of.head  # "the port of Mariupol", "the outskirts of X"
                continue
        if t.head == j or (t.dep not in ("compound", "amod", "nmod", "poss", "flat", "appos", "conj")
                           and not (t.ent_type and doc.tokens[t.head].ent_type == t.ent_type)):
            return False
        j = t.head
    return False


def subjects(doc: ParsedDoc, verb: int) -> list[int]:
    """The verb's subjects, and the noun after "of" when the subject is a quantity ("a number
    of militants", "crowds of marchers")."""
    subjects = [c for c in doc.children(verb) if doc.tokens[c].dep in ("nsubj", "nsubjpass")]
    return subjects + [o for s in subjects for c in doc.children(s)
                       if doc.tokens[c].lower == "of" for o in doc.children(c) if doc.tokens[o].dep == "pobj"]


def is_event_noun(doc: ParsedDoc, k: int) -> bool:
    tok = doc.tokens[k]
    noun = tok.pos != "VERB" or (tok.tag == "VBG" and tok.dep in ("pobj", "pcomp", "nsubj", "nsubjpass",
                                                                 "dobj"))
    return noun and (tok.lemma in words("event_nouns") or tok.lower in words("event_nouns"))


def phrase(doc: ParsedDoc, head: int) -> set[int]:
    """The subtree of ``head`` without the relative and other clauses inside it ("attacks on
    people who speak Tamil, which is common in India": not India), except clauses that
    describe an event noun ("the clashes that broke out in the towns of X"); inside such a
    clause another event noun is another event ("in Tuesday's attack, which was followed by
    another explosion in Colombo": not Colombo)."""
    out: set[int] = set()
    stack = [(head, False)]
    while stack:
        k, in_clause = stack.pop()
        event = is_event_noun(doc, k)
        if in_clause and event:
            continue
        out.add(k)
        for c in doc.children(k):
            clause = doc.tokens[c].dep in _CLAUSES
            if event or not clause:
                stack.append((c, in_clause or clause))
    return out


def noun_scene(doc: ParsedDoc, noun: int, places: Sequence[Place]) -> list[Place]:
    """The places of an event noun's own phrase: its locative phrases, including those of a
    clause describing it ("shelling launched by helicopters on the village of X"), and the
    place it is "of"."""
    found: list[Place] = []
    inner = phrase(doc, noun)
    for sub in sorted(inner):
        if doc.tokens[sub].dep == "prep" and doc.tokens[sub].lower in LOCATIVE:
            found.extend(places_in(doc, [j for j in doc.subtree(sub) if j in inner], places))
    found.extend(of_places(doc, noun, places))
    return found


def object_pp_places(doc: ParsedDoc, verb: int, places: Sequence[Place], skip: int,
                      about: bool = False) -> list[Place]:
    """"maintain troops in their border departments of Arauca and Apure": the locative
    phrase the parser hung on the verb's object (``about``: not when the object is an event
    noun, for a statement about that event)."""
    found: list[Place] = []
    for child in doc.children(verb):
        if about and is_event_noun(doc, child):
            continue
        if child != skip and doc.tokens[child].dep in ("dobj", "obj"):
            found.extend(pp_places(doc, child, LOCATIVE, places, set()))
            for sub in doc.children(child):  # "killed 130 at a stadium, cafes and a hall in Paris"
                if doc.tokens[sub].dep == "conj":
                    found.extend(pp_places(doc, sub, LOCATIVE, places, set()))
                elif doc.tokens[sub].lower == "of":  # "detained dozens of activists in Minsk"
                    for obj in doc.children(sub):
                        if doc.tokens[obj].dep == "pobj":
                            found.extend(pp_places(doc, obj, LOCATIVE, places, set()))
                elif doc.tokens[sub].dep == "acl" and doc.tokens[sub].tag in ("VBN", "VBG"):
                    # "shelled positions held by the army near the airport in X"
                    found.extend(pp_places(doc, sub, LOCATIVE, places, set()))
        elif (child != skip and doc.tokens[child].dep == "prep" and doc.tokens[child].lower == "from"
              and not about):  # "kidnapped students from a school in X" (not "a man from X")
            for obj in doc.children(child):
                if doc.tokens[obj].dep == "pobj" and doc.tokens[obj].pos == "NOUN":
                    found.extend(pp_places(doc, obj, LOCATIVE, places, set()))
    return found


def has_subject(doc: ParsedDoc, verb: int) -> bool:
    return any(doc.tokens[c].dep in ("nsubj", "nsubjpass") for c in doc.children(verb))
