"""Stable article ids: the id an input gives, else a hash of the analysed text.

Ingesting the same article twice yields the same id, so a store can skip it.
"""

from __future__ import annotations

import hashlib


def article_id(text: str, given: object = None) -> str:
    """``given`` as a string when it is set, else ``"sha1:" + sha1(text)[:16]``."""
    if given is not None and str(given).strip():
        return str(given).strip()
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
