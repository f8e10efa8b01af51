"""The typer application; each command group lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import sys

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
    """The ``marketmsg`` console script: the app, and a reader that stopped reading is no failure.

    The tables and JSON lines go on to /dev/null once the reader has left (``_output.reader_left``) and the command
    exits with its own code. A plain ``typer.echo`` (``webhooks list``, ``--version``) meets the closed pipe in click,
    which quietly exits with 1, here "rule findings": its command printed last, after its work, so that is 0.
    """
    try:
        app()
    except SystemExit as done:
        if done.code == EXIT_FINDINGS and _reader_left():
            raise SystemExit(EXIT_OK) from None
        raise


def _reader_left() -> bool:
    # click's answer to EPIPE on standard output: it wraps the streams so the interpreter's last flush stays quiet.
    # Matched by name: typer may bring its own copy of click (``typer._click``), whose class is not click's.
    return type(sys.stdout).__name__ == "PacifyFlushWrapper"
