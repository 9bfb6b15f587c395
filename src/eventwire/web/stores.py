"""One open store per server thread: SQLite reads run side by side (WAL), writers wait."""

from __future__ import annotations

import threading

from ..store import Store, open_store


class StorePool:
    """Opens the store at ``db`` once in each thread that asks for it."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            store.close()
