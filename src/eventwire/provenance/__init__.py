"""Provenance: the publisher of each copy, the credited original source and agencies, and a
content hash that survives re-publication."""

from .agencies import Agency, AgencyTable, load_agencies
from .credits import Credit, find_credits
from .hashing import content_hash, normalise

__all__ = ["Agency", "AgencyTable", "Credit", "content_hash", "find_credits", "load_agencies", "normalise"]
