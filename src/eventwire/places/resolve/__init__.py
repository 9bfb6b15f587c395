"""The resolution step: which gazetteer entry each place mention names, read against the
whole article.

- :mod:`~eventwire.places.resolve.resolver` — :class:`Resolver`: candidates, evidence, places;
- :mod:`~eventwire.places.resolve.rounds` — the rounds of choices, each name against the others;
- :mod:`~eventwire.places.resolve.candidates` — the candidate list of a mention before scoring;
- :mod:`~eventwire.places.resolve.article_context` — the article as evidence: the countries,
  regions and points chosen so far, and the score of one candidate against them;
- :mod:`~eventwire.places.resolve.locale_country` — the country whose local news vocabulary
  the article uses;
- :mod:`~eventwire.places.resolve.estimated_coordinates` — coordinates for streets, landmarks
  and small places the gazetteer does not know.

Reads the gazetteer and the recognition step's mentions; never the location step.
"""

from .resolver import Resolver

__all__ = ["Resolver"]
