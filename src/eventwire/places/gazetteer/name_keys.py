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


_ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ")  # hyphens are spaces in keys
# English words for the quarters in regions' French, Spanish or Portuguese names ("Nord-Kivu")
_QUARTERS = (("north ", ("nord ", "norte ")), ("south ", ("sud ", "sur ", "sul ")),
             ("east ", ("est ", "este ")), ("west ", ("ouest ", "oeste ")))


def spelling_variants(key: str) -> list[str]:
    """Other spellings of a name key (from :func:`name_key`) that news and the gazetteer
    write differently, to try when the key itself names nothing: without or with the Arabic
    article ("el arish" → "arish", "hudaydah" → "al hudaydah"), without a final "h" after a
    vowel ("hodeidah" → "hodeida"), and a region's quarter in the language of its official
    name ("north kivu" → "nord kivu")."""
    out: list[str] = []
    words = key.split()
    for art in _ARTICLES:
        if key.startswith(art) and len(key) > len(art) + 2:
            out.append(key[len(art):])
            break
    else:
        if len(words) == 1:
            out.append("al " + key)
    for k in [key, *out]:
        if len(k) > 4 and k.endswith("h") and k[-2] in "aeiou":
            out.append(k[:-1])
    for english, others in _QUARTERS:
        if key.startswith(english):
            out.extend(o + key[len(english):] for o in others)
    return out


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
