"""Aggregates (dashboard figures, actor tables) cached until the store changes.

The key of the store's state is read from an SQLite store in one indexed query (highest
article rowid and article count: an added or replaced article changes it); other backends
are not cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

from ..store import Store
from . import sqlread

T = TypeVar("T")


class Aggregates:
    """Values computed from the whole store, recomputed only when its state key changes."""

    def __init__(self, size: int = 64) -> None:
        self._values: dict[Hashable, tuple[Hashable, object]] = {}
        self._lock = threading.Lock()
        self.size = size

    def get(self, store: Store, key: Hashable, compute: Callable[[], T]) -> T:
        state = sqlread.state(store)
        if state is None:
            return compute()
        with self._lock:
            found = self._values.get(key)
        if found is not None and found[0] == state:
            return found[1]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if len(self._values) >= self.size:
                self._values.clear()
            self._values[key] = (state, value)
        return value
