"""Actor codes or names, wherever the API asks for an actor: "RUS", "COLGOV", "Russia"."""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import ConfigError
from ..resources import data_path, read_tsv
from .errors import BadParameter

_CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})?")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """(known codes, lower-cased name or alias -> code, code -> first name) from the shipped
    actor dictionaries."""
    codes: set[str] = set()
    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for table, code_col in (("actors/countries.tsv", "code"), ("actors/organisations.tsv", "code")):
        try:
            rows = list(read_tsv(data_path(table)))
        except ConfigError:
            continue
        for row in rows:
            code = (row.get(code_col) or "").strip()
            if not code:
                continue
            codes.add(code)
            display.setdefault(code, (row.get("name") or code).strip())
            for name in [row.get("name") or "", *(row.get("aliases") or "").split("|")]:
                if name.strip():
                    names.setdefault(name.strip().lower(), code)
    return frozenset(codes), names, display


def actor_code(parameter: str, value: str | None) -> str | None:
    """The code ``value`` stands for: a dictionary name or alias ("Russia"), else a known
    code (upper-cased, "col", "COLGOV"); a well-formed unknown code (three or six capitals)
    is kept as given."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    codes, names, _display = _tables()
    found = names.get(value.lower())
    if found:
        return found
    if value.upper() in codes or (_CODE.fullmatch(value.upper()) and value.upper()[:3] in codes):
        return value.upper()
    if _CODE.fullmatch(value):
        return value
    raise BadParameter(parameter, f"{value!r} is neither an actor code (COL, COLGOV) nor a known actor name")


def actor_name(code: str) -> str | None:
    """A readable name for a code (the dictionary's first name for it), if any."""
    return _tables()[2].get(code[:3]) if code else None
