"""Checks applied to raw input bytes before any parsing, with messages that name the line."""

from __future__ import annotations

BINARY_SNIFF = 8192  # bytes inspected for NUL characters


class BadInput(Exception):
    """An input (or one line of it) that cannot be read; becomes a ``Failure``."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def check_not_binary(data: bytes) -> None:
    """Raise :class:`BadInput` when the bytes look like a binary file (a NUL byte early on)."""
    head = data[:BINARY_SNIFF]
    if b"\x00" in head:
        offset = head.index(b"\x00")
        line = head.count(b"\n", 0, offset) + 1
        raise BadInput(f"binary file (NUL byte at offset {offset}); expected UTF-8 text, HTML or JSONL", line)


def decode_utf8(data: bytes, *, first_line: int = 1) -> str:
    """Decode UTF-8 (a leading BOM is dropped) or raise :class:`BadInput` naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = first_line + data.count(b"\n", 0, exc.start)
        bad = data[exc.start : exc.end].hex(" ")
        raise BadInput(
            f"undecodable bytes ({bad}) at byte {exc.start}: not valid UTF-8; re-encode the file as UTF-8",
            line,
        ) from None
