"""The export formats, by name: built-ins and a user's formats register the same way.

A format is a function that writes a stream of :class:`~.select.EventRow` to a path and
returns the number of events written. ``register_format("myformat", Format(...))`` adds one;
the built-ins (``plover-jsonl``, ``gdelt-tsv``, ``csv``, ``parquet``) are registered from
:data:`BUILTINS`, which names the module and function of each so that a format's
dependencies (pyarrow for Parquet) are imported only when it is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExportError
from .select import EventRow


@dataclass(frozen=True, slots=True)
class ExportOptions:
    header: bool = False  # text tables without a header by default (gdelt-tsv): add one
    partition: bool = False  # parquet: one directory per month (``month=YYYY-MM``)


Writer = Callable[[Iterable[EventRow], Path, ExportOptions], int]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    description: str
    writer: str | Writer  # "module:function" under eventwire.export, or the function itself
    extra: str | None = None  # the optional dependency group it needs (pip install eventwire[extra])

    def load(self) -> Writer:
        if not isinstance(self.writer, str):
            return self.writer
        module_name, _, attr = self.writer.partition(":")
        try:
            module = importlib.import_module(f"{__package__}.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith(f"{__package__}."):
                raise
            hint = f" (pip install 'eventwire[{self.extra}]')" if self.extra else ""
            raise ExportError(f"format {self.name!r} needs the {exc.name} package{hint}") from exc
        writer: Writer = getattr(module, attr)
        return writer


BUILTINS: tuple[Format, ...] = (
    Format("plover-jsonl", "one event per line in the PLOVER 0.8 / POLECAT field layout",
           "plover_jsonl:write"),
    Format("gdelt-tsv", "GDELT 2.0 event table: 61 tab-separated columns, no header",
           "gdelt_tsv:write"),
    Format("csv", "one row per event, flat columns, with a header", "flat_csv:write"),
    Format("parquet", "typed columns; --partition writes one directory per month",
           "parquet:write", extra="export"),
)

_formats: dict[str, Format] = {}


def register_format(fmt: Format) -> None:
    """Make ``fmt`` available to :func:`~eventwire.export.export_events` and ``eventwire export``."""
    _formats[fmt.name] = fmt


def formats() -> dict[str, Format]:
    """Every registered format by name (built-ins first)."""
    return dict(_formats)


for _builtin in BUILTINS:
    register_format(_builtin)


def get_format(name: str) -> Format:
    found = formats().get(name)
    if found is None:
        raise ExportError(f"unknown export format {name!r}; one of: {', '.join(sorted(formats()))}")
    return found
