"""JSON Lines input: one article per line.

Each non-blank line is a JSON object with ``text`` (required, non-empty string) and
optional ``id``, ``title``, ``url``, ``published``, ``source`` and ``author`` (strings or
null; another JSON type refuses the line). The analysed text is ``text`` as given, less
control characters (see :mod:`eventwire.ingest.metadata`); ``id`` is kept (as a string)
and otherwise derived from the text. Each bad line becomes its own
failure, naming the file and line; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..model import Article
from .checks import BadInput, decode_utf8
from .ids import article_id
from .metadata import META_FIELDS, finish


def parse_json_line(line: str, *, origin: str) -> Article:
    """Build an :class:`Article` from one JSON line (raises :class:`BadInput`)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadInput(f"malformed JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None
    if not isinstance(obj, dict):
        raise BadInput(f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if text is None:
        raise BadInput('JSON object has no "text" field')
    if not isinstance(text, str):
        raise BadInput(f'"text" must be a string, got {type(text).__name__}')
    if not text.strip():
        raise BadInput('"text" is empty')
    for key in ("text", "id", *META_FIELDS):
        value = obj.get(key)
        if isinstance(value, str):
            _check_encodable(key, value)
    given = obj.get("id")
    if given is not None and (not isinstance(given, str | int) or isinstance(given, bool)):
        raise BadInput(f'"id" must be a string or an integer, got {_json_type(given)}')
    meta: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise BadInput(f'"{key}" must be a string or null, got {_json_type(value)}: {_short(value)}')
        meta[key] = value or None
    article = Article(
        id=article_id(text, given), text=text, origin=origin, title=meta["title"], url=meta["url"],
        published=meta["published"], source=meta["source"], author=meta["author"],
    )
    return finish(article)


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _check_encodable(key: str, value: str) -> None:
    """JSON can escape a lone UTF-16 surrogate ("\\ud800"), which no UTF-8 output can carry."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadInput(
            f'"{key}" holds an unpaired surrogate escape (U+{ord(value[exc.start]):04X}) '
            f"at character {exc.start}: not valid text"
        ) from None


def iter_json_lines(lines: Iterable[bytes], *, label: str) -> Iterator[tuple[int, Article | BadInput]]:
    """Yield ``(line number, Article or BadInput)`` for every non-blank line."""
    for n, raw in enumerate(lines, start=1):
        origin = f"{label}:{n}"
        try:
            line = decode_utf8(raw, first_line=n) if n == 1 else _decode(raw, n)
            if not line.strip():
                continue
            yield n, parse_json_line(line, origin=origin)
        except BadInput as exc:
            exc.line = n
            yield n, exc


def _decode(raw: bytes, n: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(
            f"undecodable bytes ({raw[exc.start : exc.end].hex(' ')}) at column {exc.start + 1}: "
            "not valid UTF-8",
            n,
        ) from None
