"""Every registered store backend, for the conformance suite: each test here runs once per
backend (``sqlite``, ``memory``, ``postgresql``) and must pass on all of them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from eventwire.store import Store, open_store
from eventwire.store.memory import forget

OpenBackend = Callable[[], Store]
BACKENDS = ["sqlite", "memory", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh store of each backend lives (the same place each time it is opened)."""
    if request.param == "sqlite":
        yield str(tmp_path / "conformance.db")
    elif request.param == "memory":
        name = f"conformance-{uuid.uuid4().hex}"
        yield f"memory://{name}"
        forget(name)
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def open_backend(backend_url: str) -> OpenBackend:
    """Open (again) the store under test."""
    return lambda: open_store(backend_url)
