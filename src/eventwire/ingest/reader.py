"""Walk the inputs (files, directories, stdin) and turn them into articles or failures.

Nothing here raises for bad input: every problem becomes a
``Failure(stage="ingest", reason=..., input="path[:line]")`` and the batch goes on. The
reason does not repeat the location; show both as ``f"{failure.input}: {failure.reason}"``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from ..model import Article, Failure
from .checks import BadInput, check_not_binary, decode_utf8
from .html import parse_html
from .jsonl import iter_json_lines
from .text import parse_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # 50 MiB per input file
SUFFIXES: dict[str, str] = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
STDIN = "-"
STDIN_LABEL = "<stdin>"


def read_inputs(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | None = None,
) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` per article and a :class:`Failure` per bad input.

    ``paths`` are files (``.txt``, ``.html``/``.htm``, ``.jsonl``), directories (searched
    recursively; files with other suffixes and hidden files are skipped; order is sorted
    by relative path, so it is stable) and ``"-"`` for standard input (JSONL when its
    first non-blank character is ``{``, else plain text). A file larger than
    ``max_bytes`` is refused before it is read.
    """
    for path in paths:
        if str(path) == STDIN:
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            try:
                children = _walk(p)
            except OSError as exc:
                yield _failure(str(p), f"cannot list directory: {exc.strerror or exc}")
                continue
            if not children:
                yield _failure(str(p), f"no {', '.join(SUFFIXES)} files in this directory")
            for child in children:
                yield from read_file(child, max_bytes=max_bytes)
        else:
            yield from read_file(p, max_bytes=max_bytes, label=str(path))  # as typed: "https://x"


def _walk(root: Path) -> list[Path]:
    found = [
        f
        for f in root.rglob("*")
        if f.suffix.lower() in SUFFIXES
        and not any(part.startswith(".") for part in f.relative_to(root).parts)
        and f.is_file()
    ]
    return sorted(found, key=lambda f: f.relative_to(root).as_posix())


def _failure(label: str, reason: str, line: int | None = None) -> Failure:
    where = f"{label}:{line}" if line is not None else label
    return Failure(stage="ingest", reason=reason, input=where)


def read_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, label: str | None = None
) -> Iterator[Article | Failure]:
    """Read one file; see :func:`read_inputs`. ``label`` names it in failures (default: the path)."""
    label = str(path) if label is None else label
    kind = SUFFIXES.get(path.suffix.lower())
    try:
        info = path.stat()
    except FileNotFoundError:
        yield _failure(label, "no such file or directory")
        return
    except OSError as exc:
        yield _failure(label, f"cannot read: {exc.strerror}")
        return
    if kind is None:
        known = ", ".join(SUFFIXES)
        yield _failure(label, f"unsupported file type {path.suffix or '(none)'!r}; expected one of {known}")
        return
    if info.st_size > max_bytes:
        yield _failure(
            label,
            f"file is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit; "
            "split it or raise the limit (--max-bytes)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _failure(label, f"cannot read: {exc.strerror}")
        return
    yield from _parse_bytes(data, kind, label)


def _parse_bytes(data: bytes, kind: str, label: str) -> Iterator[Article | Failure]:
    if not data.strip():
        yield _failure(label, "empty file")
        return
    try:
        check_not_binary(data)
        if kind == "jsonl":
            yield from _jsonl(data, label)
        elif kind == "html":
            yield parse_html(data, origin=label)
        else:
            yield parse_text(decode_utf8(data), origin=label)
    except BadInput as exc:
        yield _failure(label, exc.reason, exc.line)


def _jsonl(data: bytes, label: str) -> Iterator[Article | Failure]:
    any_line = False
    for n, item in iter_json_lines(data.split(b"\n"), label=label):
        any_line = True
        if isinstance(item, BadInput):
            yield _failure(label, item.reason, n)
        else:
            yield item
    if not any_line:
        yield _failure(label, "empty file")


def _read_stdin(stream: TextIO, max_bytes: int) -> Iterator[Article | Failure]:
    """Read standard input as bytes (through ``stream.buffer`` when there is one), so that
    undecodable input is reported with its line like a file's."""
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            data: bytes = buffer.read(max_bytes + 1)
        else:
            data = stream.read(max_bytes + 1).encode("utf-8", "surrogateescape")
    except (OSError, UnicodeError) as exc:
        yield _failure(STDIN_LABEL, f"cannot read standard input: {exc}")
        return
    if len(data) > max_bytes:
        yield _failure(STDIN_LABEL, f"input is over the {max_bytes:,}-byte limit")
        return
    kind = "jsonl" if data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{" else "text"
    yield from _parse_bytes(data, kind, STDIN_LABEL)
