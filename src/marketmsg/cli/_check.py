"""``marketmsg check`` (filled in by the platform-rules issue)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
