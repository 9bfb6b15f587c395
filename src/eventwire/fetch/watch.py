"""Poll feeds at an interval: ``eventwire watch FEEDS.txt --every 15m``.

Each poll reads the feeds list again (so it can be edited while the watch runs), asks each
feed with its stored ETag/Last-Modified, and ingests the items not seen before; the seen
items and validators live in the state file, so a restarted watch goes on where it was.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``"90"``, ``"30s"``, ``"15m"``, ``"2h"`` or ``"1d"``."""
    match = _DURATION.fullmatch(text.strip().lower())
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"not a duration: {text!r} (examples: 30s, 15m, 2h)")
    return float(match.group(1)) * _UNITS[match.group(2)]


def read_feed_list(path: str | Path) -> list[str]:
    """Feed URLs (or files) of ``path``, one a line; blank lines and ``#`` comments skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the feeds list: {exc.strerror or exc}", where=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("the feeds list is not UTF-8 text", where=str(path)) from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def watch(poll: Callable[[int], None], every: float, *, polls: int = 0,
          sleep: Callable[[float], None] = time.sleep) -> int:
    """Call ``poll(n)`` every ``every`` seconds (measured start to start), ``polls`` times
    (0: until interrupted); returns the number of polls made."""
    n = 0
    while polls <= 0 or n < polls:
        started = time.monotonic()
        n += 1
        poll(n)
        if polls > 0 and n >= polls:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return n
