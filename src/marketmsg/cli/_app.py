"""The typer application; each command group lives in its own module and registers itself here."""

from __future__ import annotations

import importlib

import typer

__all__ = ["EXIT_API", "EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "app", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_API = 3

app = typer.Typer(
    name="marketmsg",
    help="Talk to buyers on every marketplace through one model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


def _version_line() -> str:
    """``marketmsg 0.1.0 (adapters: aliexpress 0.1.0, amazon 0.1.0)`` — read from metadata, nothing imported."""
    from importlib.metadata import entry_points

    from .._registry import ENTRY_POINT_GROUP
    from .._version import __version__

    adapters = []
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: ep.name):
        dist = getattr(ep, "dist", None)
        adapters.append(f"{ep.name} {dist.version}" if dist is not None else ep.name)
    return f"marketmsg {__version__} (adapters: {', '.join(adapters) or 'none installed'})"


def _show_version(value: bool) -> None:
    if value:
        typer.echo(_version_line())
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", is_eager=True, callback=_show_version, help="Print the version and exit."
    ),
) -> None:
    """Talk to buyers on every marketplace through one model."""


# Each module defines register(app). Kept as a list so a command group is one file and one line here.
_COMMAND_MODULES = (
    "_demo",
    "_sandbox",
    "_check",
    "_store",
    "_conversations",
    "_dispute_actions",
    "_worker",
    "_webhooks",
)


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        module.register(app)


_register_all()


def main() -> None:
    app()
