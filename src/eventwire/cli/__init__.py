"""The ``eventwire`` command line: a thin shell over the library.

Each command group lives in its own module of this package, which exposes
``commands: list[click.Command]``; they are added to the root group here.
"""

from __future__ import annotations

import importlib

import click

from ..errors import EventwireError

# Command modules, each owning the commands of one concern.
COMMAND_MODULES = (
    "extract",
    "store",
    "store_bench",
    "evaluate",
    "bench",
    "claims",
    "serve",
    "fetch",
    "scale",
    "export",
    "train",
)


class _Root(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Root, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventwire")
def cli() -> None:
    """eventwire: turn news articles into verifiable event data."""


for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_name}":
            raise
        continue
    for _command in _module.commands:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="eventwire")


if __name__ == "__main__":  # pragma: no cover
    main()
