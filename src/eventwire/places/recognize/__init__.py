"""The recognition step: which spans of an article name places.

:func:`find_mentions` (in :mod:`~eventwire.places.recognize.finder`) runs the passes in
order of trust and returns :class:`~eventwire.places.mention.Mention` objects:

- entities labelled GPE, LOC or FAC, and places inside organisation names (``finder``);
- token passes for what the entity recogniser misses or mislabels:
  :mod:`~eventwire.places.recognize.datelines`, :mod:`~eventwire.places.recognize.counties`,
  :mod:`~eventwire.places.recognize.borders` (borders and sides),
  :mod:`~eventwire.places.recognize.untagged_names` (names the words around mark),
  :mod:`~eventwire.places.recognize.marked_by_context` (with
  :mod:`~eventwire.places.recognize.street_names`,
  :mod:`~eventwire.places.recognize.hyphen_names` and
  :mod:`~eventwire.places.recognize.home_towns`), :mod:`~eventwire.places.recognize.sites`
  (buildings, squares, camps), :mod:`~eventwire.places.recognize.repeats` (a name read as a
  place elsewhere in the article) and :mod:`~eventwire.places.recognize.name_extent` (names
  grown to what the gazetteer knows);
- :mod:`~eventwire.places.recognize.references`: demonyms and metonyms;
- :mod:`~eventwire.places.recognize.nonplaces`: the one filter that drops what names no place.

Reads the gazetteer (to know names) and the shared :mod:`~eventwire.places.mention` and
:mod:`~eventwire.places.lexicon`; never the resolution or location steps.
"""

from .entity_places import PLACE_LABELS
from .finder import find_mentions

__all__ = ["PLACE_LABELS", "find_mentions"]
