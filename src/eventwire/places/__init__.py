"""Places: recognise toponyms, borders and landmarks, resolve them against an offline
GeoNames-derived gazetteer, and attach to each event the place where it happened."""

from .locate import locate_event

__all__ = ["locate_event"]
