"""One SQL text for both SQL backends: written for SQLite, rewritten for PostgreSQL.

The shared statements (:mod:`.rows`, :mod:`.queries`, :mod:`.sqlstore`) use SQLite's
parameter marks (``?`` and ``:name``) and ``INSERT OR IGNORE``; :func:`to_postgres`
rewrites them for psycopg (``%s``, ``%(name)s``, ``ON CONFLICT DO NOTHING``). Everything
else they use is standard SQL both engines run alike (``NULLS FIRST`` is spelled out
where the engines' default NULL orders differ).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Protocol

Params = Sequence[Any] | Mapping[str, Any]
SQLITE, POSTGRES = "sqlite", "postgresql"  # the dialects

# quoted strings and identifiers keep their marks; marks are rewritten elsewhere
_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|::|:[A-Za-z_]\w*|\?|%|[^'\"?:%]+|.", re.S)


class Cursor(Protocol):
    """What a statement returns (an sqlite3 or psycopg cursor)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(Protocol):
    """A connection that runs the shared SQL text."""

    def execute(self, sql: str, params: Params = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Params]) -> object: ...


@lru_cache(maxsize=512)
def to_postgres(sql: str, with_params: bool = True) -> str:
    """The PostgreSQL (psycopg) form of a shared statement."""
    ignore = sql.lstrip().upper().startswith("INSERT OR IGNORE INTO")
    if ignore:
        sql = re.sub(r"(?i)INSERT\s+OR\s+IGNORE\s+INTO", "INSERT INTO", sql, count=1)
    if with_params:
        out = []
        for m in _TOKEN.finditer(sql):
            tok = m.group()
            if tok == "?":
                out.append("%s")
            elif tok == "%":
                out.append("%%")
            elif tok.startswith(":") and tok != "::":
                out.append(f"%({tok[1:]})s")
            elif tok[0] in "'\"":  # psycopg reads % even inside quotes
                out.append(tok.replace("%", "%%"))
            else:
                out.append(tok)
        sql = "".join(out)
    return sql + " ON CONFLICT DO NOTHING" if ignore else sql
