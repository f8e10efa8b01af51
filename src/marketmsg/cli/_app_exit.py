"""Leaving the CLI with a message and a documented exit code."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

from ._app import EXIT_USAGE

__all__ = ["fail"]


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    Console(stderr=True).print(f"[red]error:[/] {message}")
    raise typer.Exit(code)
