"""Terminal-safe output of article-derived strings.

Article text, titles, ids, names and file names come from outside; a control sequence in
any of them (``ESC ] 0 ;`` sets the window title, ``ESC [ 2 J`` clears the screen, a
carriage return overwrites a line, bidirectional overrides reorder what is shown) must not
reach a terminal. For tables and plain lines, :func:`clean` replaces every control
character (C0 except tab and line feed, DEL, C1, and the bidirectional embedding, override
and isolate characters) with U+FFFD, one for one, so offsets into the string still hold;
:func:`scrub` does it for every string inside a record or hit. For JSON, :func:`json_line`
escapes the characters that ``json.dumps`` leaves raw (DEL, C1, bidirectional controls) as
``\\uXXXX``: the data is unchanged, the bytes are safe.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any, TypeVar

T = TypeVar("T")

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """``text`` with every control character replaced by U+FFFD."""
    return _CONTROL.sub(REPLACEMENT, text)


def scrub(obj: T) -> T:
    """A copy of ``obj`` (data classes, lists, tuples, dicts, strings) with :func:`clean`
    applied to every string in it."""
    return _scrub(obj)  # type: ignore[no-any-return]


def _scrub(obj: Any) -> Any:
    if isinstance(obj, str):
        return clean(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: _scrub(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.init}
        return dataclasses.replace(obj, **changes)
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(_scrub(v) for v in obj)
    if isinstance(obj, dict):
        return {_scrub(k): _scrub(v) for k, v in obj.items()}
    return obj


def json_line(data: Any, **kwargs: Any) -> str:
    """``json.dumps(data, ensure_ascii=False)`` with terminal-unsafe characters escaped."""
    text = json.dumps(data, ensure_ascii=False, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
