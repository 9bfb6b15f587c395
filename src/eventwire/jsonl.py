"""The one reader of JSON Lines files that must be read whole: gold sets, training data,
benchmark corpora, written partitions.

A file is UTF-8 (a leading byte-order mark is dropped), split on ``\\n`` only (JSON strings
may hold U+2028 and other characters that ``str.splitlines`` would take for line breaks),
and blank lines are skipped. Any error (the file cannot be read, bytes that are not UTF-8,
malformed JSON) is an :class:`~eventwire.errors.InputError` naming the file and line.

Article inputs are read by :mod:`eventwire.ingest.jsonl` instead: there a bad line is a
recorded failure and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError


def read_jsonl(path: str | Path, *, what: str = "JSON Lines file") -> Iterator[tuple[int, Any]]:
    """Yield ``(line number, parsed value)`` for every non-blank line of ``path``; ``what``
    names the kind of file in the error raised when it cannot be read ("gold file")."""
    p = Path(path)
    try:
        handle = p.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", where=str(p)) from exc
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            line = _decode(raw, lineno, p)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"malformed JSON: {exc.msg}", where=f"{p}:{lineno}") from exc
            yield lineno, value


def _decode(raw: bytes, lineno: int, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"undecodable bytes ({raw[exc.start : exc.end].hex(' ')}) at byte {exc.start + 1}: "
            "not valid UTF-8",
            where=f"{path}:{lineno}",
        ) from None
