"""The location step: the place where each event happened, among the places of its sentence.

- :mod:`~eventwire.places.locate.ranker` — :func:`rank_place`, a learned ranker over the
  places of the sentence and "no place" (features in
  :mod:`~eventwire.places.locate.ranker_features`; trained by
  :mod:`~eventwire.places.locate.ranker_train` on sentences prepared by
  :mod:`~eventwire.places.locate.ranker_data`, ``eventwire train event-location``);
- :mod:`~eventwire.places.locate.event_rules` — :func:`locate_event`, the hand-written rules
  whose choice is one of the ranker's features: phrase paths in
  :mod:`~eventwire.places.locate.phrase_rules`, clause paths in
  :mod:`~eventwire.places.locate.clause_rules`, a token fallback for unparsed sentences in
  :mod:`~eventwire.places.locate.unparsed_rules`.

Reads resolved places (``model.Place``) and the parse; never the recognition or resolution
steps.
"""

from .event_rules import locate_event
from .ranker import rank_place

__all__ = ["locate_event", "rank_place"]
