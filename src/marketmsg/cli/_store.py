"""``marketmsg inbox`` / ``export`` over the store (filled in by the store work)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
