"""Exceptions raised by eventwire.

The tree::

    EventwireError                 base of everything eventwire raises on purpose
    ├── InputError                 an input file, line or record cannot be read (terminal)
    │   └── TooLargeError          an input over the configured size limit
    ├── ConfigError                a pipeline, stage or data file is misconfigured (terminal)
    ├── ModelError                 the spaCy pipeline cannot be loaded (terminal)
    ├── StageError                 a stage failed on one article (recorded, batch continues)
    ├── StoreError                 the database cannot be opened or migrated
    └── ExportError                an export cannot be written (unknown format, missing extra, bad path)

Every exception has a stable ``code`` and pickles across worker processes.
``transient`` says whether retrying the same input may succeed.
"""

from __future__ import annotations


class EventwireError(Exception):
    code = "E000"
    transient = False

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(message, where)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def __reduce__(self) -> tuple[type[EventwireError], tuple[str], dict[str, str | None]]:
        return (type(self), (self.message,), {"where": self.where, "message": self.message})


class InputError(EventwireError):
    code = "E100"


class TooLargeError(InputError):
    code = "E101"


class ConfigError(EventwireError):
    code = "E200"


class ModelError(EventwireError):
    code = "E300"


class StageError(EventwireError):
    code = "E400"


class StoreError(EventwireError):
    code = "E500"
    transient = True


class ExportError(EventwireError):
    code = "E600"
