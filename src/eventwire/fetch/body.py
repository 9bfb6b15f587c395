"""Read a response body safely: a size cap on the decoded bytes, a wall-clock deadline,
and bounded gzip/deflate decoding (a compression bomb stops at the cap, never expands in
memory), then decode the text with the declared or detected charset.
"""

from __future__ import annotations

import re
import time
import zlib
from collections.abc import Iterable

ACCEPT_ENCODING = "gzip, deflate"  # the only codings the bounded decoder handles
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class BodyError(Exception):
    """The body is too big, too slow, badly encoded or undecodable."""


class _Inflater:
    def __init__(self, coding: str) -> None:
        self.coding = coding
        wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
        if coding not in wbits:
            raise BodyError(f"unsupported Content-Encoding {coding!r}")
        self._obj = zlib.decompressobj(wbits[coding])
        self._first = True

    def feed(self, data: bytes, budget: int) -> bytes:
        """Inflate ``data`` into at most ``budget`` bytes (more input stays pending)."""
        try:
            out = self._obj.decompress(data, budget)
        except zlib.error as exc:
            if self.coding == "deflate" and self._first:  # some servers send raw deflate
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                self._first = False
                return self.feed(data, budget)
            raise BodyError(f"corrupt {self.coding} body: {exc}") from None
        self._first = False
        return out

    @property
    def pending(self) -> bytes:
        return self._obj.unconsumed_tail


def read_body(chunks: Iterable[bytes], *, coding: str, max_bytes: int, deadline: float) -> bytes:
    """Join the raw ``chunks`` of a response, decoded per ``coding`` (Content-Encoding).

    Raises :class:`BodyError` when the decoded body passes ``max_bytes`` or the clock
    passes ``deadline`` (``time.monotonic()``), whichever comes first.
    """
    coding = coding.strip().lower()
    inflater = None if coding in ("", "identity") else _Inflater(coding)
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        if time.monotonic() > deadline:
            raise BodyError(f"body too slow: not complete within the time limit ({size:,} bytes so far)")
        pieces = [chunk] if inflater is None else _inflate(inflater, chunk, max_bytes - size + 1)
        for piece in pieces:
            size += len(piece)
            if size > max_bytes:
                kind = "decompressed body" if inflater is not None else "body"
                raise BodyError(f"{kind} over the {max_bytes:,}-byte limit")
            parts.append(piece)
    return b"".join(parts)


def _inflate(inflater: _Inflater, chunk: bytes, budget: int) -> list[bytes]:
    out = [inflater.feed(chunk, budget)]
    while inflater.pending and sum(map(len, out)) <= budget:
        out.append(inflater.feed(inflater.pending, budget))
    return out


def declared_charsets(content_type: str, body: bytes) -> list[str]:
    """The charsets declared by the Content-Type header, then by a ``<meta>`` tag or an XML
    declaration, lower-cased, without repeats."""
    found: list[str] = []
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    if match:
        found.append(match.group(1).lower())
    head = body[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        hit = pattern.search(head)
        if hit:
            found.append(hit.group(1).decode("ascii").lower())
    return list(dict.fromkeys(found))


def decode_text(body: bytes, content_type: str) -> str:
    """Decode ``body``: valid UTF-8 is UTF-8 whatever the labels say (a common mislabel);
    else the first declared charset (header, then the page's own) that decodes it. A body
    that none decodes raises :class:`BodyError`."""
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = exc.start
    declared = declared_charsets(content_type, body)
    for charset in declared:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    said = ", ".join(declared) if declared else "none"
    raise BodyError(f"body is not valid UTF-8 (bytes {body[where:where + 4].hex(' ')} at {where}) "
                    f"and no declared charset decodes it (declared: {said})")
