"""The output contract: one JSON object per article, described by ``schema/article.schema.json``.

:func:`validate` checks a record (``to_dict(ArticleRecord)`` or a line of ``eventwire
extract`` output) against the JSON Schema *and* checks every span against the text: each
object with integer ``start``/``end`` and a string ``text`` must satisfy
``text == record["text"][start:end]`` (an event date's ``raw`` likewise), with
``0 <= start <= end <= len(text)``.

>>> problems = validate(to_dict(record))      # doctest: +SKIP
>>> assert not problems, problems
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .model import SCHEMA_VERSION

SCHEMA_FILE = "article.schema.json"


def schema_path() -> Path:
    """Path of the shipped JSON Schema."""
    return Path(str(resources.files("eventwire") / "schema" / SCHEMA_FILE))


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The output contract's JSON Schema (draft 2020-12) as a dict."""
    schema: dict[str, Any] = json.loads(schema_path().read_text(encoding="utf-8"))
    return schema


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _where(path: Any) -> str:
    return "/" + "/".join(str(p) for p in path)


def schema_errors(record: Any) -> list[str]:
    """Schema violations of ``record``, each as ``"/json/pointer: message"``."""
    errors = sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{_where(e.absolute_path)}: {e.message}" for e in errors]


def _objects(
    value: Any, path: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    if isinstance(value, dict):
        yield path, value
        for k, v in value.items():
            yield from _objects(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _objects(v, (*path, i))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def span_errors(record: Any) -> list[str]:
    """Spans whose offsets do not point at their text in ``record["text"]``."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return ["/text: the record has no article text to check spans against"]
    text: str = record["text"]
    problems = []
    for path, obj in _objects(record):
        if not path:
            continue  # the record itself
        if not (_is_int(obj.get("start")) and _is_int(obj.get("end"))):
            continue
        start: int = obj["start"]
        end: int = obj["end"]
        key = (
            "text" if isinstance(obj.get("text"), str) else "raw" if isinstance(obj.get("raw"), str) else None
        )
        if key is None:
            continue
        where = _where(path)
        if start > end:
            problems.append(f"{where}: start {start} is after end {end}")
        elif not 0 <= start <= end <= len(text):
            problems.append(f"{where}: offsets [{start}, {end}) outside the text (length {len(text)})")
        elif text[start:end] != obj[key]:
            problems.append(f"{where}: {key} {obj[key]!r} != article text[{start}:{end}] {text[start:end]!r}")
    return problems


def ext_errors(record: Any, ext_schemas: Mapping[str, dict[str, Any]]) -> list[str]:
    """Plug-in output (``record["ext"][NAME]``) that breaks the schema fragment its stage
    declared (``ext_schemas[NAME]``, e.g. :attr:`eventwire.Pipeline.ext_schemas`)."""
    from jsonschema import Draft202012Validator

    ext = record.get("ext", {}) if isinstance(record, dict) else {}
    problems = []
    for name, fragment in ext_schemas.items():
        if name not in ext:
            continue
        Draft202012Validator.check_schema(fragment)
        for e in Draft202012Validator(fragment).iter_errors(ext[name]):
            problems.append(f"{_where(('ext', name, *e.absolute_path))}: {e.message}")
    return problems


def validate(record: dict[str, Any], ext_schemas: Mapping[str, dict[str, Any]] | None = None) -> list[str]:
    """Every problem with ``record``: schema errors, plug-in output against its stage's
    fragment (when ``ext_schemas`` are given), then span mismatches. Empty when valid."""
    problems = schema_errors(record)
    if ext_schemas:
        problems += ext_errors(record, ext_schemas)
    problems += span_errors(record)
    return problems


__all__ = [
    "SCHEMA_VERSION",
    "ext_errors",
    "load_schema",
    "schema_errors",
    "schema_path",
    "span_errors",
    "validate",
]
