"""Rebuild record data classes from their JSON form: the model's own :func:`build`."""

from __future__ import annotations

from ..model import build

__all__ = ["build"]
