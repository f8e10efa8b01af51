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

# Each module defines register(app). Kept as a list so a command group is one file and one line here.
_COMMAND_MODULES = ("_demo", "_sandbox", "_check", "_store", "_conversations")


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.{name}")
        module.register(app)


_register_all()


def main() -> None:
    app()
