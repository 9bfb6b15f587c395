"""Open an export's output file: written beside the target and moved into place when complete,
so a failed or interrupted export never leaves a truncated file under the requested name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import ExportError


def check_parent(path: Path) -> None:
    if not path.parent.is_dir():
        raise ExportError("the folder to write into does not exist", where=str(path))


def is_special(path: Path) -> bool:
    """Whether ``path`` names something other than a regular file (``/dev/null``, a FIFO,
    ``/dev/stdout``): written straight into, never replaced by a file."""
    return path.exists() and not path.is_file()


@contextmanager
def text_output(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """A UTF-8 text file that replaces ``path`` only when the block completes (a device or a
    pipe is written straight into)."""
    check_parent(path)
    if is_special(path):
        try:
            direct = path.open("w", encoding="utf-8", newline=newline)
        except OSError as exc:
            raise ExportError(f"cannot write: {exc.strerror}", where=str(path)) from exc
        with direct:
            yield direct
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write: {exc.strerror}", where=str(path)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
