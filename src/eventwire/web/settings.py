"""What the web app is started with: the database, the write token, the limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

TOKEN_ENV = "EVENTWIRE_TOKEN"
DB_ENV = "EVENTWIRE_WEB_DB"  # the store of a multi-process server (each worker builds its app)
THREADS_ENV = "EVENTWIRE_WEB_THREADS"
MAX_BODY = 10 * 1024 * 1024  # bytes accepted in one request body (an ingest upload)


def default_threads() -> int:
    """Threads of one server process that run the (blocking) store queries: a few per CPU
    (SQLite releases the interpreter lock while it reads, Python code does not), at most 32."""
    return max(4, min(32, 4 * (os.cpu_count() or 1)))


@dataclass(frozen=True, slots=True)
class Settings:
    """``db``: store path or URL (``None``: the default database ``eventwire run`` fills);
    ``token``: bearer token that enables ``POST /api/ingest`` (``None``: read-only);
    ``threads``: threads per process that run requests (each opens the store once)."""

    db: str | None = None
    token: str | None = None
    max_body: int = MAX_BODY
    max_page: int = 1000  # largest ``limit`` of one page of a list
    threads: int = field(default_factory=default_threads)

    @classmethod
    def from_env(
        cls, db: str | None = None, token: str | None = None, threads: int | None = None
    ) -> Settings:
        raw = os.environ.get(THREADS_ENV, "")
        threads = threads or (int(raw) if raw.isdigit() and int(raw) > 0 else default_threads())
        return cls(db=db or os.environ.get(DB_ENV) or None, token=token or os.environ.get(TOKEN_ENV) or None,
                   threads=threads)
