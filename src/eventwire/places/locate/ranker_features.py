"""What the event → place ranker reads about each option: the places of the trigger's
sentence, and "no place".

Every feature is a name (value 1) or a name with a number; the ranker
(:mod:`~eventwire.places.locate.ranker`) weighs them. A candidate place is described by how
it hangs from the trigger in the parse (token distance, the length and labels of the
dependency path, the preposition heading it, whether it only modifies a person, an
organisation or another noun), where it sits in the sentence, what kind of place it is
(toponym, demonym, metonym, border; country, region or town), and whether the rules of
:func:`~eventwire.places.locate.event_rules.locate_event` pick it. The "no place" option reads how
many places there are and whether the rules found none.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...model import Place
from ...nlp.document import ParsedDoc
from ..lexicon import words
from .phrase_rules import DIRECTION, LOCATIVE, PERSON_NOUNS, REPORTING, SEQUENCE

Features = dict[str, float]
NONE = "none"
# prepositions worth a feature of their own (any other: "prep=other")
_PREPS = LOCATIVE | DIRECTION | SEQUENCE | words("feature_preps")
_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "acl", "xcomp", "conj", "pcomp", "csubj"})


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f"{edges[-1]}+"


def place_head(doc: ParsedDoc, p: Place) -> int | None:
    """The token of ``p`` whose head lies outside it (its last token when the parse has none)."""
    first, last = doc.token_at(p.start), doc.token_at(p.end - 1)
    if first is None or last is None:
        return None
    for i in range(first.i, last.i + 1):
        h = doc.tokens[i].head
        if h == i or not (first.i <= h <= last.i):
            return i
    return last.i


def _chain(doc: ParsedDoc, i: int) -> list[int]:
    """``i`` and its ancestors up to the root."""
    out = [i]
    for a in doc.ancestors(i):
        if a in out or len(out) > 60:
            break
        out.append(a)
    return out


def _governing_prep(doc: ParsedDoc, up: list[int]) -> str | None:
    for j in up[1:]:
        t = doc.tokens[j]
        if t.dep in ("prep", "agent") or t.pos == "ADP":
            return t.lower
        if t.pos == "VERB" or t.dep in ("ROOT", "relcl", "ccomp", "advcl"):
            return None
    return None


def _modifies_someone(doc: ParsedDoc, head: int) -> str | None:
    """Whether the place is a modifier of a person, an organisation or another noun ("a
    Chicago man", "the Kabul government", "a London-based group"): what it modifies."""
    tok = doc.tokens[head]
    if tok.dep not in _MODIFIER_DEPS and not (tok.dep == "pobj" and doc.tokens[tok.head].lower == "from"):
        return None
    noun = doc.tokens[tok.head] if tok.dep != "pobj" else doc.tokens[doc.tokens[tok.head].head]
    if noun.lemma in PERSON_NOUNS or noun.lower in words("people_nouns"):
        return "person"
    if noun.ent_type in ("PERSON", "ORG", "NORP"):
        return noun.ent_type.lower()
    if noun.lower in words("place_nouns"):
        return "place"
    return "noun" if tok.dep != "pobj" else None


def path_length(doc: ParsedDoc, trigger: int, p: Place) -> int:
    """Dependency edges between the trigger and the head of ``p`` (99: not connected)."""
    head = place_head(doc, p)
    if head is None or not doc.sentences[doc.tokens[trigger].sent].parsed:
        return 99
    up, down = _chain(doc, head), _chain(doc, trigger)
    seen = set(down)
    common = next((j for j in up if j in seen), None)
    return 99 if common is None else up.index(common) + down.index(common)


def candidate_features(doc: ParsedDoc, trigger: int, p: Place, local: Sequence[Place], rule: Place | None,
                       *, directional: bool, verbal: bool, peers: Collection[int] = ()) -> Features:
    """The features of place ``p`` as the place of the event whose trigger is ``trigger``."""
    f: Features = {"bias": 1.0, f"kind={p.kind}": 1.0, f"fc={_feature_class(p)}": 1.0,
                   f"pop={_bucket(len(str(p.population or 0)), (1, 3, 5, 6))}": 1.0}
    picked = rule is not None and rule.start == p.start and rule.end == p.end
    if picked:
        f["rule"] = 1.0
        f[f"rule&kind={p.kind}"] = 1.0
    head = place_head(doc, p)
    if head is None:
        return f
    _position_features(f, doc, trigger, head, p, local)
    if not doc.sentences[doc.tokens[trigger].sent].parsed:
        f["unparsed"] = 1.0
        return f
    up, down = _chain(doc, head), _chain(doc, trigger)
    common = next((j for j in up if j in set(down)), None)
    if common is None:
        f["path=none"] = 1.0
        return f
    rise, fall = up[: up.index(common)], down[: down.index(common)]
    f[f"path={_bucket(len(rise) + len(fall), (1, 2, 3, 4, 6, 9))}"] = 1.0
    shortest = min((path_length(doc, trigger, q) for q in local), default=99)
    f[f"shortest={int(len(rise) + len(fall) <= shortest)}"] = 1.0
    f[f"under_trigger={int(common == trigger)}"] = 1.0
    f[f"under_trigger={int(common == trigger)}&lemma={doc.tokens[trigger].lemma}"] = 1.0
    f[f"path={_bucket(len(rise) + len(fall), (1, 2, 3, 4, 6, 9))}&rule={int(picked)}"] = 1.0
    labels = [doc.tokens[j].dep for j in rise]
    f["up=" + ">".join(labels[:3])] = 1.0
    f[f"up={'>'.join(labels[:2])}&rule={int(picked)}"] = 1.0
    f["up2=" + ">".join(labels[-2:])] = 1.0
    f["down=" + ">".join(doc.tokens[j].dep for j in fall[:2])] = 1.0
    if any(doc.tokens[j].lemma in REPORTING for j in [*fall[1:], common]) and common != trigger:
        f["via_reporting"] = 1.0
    # the place hangs under another verb with its own subject ("he was arrested in 2004 and
    # his brother was arrested in X"), or under another event's trigger
    if any(doc.tokens[j].pos in ("VERB", "AUX") and any(
            doc.tokens[c].dep in ("nsubj", "nsubjpass") for c in doc.children(j)) for j in rise):
        f["via_own_clause"] = 1.0
    if any(j in peers for j in rise):
        f["via_peer"] = 1.0
    clauses = sum(doc.tokens[j].dep in _CLAUSE_DEPS for j in rise + fall)
    f[f"clauses={_bucket(clauses, (0, 1, 2))}"] = 1.0
    if verbal:
        f[f"verbal&under_trigger={int(common == trigger)}"] = 1.0
    _preposition_features(f, doc, trigger, up, rise, picked=picked, directional=directional)
    _attachment_features(f, doc, head, p, local)
    return f


def _position_features(f: Features, doc: ParsedDoc, trigger: int, head: int, p: Place,
                       local: Sequence[Place]) -> None:
    """Where the place sits: side of and distance to the trigger, rank among the places,
    neighbouring words, third of the sentence."""
    sent = doc.sentences[doc.tokens[trigger].sent]
    dist = head - trigger
    f[f"dir={'after' if dist > 0 else 'before'}"] = 1.0
    f[f"dist={_bucket(abs(dist), (1, 2, 3, 5, 8, 12, 20))}"] = 1.0
    f["log_dist"] = min(abs(dist), 60) / 20.0
    order = sorted(local, key=lambda q: abs((place_head(doc, q) or 0) - trigger))
    f[f"near_rank={_bucket(order.index(p), (0, 1))}"] = 1.0
    f[f"first={int(local[0] is p)}"] = 1.0
    f[f"only={int(len(local) == 1)}"] = 1.0
    first, last = doc.token_at(p.start), doc.token_at(p.end - 1)
    if first is not None and first.i > sent.first:
        f[f"before={doc.tokens[first.i - 1].lower}"] = 1.0
    if last is not None and last.i + 1 < sent.last:
        f[f"after={doc.tokens[last.i + 1].lower}"] = 1.0
    f[f"sent_pos={_bucket(3 * (head - sent.first) // max(1, sent.last - sent.first), (0, 1))}"] = 1.0


def _preposition_features(f: Features, doc: ParsedDoc, trigger: int, up: list[int], rise: list[int],
                          *, picked: bool, directional: bool) -> None:
    """The preposition nearest the place and the one nearest the trigger on the path."""
    trig = doc.tokens[trigger]
    preps = [doc.tokens[j].lower for j in rise if doc.tokens[j].dep in ("prep", "agent")]
    if preps:  # the preposition nearest the trigger ("killed in clashes in X": "in")
        f[f"top_prep={preps[-1] if preps[-1] in _PREPS else 'other'}"] = 1.0
    prep = _governing_prep(doc, up)
    prep_name = prep if prep is None or prep in _PREPS else "other"
    f[f"prep={prep_name}"] = 1.0
    pos = "noun" if trig.pos in ("NOUN", "PROPN") else "verb"
    f[f"prep={prep_name}&trig={pos}"] = 1.0
    f[f"prep={prep_name}&rule={int(picked)}"] = 1.0
    f[f"prep={prep_name}&lemma={trig.lemma}"] = 1.0
    if prep in DIRECTION:
        f[f"direction&directional={int(directional)}"] = 1.0


def _attachment_features(f: Features, doc: ParsedDoc, head: int, p: Place, local: Sequence[Place]) -> None:
    """How the place attaches: its dependency label, what it modifies, whether another
    place (a border, a side) wraps it."""
    tok = doc.tokens[head]
    f[f"pdep={tok.dep}"] = 1.0
    f[f"pdep={tok.dep}&head={doc.tokens[tok.head].pos}"] = 1.0
    modifies = _modifies_someone(doc, head)
    if modifies:
        f[f"modifies={modifies}"] = 1.0
    if any(q is not p and q.start <= p.start and p.end <= q.end for q in local):
        f["inside_other"] = 1.0


def none_features(doc: ParsedDoc, trigger: int, local: Sequence[Place], rule: Place | None,
                  *, verbal: bool, event_type: str | None = None) -> Features:
    """The features of "this event has no place in its sentence"."""
    trig = doc.tokens[trigger]
    sent = doc.sentences[trig.sent]
    scenes = [p for p in local if p.kind in ("toponym", "border", "side", "landmark")]
    f: Features = {NONE: 1.0, f"{NONE}&rule={'none' if rule is None else 'place'}": 1.0,
                   f"{NONE}&places={_bucket(len(local), (0, 1, 2, 3))}": 1.0,
                   f"{NONE}&scenes={_bucket(len(scenes), (0, 1, 2))}": 1.0,
                   f"{NONE}&parsed={int(sent.parsed)}": 1.0,
                   f"{NONE}&trig={trig.pos}": 1.0, f"{NONE}&lemma={trig.lemma}": 1.0,
                   f"{NONE}&tdep={trig.dep}": 1.0}
    if verbal:
        f[f"{NONE}&verbal"] = 1.0
    f[f"{NONE}&type={event_type}"] = 1.0
    heads = [h for h in (place_head(doc, p) for p in scenes) if h is not None]
    if heads:
        near = min(abs(h - trigger) for h in heads)
        f[f"{NONE}&nearest={_bucket(near, (2, 4, 8, 15))}"] = 1.0
        shortest = min(path_length(doc, trigger, p) for p in scenes)
        f[f"{NONE}&shortest_path={_bucket(shortest, (1, 2, 3, 5))}"] = 1.0
    if any(doc.tokens[c].dep == "prep" and doc.tokens[c].lower in LOCATIVE for c in doc.children(trigger)):
        f[f"{NONE}&locative_on_trigger"] = 1.0
    return f


def _feature_class(p: Place) -> str:
    code = p.feature_code or ""
    if not code:
        return "unresolved" if p.lat is None else "point"
    if code.startswith("PCL"):
        return "country"
    if code.startswith("ADM1"):
        return "adm1"
    if code.startswith("ADM"):
        return "adm"
    if code.startswith("PPL"):
        return "town"
    return "other"
