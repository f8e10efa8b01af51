"""How the CLI writes: rich tables on a terminal, nothing cut when piped, JSON Lines for scripts.

Like ``gh``: a terminal gets colour and tables sized to it; a pipe gets the same rows at full width (never
truncated) and no progress bars; ``--json`` prints one JSON object per line, each with an ``object`` field
naming its type as Stripe's API objects do, and the short ``ref`` the other commands accept.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from rich.console import Console

from ..models import MarketmsgModel

__all__ = [
    "PIPE_WIDTH",
    "due_text",
    "fmt_time",
    "json_line",
    "model_json",
    "reader_left",
    "stderr_console",
    "stdout_console",
]

#: Width used when output is not a terminal: wide enough that no id, date or order is ever cut.
PIPE_WIDTH = 400


def reader_left() -> None:
    """The reader closed standard output (``marketmsg inbox --json | head -n 1``): the rest of the output goes to
    /dev/null and the command runs to its end, so its exit code is its own verdict (``check … | grep -q blocked``
    still exits 1 on a blocked text, ``inbox`` 0 once synced), never an error about the pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    finally:
        os.close(devnull)


class _StdoutConsole(Console):
    """Rich's console, going on when the reader has left rather than exiting with 1 (here: "rule findings")."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        reader_left()


def stdout_console() -> Console:
    """A console for standard output: the terminal's width, or :data:`PIPE_WIDTH` when piped."""
    probe = _StdoutConsole()
    return probe if probe.is_terminal else _StdoutConsole(width=PIPE_WIDTH)


def stderr_console() -> Console:
    return Console(stderr=True)


def fmt_time(ts: datetime | None, *, seconds: bool = False) -> str:
    """``2026-12-03 18:01`` (UTC; the tables say so in their title), or an em dash."""
    if ts is None:
        return "—"
    return ts.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def due_text(due: datetime | None, now: datetime) -> str:
    """A deadline as a helpdesk shows it (rich markup): overdue in red, within 6 h in yellow."""
    if due is None:
        return "—"
    hours = (due - now).total_seconds() / 3600
    if hours < 0:
        return f"[bold red]overdue {-hours:.0f} h[/]"
    style = "yellow" if hours < 6 else "green"
    return f"[{style}]in {hours:.0f} h[/]"


def model_json(obj: MarketmsgModel, kind: str, *, ref: str | None = None, **extra: Any) -> dict[str, Any]:
    """A model as one JSON Lines record: ``object`` and ``ref`` first, the model's fields, no platform ``raw``."""
    record: dict[str, Any] = {"object": kind}
    if ref is not None:
        record["ref"] = ref
    record.update(obj.model_dump(mode="json", exclude={"raw"}))
    record.update(extra)
    return record


def json_line(record: Mapping[str, Any]) -> None:
    """Write one JSON object on its own line to standard output (no colour, no wrapping)."""
    try:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=str) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        reader_left()
