"""``marketmsg check "text" --platform amazon --locale de-DE``: what ``marketmsg reply`` would do with a text.

One verdict for both commands, with the same exit codes:

* ``blocked`` (exit 1): a blocking finding; ``reply`` refuses whatever the flags.
* ``needs --allow-warnings`` (exit 1): only warnings; ``reply`` refuses unless given ``--allow-warnings``.
* ``ok`` (exit 0): ``reply`` sends (with ``--allow-warnings``, a text with only warnings is ``ok`` too).

``check`` runs the content rules offline; ``reply`` runs them again with the order's facts (capability rules,
buyer locale), which only the platform knows. Exit 2 is a usage error (unknown platform or kind, empty text).
"""

from __future__ import annotations

import sys
from enum import StrEnum

import typer
from rich.console import Console
from rich.text import Text

from ..rules import Finding, Report
from ._app import EXIT_FINDINGS, EXIT_OK
from ._app_exit import fail
from ._output import json_line, stdout_console

__all__ = ["Verdict", "highlight", "register", "show_findings", "verdict_of"]

_STYLE = {"block": "bold white on red", "warn": "black on yellow"}


class Verdict(StrEnum):
    """What ``reply`` does with a text: the line ``check`` prints and the exit code both commands return."""

    BLOCKED = "blocked"
    NEEDS_ALLOW_WARNINGS = "needs_allow_warnings"
    OK = "ok"

    @property
    def label(self) -> str:
        return "needs --allow-warnings" if self is Verdict.NEEDS_ALLOW_WARNINGS else self.value

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self is Verdict.OK else EXIT_FINDINGS


def verdict_of(findings: tuple[Finding, ...] | list[Finding], *, allow_warnings: bool) -> Verdict:
    """The reply's decision (``marketmsg._operations.preflight``) for these findings."""
    if any(f.severity == "block" for f in findings):
        return Verdict.BLOCKED
    if findings and not allow_warnings:
        return Verdict.NEEDS_ALLOW_WARNINGS
    return Verdict.OK


def highlight(report: Report) -> Text:
    """The checked text with every finding's span styled (blocking spans win where they overlap)."""
    text = Text(report.text)
    for finding in sorted(report.findings, key=lambda f: f.severity == "block"):
        if finding.end > finding.start:
            text.stylize(_STYLE[finding.severity], finding.start, finding.end)
    return text


def show_findings(findings: tuple[Finding, ...] | list[Finding], text: str, *, indent: str = "") -> Text:
    """Each finding: severity, rule, span, message, fix and source — what a user needs to rewrite the text."""
    out = Text()
    for f in findings:
        span = repr(text[f.start : f.end]) if f.end > f.start else "(whole message)"
        out.append(indent)
        out.append(f" {f.severity} ", style=_STYLE[f.severity])
        out.append(f" {f.rule}  ", style="bold")
        out.append(f"{f.start}-{f.end} {span}\n")
        out.append(f"{indent}   {f.message}\n")
        if f.suggestion:
            out.append(f"{indent}   fix: ", style="dim")
            out.append(f"{f.suggestion}\n")
        if f.source:
            out.append(f"{indent}   source: ", style="dim")
            out.append(f"{f.source}\n")
    return out


def _verdict_line(verdict: Verdict, report: Report) -> str:
    counts = f"{len(report.blocking)} blocking, {len(report.warnings)} warning(s)"
    if verdict is Verdict.BLOCKED:
        return f"[bold red]blocked[/]: reply would refuse this text ({counts})"
    if verdict is Verdict.NEEDS_ALLOW_WARNINGS:
        return f"[bold yellow]needs --allow-warnings[/]: reply refuses it unless given --allow-warnings ({counts})"
    return f"[bold green]ok[/]: reply would send it ({counts})"


def finding_json(f: Finding) -> dict[str, object]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "start": f.start,
        "end": f.end,
        "message": f.message,
        "suggestion": f.suggestion,
        "source": f.source,
    }


def check_command(
    text: str = typer.Argument(..., help="The message text; '-' reads it from standard input."),
    platform: str = typer.Option(..., "--platform", "-p", help="Adapter name, as in Account(platform=...)."),
    locale: str | None = typer.Option(
        None, "--locale", "-l", help="Buyer locale, e.g. de-DE (phone region)."
    ),
    kind: str = typer.Option(
        "reply", "--kind", "-k", help="Message kind: reply (default) or a proactive kind such as warranty."
    ),
    allow_warnings: bool = typer.Option(
        False, "--allow-warnings", help="As `reply --allow-warnings`: warnings alone do not refuse."
    ),
    critical: bool = typer.Option(False, "--critical", help="As `reply --critical`."),
    strict: bool = typer.Option(
        False, "--strict", hidden=True, help="Deprecated: warnings refuse unless --allow-warnings."
    ),
    as_json: bool = typer.Option(
        False, "--json", help="One JSON object: verdict, exit code and findings with their spans."
    ),
) -> None:
    """Show what `marketmsg reply` would do with TEXT on PLATFORM: blocked, needs --allow-warnings, or ok."""
    from .._exceptions import MarketmsgError
    from ..models import MessageKind
    from ..rules import RuleContext, evaluate, rule_pack_for

    del strict  # warnings refuse by default now, as they do in reply
    body = sys.stdin.read() if text == "-" else text
    if not body.strip():
        fail("nothing to check: pass the message text (or '-' to read standard input)")
    try:
        context = RuleContext(
            platform=platform, locale=locale, kind=MessageKind(kind).value, critical=critical
        )
        report = evaluate(body, context, rule_pack_for(platform))
    except MarketmsgError as exc:
        fail(exc.message)
    verdict = verdict_of(report.findings, allow_warnings=allow_warnings)
    if as_json:
        json_line(
            {
                "verdict": verdict.value,
                "exit_code": verdict.exit_code,
                "blocked": report.blocked,
                "findings": [finding_json(f) for f in report.findings],
            }
        )
        raise typer.Exit(verdict.exit_code)
    console: Console = stdout_console()
    console.print(highlight(report))
    if report.findings:
        console.print(show_findings(report.findings, report.text))
    console.print(_verdict_line(verdict, report))
    raise typer.Exit(verdict.exit_code)


def register(app: typer.Typer) -> None:
    """Add ``marketmsg check`` to the application."""
    app.command("check")(check_command)
