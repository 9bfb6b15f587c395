"""Actor recognition and coding: countries, governments, armed groups, organisations,
people with roles, and their pronouns and descriptions.

The stage is :class:`eventwire.actors.stage.ActorStage` (registered as ``"actors"``); its
tables are documented in ``eventwire/data/actors/README.md`` and users extend them with the
stage option ``extra``. Each :class:`~eventwire.model.ActorMention` has one of these kinds:

- ``country``: a country name or demonym adjective ("Colombia", "Russian");
- ``metonym``: a capital or seat of power standing for its government, in an actor's
  position only: subject or agent, possessor, object of "with/against/by/between" or of a
  verb that does not take places ("Moscow said", "Washington's decision", "talks with
  Beijing", "the White House declined"); elsewhere ("in central Kharkiv", "Paris, Texas",
  "Washington Drive", "captured Kabul") it is a ``location`` — the same test and word lists
  as the places stage (:mod:`eventwire.actors.positions`); see :func:`is_metonym`;
- ``location``: a capital after a preposition ("in Moscow") or a region from the regions
  table ("Gaza", "Arauca"): a place, given as an actor so that events can take it as a
  target; places should treat it as a place;
- ``government``: a state institution or its people ("the Russian Embassy", "Venezuelan
  troops", "the Maduro government");
- ``organisation`` / ``group``: named bodies and armed groups ("NATO", "ELN"), and
  unnamed ones ("a veterans' group", "Colombians", "guerrillas");
- ``person``: a named person, with ``role``, ``affiliation`` and the ``code`` they act for;
- ``description``: a definite description resolved to an entity ("the minister", "that
  country", "both nations" — one mention per country, same span);
- ``pronoun``: a resolved pronoun ("he", "its", "they", "who").

Plural references to groups ("these groups", "the groups", "the rebels" with no country)
resolve to the most recent collection of groups — a coordination ("the ELN and FARC
dissidents") or an apposition ("groups outside the law, the guerrillas of the ELN and
dissidents of the FARC", whose head also takes the apposed code) — one mention per member.
A "he"/"she" opening a sentence continues the previous sentence's last clause subject when
that is a country and no person is that sentence's main subject (translated news: "Colombia
does not recognize ... Instead, he endorses ...").

Leaders from the table are told apart from namesakes (:mod:`eventwire.actors.namesakes`):
a written given name must fit the leader's ("Jeb Bush" is not George W. Bush, "Senior
Colonel Li Xi" not Xi Jinping), a bare surname needs support in the article (the full name,
a title fitting the office, a government noun after it, or the publication date within the
leader's time in office), and a person a spokesman's or aide's description names is not a
head of state or government.

A leader from the table holds the table's office only while in office at the publication
date (before or after, the person keeps the country, not the role or sector; an article
without a date keeps the office and its ``reason`` says it was not checked). The text's own
words say who other people are (:mod:`eventwire.actors.org_titles`): an organisation and
a title before the name ("FBI Director Alan Marsh") give its country, sector and the role;
an abbreviated title ("Gov. X") gives role and sector; an unknown organisation "in <place>"
takes that place's country. A named person or organisation outside the state sectors never
takes the article's topic country without such evidence (an American analyst quoted in a
North Korea story is not North Korean).

Mentions of one entity share ``entity``; a pronoun or description has the entity of what
it refers to, so its named antecedent is the nearest earlier mention with that entity
whose kind is not ``pronoun``/``description``. ``reason`` says why a code is missing or
was inferred from the article's context.
"""

from __future__ import annotations

from ..model import ActorMention


def is_metonym(mention: ActorMention) -> bool:
    """Whether ``mention`` is a capital or seat of power standing for its government
    ("Moscow said", "the White House warned") rather than a place."""
    return mention.kind == "metonym"


__all__ = ["is_metonym"]
