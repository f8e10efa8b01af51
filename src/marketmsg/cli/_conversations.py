"""``marketmsg show``, ``marketmsg reply`` and ``marketmsg disputes``: one conversation, one reply, the disputes.

Exit codes: 0 ok; 1 the rules refused the reply (findings printed); 2 usage/configuration error or an id this
configuration cannot route; 3 platform or network error (a reply whose delivery is unknown included).
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import datetime

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .._exceptions import (
    APIError,
    ConfigurationError,
    DeliveryUnknown,
    InvalidIdError,
    MarketmsgError,
    PlatformRuleError,
    PolicyViolation,
)
from ..models import DisputeStatus
from ._accounts import CONFIG_HELP, SANDBOX_HELP, open_client
from ._app import EXIT_API, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE

__all__ = ["register"]


def _fmt(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "—"


def _exit_code(exc: MarketmsgError) -> int:
    if isinstance(exc, PlatformRuleError):
        return EXIT_FINDINGS
    if isinstance(exc, (ConfigurationError, InvalidIdError)):
        return EXIT_USAGE
    if isinstance(exc, (APIError, DeliveryUnknown)):
        return EXIT_API
    return EXIT_API


def _error(console: Console, exc: MarketmsgError) -> int:
    console.print(f"[red]{type(exc).__name__}:[/] {exc.message}")
    if isinstance(exc, PolicyViolation):
        for finding in exc.findings:
            where = f"{finding.start}-{finding.end}"
            console.print(
                f"  {escape('[' + finding.severity + ']')} {finding.rule} at {where}: {escape(finding.message)}"
            )
    return _exit_code(exc)


def run_show(console: Console, conversation_id: str, *, sandbox: bool, config: str | None) -> int:
    with ExitStack() as stack:
        client = stack.enter_context(open_client(sandbox=sandbox, config=config))
        try:
            conv = client.conversations.get(conversation_id)
            messages = list(client.messages.list(conversation_id))
        except MarketmsgError as exc:
            return _error(console, exc)
        console.print(
            f"[bold]{conv.platform}[/] {conv.channel.value} · order {conv.order_id or '—'} · {conv.status.value}"
            f" · reply due {_fmt(conv.response_due)}"
        )
        for message in messages:
            who = message.sender.role.value
            console.print(
                f"\n[dim]{_fmt(message.sent_at)}[/] [bold]{who}[/] ({message.direction.value}, {message.kind.value})"
            )
            console.print(message.body or "[dim](no text)[/]", markup=False)
            for attachment in message.attachments:
                console.print(
                    f"  📎 {attachment.filename} ({attachment.content_type}, {attachment.size} bytes)",
                    markup=False,
                )
    return EXIT_OK


def run_reply(
    console: Console,
    conversation_id: str,
    text: str,
    *,
    sandbox: bool,
    config: str | None,
    allow_warnings: bool,
    critical: bool,
    idempotency_key: str | None,
) -> int:
    with ExitStack() as stack:
        client = stack.enter_context(open_client(sandbox=sandbox, config=config))
        try:
            message = client.messages.reply(
                conversation_id,
                text,
                allow_warnings=allow_warnings,
                critical=critical,
                idempotency_key=idempotency_key,
            )
        except MarketmsgError as exc:
            return _error(console, exc)
        console.print(f"[green]sent[/] {message.id} at {_fmt(message.sent_at)} via {message.channel.value}")
    return EXIT_OK


def run_disputes(
    console: Console,
    *,
    sandbox: bool,
    config: str | None,
    platform: str | None,
    status: DisputeStatus | None,
    limit: int,
) -> int:
    with ExitStack() as stack:
        client = stack.enter_context(open_client(sandbox=sandbox, config=config))
        try:
            disputes = client.disputes.list(platform=platform, status=status).to_list(limit)
        except MarketmsgError as exc:
            return _error(console, exc)
        table = Table(title="Disputes")
        for column in ("id", "order", "status", "reason", "seller must respond by", "auto-escalation"):
            table.add_column(column, overflow="fold")
        for d in disputes:
            t = d.timeline
            table.add_row(
                d.id,
                d.order_id or "—",
                d.status.value,
                d.reason or "—",
                _fmt(t.seller_response_due.at if t.seller_response_due else None),
                _fmt(t.auto_escalation_at.at if t.auto_escalation_at else None),
            )
        console.print(table)
    return EXIT_OK


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show(
        conversation_id: str = typer.Argument(..., help="A conversation id as the inbox prints it."),
        sandbox: bool = typer.Option(False, "--sandbox", help=SANDBOX_HELP),
        config: str | None = typer.Option(None, "--config", help=CONFIG_HELP),
    ) -> None:
        """Show one conversation and its messages."""
        raise typer.Exit(run_show(Console(), conversation_id, sandbox=sandbox, config=config))

    @app.command("reply")
    def reply(
        conversation_id: str = typer.Argument(..., help="A conversation id as the inbox prints it."),
        text: str = typer.Argument(
            ..., help="The reply (plain text). Use '-' to read it from standard input."
        ),
        sandbox: bool = typer.Option(False, "--sandbox", help=SANDBOX_HELP),
        config: str | None = typer.Option(None, "--config", help=CONFIG_HELP),
        allow_warnings: bool = typer.Option(
            False, "--allow-warnings", help="Send despite warn-level findings (logged)."
        ),
        critical: bool = typer.Option(
            False, "--critical", help="A critical message (reaches opted-out buyers)."
        ),
        idempotency_key: str | None = typer.Option(
            None, "--idempotency-key", help="Make retries of this command safe."
        ),
    ) -> None:
        """Reply in a conversation; the platform's rules run first (exit 1 when they refuse)."""
        import sys

        body = sys.stdin.read() if text == "-" else text
        raise typer.Exit(
            run_reply(
                Console(),
                conversation_id,
                body,
                sandbox=sandbox,
                config=config,
                allow_warnings=allow_warnings,
                critical=critical,
                idempotency_key=idempotency_key,
            )
        )

    @app.command("disputes")
    def disputes(
        sandbox: bool = typer.Option(False, "--sandbox", help=SANDBOX_HELP),
        config: str | None = typer.Option(None, "--config", help=CONFIG_HELP),
        platform: str | None = typer.Option(None, "--platform", help="Only this platform."),
        status: DisputeStatus | None = typer.Option(None, "--status", help="Only disputes in this status."),
        limit: int = typer.Option(50, "--limit", min=1),
    ) -> None:
        """List disputes with their deadlines."""
        raise typer.Exit(
            run_disputes(
                Console(width=170),
                sandbox=sandbox,
                config=config,
                platform=platform,
                status=status,
                limit=limit,
            )
        )
