"""Find place mentions (toponyms, borders, sides, landmarks) in a parsed article.

Sources, in order of trust:

1. named entities labelled GPE, LOC or FAC (FAC only when it names a street, road or
   landmark, or the gazetteer knows it);
2. a place name opening an organisation or facility name ("Corran Parish Fire District",
   "Wend County Jail") or closing it after "of" ("University of Tarnfield");
3. names the context marks as places (:mod:`~eventwire.places.recognize.marked_by_context`, and a name after a
   locative preposition or ending in a street word even where the recogniser called it a
   person: "in Taji", "Gresham Drive");
4. borders ("the border with Venezuela", "the Utopian-Ruritanian border") and sides
   ("the Colombian side");
5. references (:mod:`~eventwire.places.recognize.references`): demonyms ("Colombian", "Russians") and
   towns the actors stage coded as metonyms ("Moscow said"), with kinds ``demonym`` and
   ``metonym``: they name a place but are no place where anything happens.

Everything is token based, so unparsed sentences are handled the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import ActorMention
from ...nlp.document import ParsedDoc
from ..gazetteer.index import PlaceCandidate
from ..mention import Mention
from .article_names import ArticleNames
from .borders import borders_and_sides
from .counties import counties
from .datelines import datelines
from .entity_places import entity_mentions
from .marked_by_context import context_marked
from .name_extent import widen
from .nonplaces import spurious
from .references import demonym_mentions, location_mentions, metonym_mentions
from .repeats import repeats
from .sites import coordinated, placed_by_region, possessed
from .untagged_names import untagged


def find_mentions(
    doc: ParsedDoc,
    actors: list[ActorMention],
    lookup: Callable[[str], tuple[PlaceCandidate, ...]],
) -> list[Mention]:
    """Place mentions of ``doc``, sorted by start. ``lookup(name)`` gives the gazetteer's
    places of that name (used to accept facility and organisation parts, and names the
    entity recogniser mislabelled).

    County names come first, then the entities (:func:`entity_mentions`), then the token
    passes of :data:`TOKEN_PASSES` in order, each seeing what the earlier ones found; every
    mention is then grown to its whole name and filtered by
    :func:`~eventwire.places.recognize.nonplaces.spurious`."""
    art = ArticleNames(doc, actors, lookup)
    out: list[Mention] = counties(doc, set(), art.known)
    entity_mentions(art, out)
    for _name, run in TOKEN_PASSES:
        out.extend(run(art, out))
    out = [m for m in widen(doc, out, art.known) if not spurious(doc, m, lookup)]
    groups = {(a.start, a.end) for a in actors if a.kind == "group"}  # "Red Hand", "Red Hand camp"
    out = [m for m in out if m.kind not in ("toponym", "landmark") or (m.start, m.end) not in groups
           or art.admin_or_country(m.text)]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _tokens_of(found: list[Mention]) -> set[int]:
    return {t for m in found for t in range(m.first, m.last)}


# The token passes, in order: each takes the article and the mentions found so far and
# returns new ones; each is testable alone.
TokenPass = Callable[[ArticleNames, list[Mention]], list[Mention]]


def _dateline_pass(art: ArticleNames, found: list[Mention]) -> list[Mention]:
    taken = _tokens_of(found)
    return [m for m in datelines(art.doc, art.known) if m.first not in taken]


def _context_pass(art: ArticleNames, found: list[Mention]) -> list[Mention]:
    """Names the words around mark, then untagged names (both take the tokens they claim)."""
    taken = _tokens_of(found)
    out = context_marked(art.doc, found, taken, art.known, art.person_words)
    return out + untagged(art.doc, taken, art.known, art.strong, art.spelled)


def _repeat_pass(art: ArticleNames, found: list[Mention]) -> list[Mention]:
    return repeats(art.doc, found, art.person_words, {s for s, _e in art.metonyms}, art.known)


def _location_pass(art: ArticleNames, found: list[Mention]) -> list[Mention]:
    refs = location_mentions(art.doc, art.actors, _tokens_of(found), art.lookup)
    return [m for m in refs if m.text not in art.person_words]  # not "Paris" of "Dale Hollis Paris"


def _metonym_pass(art: ArticleNames, found: list[Mention]) -> list[Mention]:
    refs = metonym_mentions(art.doc, art.actors, _tokens_of(found), art.lookup)
    return [m for m in refs if m.text not in art.person_words]


TOKEN_PASSES: tuple[tuple[str, TokenPass], ...] = (
    ("datelines", _dateline_pass),
    ("marked_by_context", _context_pass),
    ("repeats", _repeat_pass),
    ("placed_by_region", lambda art, found: placed_by_region(art.doc, found)),
    ("possessed", lambda art, found: possessed(art.doc, found, art.known)),
    ("coordinated", lambda art, found: coordinated(art.doc, found, art.known, art.party_or_person)),
    ("borders_and_sides", lambda art, found: borders_and_sides(art.doc, found)),
    ("locations_in_names", _location_pass),
    ("metonyms", _metonym_pass),
    ("demonyms", lambda art, found: demonym_mentions(art.doc, _tokens_of(found), art.known)),
)
