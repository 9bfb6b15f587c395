"""What the web app is started with: the database, the write token, the limits."""

from __future__ import annotations

import os
from dataclasses import dataclass

TOKEN_ENV = "EVENTWIRE_TOKEN"
DB_ENV = "EVENTWIRE_WEB_DB"  # the store of a multi-process server (each worker builds its app)
MAX_BODY = 10 * 1024 * 1024  # bytes accepted in one request body (an ingest upload)


@dataclass(frozen=True, slots=True)
class Settings:
    """``db``: store path or URL (``None``: the default database ``eventwire run`` fills);
    ``token``: bearer token that enables ``POST /api/ingest`` (``None``: read-only)."""

    db: str | None = None
    token: str | None = None
    max_body: int = MAX_BODY
    max_page: int = 1000  # largest ``limit`` of one page of a list

    @classmethod
    def from_env(cls, db: str | None = None, token: str | None = None) -> Settings:
        return cls(db=db or os.environ.get(DB_ENV) or None, token=token or os.environ.get(TOKEN_ENV) or None)
