"""Polite access per host: at most ``concurrency`` requests at a time, ``delay`` seconds apart.

>>> gate = HostGate(concurrency=1, delay=1.0)
>>> with gate.slot("example.org"):       # doctest: +SKIP
...     fetch(...)

Thread-safe: the fetcher's worker threads share one gate.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class HostGate:
    def __init__(self, *, concurrency: int = 1, delay: float = 1.0) -> None:
        if concurrency < 1:
            raise ValueError("per-host concurrency must be at least 1")
        self.concurrency = concurrency
        self.delay = max(0.0, delay)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next: dict[str, float] = {}  # monotonic time of the next allowed start per host

    def _semaphore(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            sem = self._slots.get(host)
            if sem is None:
                sem = self._slots[host] = threading.BoundedSemaphore(self.concurrency)
            return sem

    def _reserve(self, host: str) -> float:
        """Claim the next start time for ``host``; return how long to wait for it."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.delay
            return start - now

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Wait for a free slot and the host's delay, then hold the slot."""
        sem = self._semaphore(host.lower())
        with sem:
            wait = self._reserve(host.lower())
            if wait > 0:
                time.sleep(wait)
            yield
