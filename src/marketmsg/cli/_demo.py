"""``marketmsg demo``: the unified inbox over every built-in simulator, in one process, no credentials."""

from __future__ import annotations

from datetime import datetime

import typer
from rich.console import Console
from rich.table import Table

from .._exceptions import MarketmsgError, PolicyViolation, UnsupportedOperationError
from ..adapter import Feature
from ..models import Conversation, ConversationStatus

__all__ = ["register", "run_demo"]


def _fmt(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "—"


def _table(conversations: list[Conversation]) -> Table:
    table = Table(title="Unified inbox", show_lines=False)
    for column in (
        "platform",
        "account",
        "channel",
        "order",
        "status",
        "unread",
        "last message",
        "reply due",
    ):
        table.add_column(column)
    for conv in conversations:
        status_style = "bold red" if conv.status is ConversationStatus.AWAITING_SELLER else "green"
        table.add_row(
            conv.platform,
            conv.account.split(":", 1)[1],
            conv.channel.value,
            conv.order_id or "—",
            f"[{status_style}]{conv.status.value}[/]",
            str(conv.unread_count),
            _fmt(conv.last_message_at),
            _fmt(conv.response_due),
        )
    return table


def run_demo(console: Console, *, platforms: list[str] | None = None, limit: int = 50) -> int:
    """Build a client on the sandbox, list the merged inbox, show rules refusing and then allowing a reply."""
    from .._registry import register_adapter
    from ..sandbox import Sandbox

    register_adapter("fakemarket", "marketmsg.testing.fakemarket:FakemarketAdapter")
    sandbox = Sandbox.create(platforms)
    if not sandbox.specs:
        sandbox = Sandbox.create(["fakemarket"])
    console.print(f"[bold]marketmsg demo[/] — simulators: {', '.join(sandbox.specs)}")
    with sandbox.client() as client:
        conversations = client.conversations.list().to_list(limit)
        console.print(_table(conversations))
        waiting = [c for c in conversations if c.status is ConversationStatus.AWAITING_SELLER]
        console.print(f"{len(conversations)} conversations, {len(waiting)} awaiting a seller reply.")
        for adapter_name in sandbox.specs:
            _show_disputes(console, client, adapter_name)
        if waiting:
            _reply_demo(console, client, waiting[0])
    return 0


def _show_disputes(console: Console, client: object, platform: str) -> None:
    from .._client import Client
    from .._registry import get_adapter

    assert isinstance(client, Client)
    if Feature.DISPUTES not in get_adapter(platform).features:
        return
    try:
        disputes = client.disputes.list(platform=platform).to_list(10)
    except UnsupportedOperationError:
        return
    table = Table(title=f"Open disputes — {platform}")
    for column in ("order", "status", "amount", "seller must respond by"):
        table.add_column(column)
    for dispute in disputes:
        due = dispute.timeline.seller_response_due
        table.add_row(
            dispute.order_id or "—",
            dispute.status.value,
            str(dispute.amount or "—"),
            _fmt(due.at if due else None),
        )
    console.print(table)


def _reply_demo(console: Console, client: object, conversation: Conversation) -> None:
    from .._client import Client

    assert isinstance(client, Client)
    console.print(f"\nReplying to {conversation.platform} conversation for order {conversation.order_id}:")
    risky = "Thanks! Write to me at seller.support@example.com and I will refund you outside the platform."
    try:
        client.messages.reply(conversation.id, risky)
        console.print("[yellow]rules let the risky reply through (this platform has no content rules)[/]")
    except PolicyViolation as exc:
        console.print(f"[red]refused before sending:[/] {exc.message}")
    good = (
        f"Thank you for your message about order {conversation.order_id or ''}. "
        "Your parcel left our warehouse today; the tracking link is on the order page. "
        "Please let us know here if anything else is needed."
    )
    try:
        message = client.messages.reply(conversation.id, good, allow_warnings=True)
        console.print(f"[green]sent[/] {message.id} at {_fmt(message.sent_at)}")
    except MarketmsgError as exc:
        console.print(f"[red]not sent:[/] {exc.message}")


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        platform: list[str] = typer.Option(None, "--platform", "-p", help="Limit to these simulators."),
        limit: int = typer.Option(50, help="Show at most this many conversations."),
    ) -> None:
        """The unified inbox against the built-in sandbox (no credentials, no network)."""
        raise typer.Exit(run_demo(Console(), platforms=platform or None, limit=limit))
