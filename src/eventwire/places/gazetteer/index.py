"""Query the gazetteer index: candidates by name, countries and first-level regions by code.

The index is one SQLite file built on first use (see :mod:`eventwire.places.gazetteer.build`) in the
cache directory: ``$EVENTWIRE_CACHE`` when set, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``. It holds about 244,000 places under 700,000 names (≈ 45 MB); a
process keeps only a read-only connection and a bounded cache of looked-up names, so
opening costs milliseconds and a few MB.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ...errors import ConfigError
from .index_format import VERSION
from .name_keys import name_key

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: concurrent first builds each build a copy
    fcntl = None  # type: ignore[assignment]

MAX_CANDIDATES = 25


def cache_dir() -> Path:
    """Where the gazetteer index lives (created when missing)."""
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        base = Path(env)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = (Path(xdg) if xdg else Path.home() / ".cache") / "eventwire"
    return base


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{VERSION}.sqlite"


def _valid(path: Path) -> bool:
    """Whether ``path`` is a complete index of this version (a finished build writes the
    version last, just before the file is renamed into place)."""
    try:
        conn = sqlite3.connect(_uri(path), uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == VERSION


def _uri(path: Path) -> str:
    # immutable: the file never changes once renamed into place (a rebuild replaces the
    # whole file under a new inode), so readers take no locks and look for no journal; a
    # reader that opened the old file keeps reading it
    return f"file:{path}?mode=ro&immutable=1"


@contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """An exclusive lock on ``<target>.lock`` so that concurrent first runs build once: the
    others wait, then find the finished index."""
    with open(target.with_name(target.name + ".lock"), "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def ensure_index(path: Path | None = None) -> Path:
    """Build the index at ``path`` (default :func:`index_path`) unless a complete one is there.
    The build runs in a child process so that its transient memory is not kept by this one.
    Several processes may call this at once: one builds under a file lock while the others
    wait; a damaged or unfinished file at ``path`` is rebuilt."""
    target = path or index_path()
    if target.exists() and _valid(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(target):
        if target.exists() and _valid(target):  # another process built it while we waited
            return target
        done = subprocess.run(
            [sys.executable, "-m", "eventwire.places.gazetteer.build", str(target)],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0 or not _valid(target):
            raise ConfigError(f"building the gazetteer index failed: {done.stderr.strip()[-500:]}",
                              where=str(target))
    if path is None:  # indexes of earlier versions are no longer used
        for old in target.parent.glob("gazetteer-*.sqlite"):
            if old != target:
                old.unlink(missing_ok=True)
    return target


@dataclass(frozen=True, slots=True)
class PlaceCandidate:
    pid: int
    geonames_id: int | None
    name: str
    lat: float | None
    lon: float | None
    cc: str | None  # ISO alpha-2
    country: str | None  # ISO alpha-3
    admin1: str | None  # GeoNames admin1 code within the country
    feature_code: str
    population: int
    main: bool  # matched on the main name rather than an alternate one
    note: str | None
    bonus: float = 0.0  # extra resolution score the resolver gives it (see resolve._larger_unit)

    @property
    def is_country(self) -> bool:
        return self.feature_code.startswith("PCL")

    @property
    def is_admin(self) -> bool:
        return self.feature_code.startswith("ADM")


_COLS = "p.pid, p.gid, p.name, p.lat, p.lon, p.cc, c.cc3, p.admin1, p.fcode, p.pop"


class Gazetteer:
    """Read-only access to the index. Safe across ``fork``: a process reopens its own
    connection."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = ensure_index(path)
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self.lookup = lru_cache(maxsize=20000)(self._lookup)
        self._neighbours = lru_cache(maxsize=512)(self._borders)

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():
            try:
                self._conn = sqlite3.connect(_uri(self.path), uri=True, check_same_thread=False)
            except sqlite3.OperationalError:  # removed since (an older version's cleanup): rebuild
                self.path = ensure_index(self.path)
                self._conn = sqlite3.connect(_uri(self.path), uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def _rows(self, sql: str, args: tuple[object, ...]) -> list[PlaceCandidate]:
        out = []
        for row in self.conn.execute(sql, args):
            pid, gid, name, lat, lon, cc, cc3, admin1, fcode, pop, main, note = row
            out.append(PlaceCandidate(pid, gid, name, lat, lon, cc, cc3, admin1, fcode, pop, bool(main),
                                      note))
        return out

    def _lookup(self, key: str) -> tuple[PlaceCandidate, ...]:
        if not key:
            return ()
        sql = (f"SELECT {_COLS}, max(n.main), p.note FROM names n JOIN places p ON p.pid = n.pid "
               "LEFT JOIN countries c ON c.cc = p.cc WHERE n.key = ? GROUP BY p.pid "
               "ORDER BY p.pop DESC LIMIT ?")
        return tuple(self._rows(sql, (key, MAX_CANDIDATES)))

    def candidates(self, name: str) -> tuple[PlaceCandidate, ...]:
        """Places called ``name`` (main or alternate name), most populous first, capped."""
        return self.lookup(name_key(name))

    def country(self, cc: str) -> PlaceCandidate | None:
        sql = (f"SELECT {_COLS}, 1, p.note FROM countries c JOIN places p ON p.pid = c.pid "
               "WHERE c.cc = ? OR c.cc3 = ?")
        rows = self._rows(sql, (cc, cc))
        return rows[0] if rows else None

    def neighbours(self, cc: str) -> frozenset[str]:
        """The alpha-2 codes of the countries bordering country ``cc`` (alpha-2)."""
        return self._neighbours(cc)

    def _borders(self, cc: str) -> frozenset[str]:
        row = self.conn.execute("SELECT neighbours FROM countries WHERE cc = ?", (cc,)).fetchone()
        return frozenset(code for code in (row[0] if row else "").split(",") if code)

    def admin1(self, cc: str, code: str) -> PlaceCandidate | None:
        sql = (f"SELECT {_COLS}, 1, p.note FROM admin1 a JOIN places p ON p.pid = a.pid "
               "LEFT JOIN countries c ON c.cc = p.cc WHERE a.cc = ? AND a.code = ?")
        rows = self._rows(sql, (cc, code))
        return rows[0] if rows else None


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The per-process gazetteer at the default index path."""
    return Gazetteer()
