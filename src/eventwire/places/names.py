"""Normalising place names into lookup keys, shared by the index builder and the resolver."""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[.'’‘`´]")
_SPACE = re.compile(r"[\s\-‐–—_/,]+")
_LEADING = ("the ",)
# leading words news writes short: "Mt. Pleasant", "Ft. Worth", "Pt. Pleasant"
_ABBREVIATED = (("mt ", "mount "), ("ft ", "fort "), ("pt ", "point "))


def name_key(name: str) -> str:
    """A case-, accent- and punctuation-insensitive key: "St. Louis" → "st louis",
    "Bogotá" → "bogota", "W.Va." → "wva", "the Netherlands" → "netherlands",
    "Mt. Pleasant" → "mount pleasant"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DROP.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    for lead in _LEADING:
        if text.startswith(lead):
            text = text[len(lead):]
    if text.startswith("saint "):
        text = "st " + text[6:]
    elif text.startswith("sainte "):
        text = "ste " + text[7:]
    else:
        for short, full in _ABBREVIATED:
            if text.startswith(short):
                text = full + text[len(short):]
                break
    return text


def usable_alias(name: str) -> bool:
    """Keep Latin-script alternate names without digits; drop short all-capital codes
    (airport and postal codes such as "LAX", "BOS") that would match ordinary acronyms."""
    if not name or len(name) > 60 or any(c.isdigit() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2:
        return False
    if any(ord(c) > 0x24F for c in letters):  # beyond Latin Extended-B: another script
        return False
    return not (name.isupper() and len(letters) <= 4 and "." not in name)
