"""``marketmsg check "text" --platform amazon --locale de-DE``: the content rules on a draft, spans highlighted.

Exit codes: 0 nothing blocks (warnings are shown; ``--strict`` makes them fail too), 1 the message would be
refused, 2 usage error (unknown platform, empty input).
"""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.text import Text

from ..rules import Report
from ._app import EXIT_FINDINGS, EXIT_OK
from ._app_exit import fail

__all__ = ["highlight", "register"]

_STYLE = {"block": "bold white on red", "warn": "black on yellow"}


def highlight(report: Report) -> Text:
    """The checked text with every finding's span styled (blocking spans win where they overlap)."""
    text = Text(report.text)
    for finding in sorted(report.findings, key=lambda f: f.severity == "block"):
        if finding.end > finding.start:
            text.stylize(_STYLE[finding.severity], finding.start, finding.end)
    return text


def _details(report: Report) -> Text:
    out = Text()
    for f in report.findings:
        span = repr(report.text[f.start : f.end]) if f.end > f.start else "(whole message)"
        out.append(f" {f.severity} ", style=_STYLE[f.severity])
        out.append(f" {f.rule}  ", style="bold")
        out.append(f"{f.start}-{f.end} {span}\n")
        out.append(f"   {f.message}\n")
        if f.suggestion:
            out.append("   fix: ", style="dim")
            out.append(f"{f.suggestion}\n")
        if f.source:
            out.append("   source: ", style="dim")
            out.append(f"{f.source}\n")
    return out


def check_command(
    text: str = typer.Argument(..., help="The message text; '-' reads it from standard input."),
    platform: str = typer.Option(..., "--platform", "-p", help="Adapter name: amazon, aliexpress, ..."),
    locale: str | None = typer.Option(
        None, "--locale", "-l", help="Buyer locale, e.g. de-DE (phone region)."
    ),
    kind: str | None = typer.Option(
        None, "--kind", "-k", help="Message kind, e.g. confirm_customization_details."
    ),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 on warnings too."),
    as_json: bool = typer.Option(False, "--json", help="Print the findings as JSON."),
) -> None:
    """Check a message against PLATFORM's content rules and show what would be refused, and why."""
    from .._exceptions import MarketmsgError
    from ..rules import check

    body = sys.stdin.read() if text == "-" else text
    if not body.strip():
        fail("nothing to check: pass the message text (or '-' to read standard input)")
    try:
        report = check(body, platform=platform, locale=locale, kind=kind)
    except MarketmsgError as exc:
        fail(str(exc))
    console = Console()
    if as_json:
        import json

        rows = [
            {
                "rule": f.rule,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "message": f.message,
                "suggestion": f.suggestion,
                "source": f.source,
            }
            for f in report.findings
        ]
        console.print_json(json.dumps({"blocked": report.blocked, "findings": rows}))
    else:
        console.print(highlight(report))
        if report.findings:
            console.print(_details(report))
        verdict = "[bold red]refused[/]" if report.blocked else "[bold green]ok[/]"
        console.print(f"{verdict}: {len(report.blocking)} blocking, {len(report.warnings)} warning(s)")
    failed = report.blocked or (strict and bool(report.warnings))
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_OK)


def register(app: typer.Typer) -> None:
    """Add ``marketmsg check`` to the application."""
    app.command("check")(check_command)
