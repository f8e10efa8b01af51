"""``marketmsg demo``: the unified inbox over every built-in simulator, in one process, no credentials."""

from __future__ import annotations

from datetime import datetime

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .._client import Client
from .._exceptions import MarketmsgError, PolicyViolation
from ..adapter import Feature
from ..models import Conversation, ConversationStatus, DisputeStatus

__all__ = ["register", "run_demo"]

_CLOSED_DISPUTES = (DisputeStatus.RESOLVED, DisputeStatus.REJECTED, DisputeStatus.CANCELLED)


def _fmt(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "—"


def _due(ts: datetime | None, now: datetime) -> str:
    """A reply deadline as a helpdesk shows it: overdue in red, soon in yellow."""
    if ts is None:
        return "—"
    hours = (ts - now).total_seconds() / 3600
    if hours < 0:
        return f"[bold red]overdue {-hours:.0f} h[/]"
    style = "yellow" if hours < 6 else "green"
    return f"[{style}]in {hours:.0f} h[/] ({_fmt(ts)})"


def _inbox_table(conversations: list[Conversation], now: datetime) -> Table:
    table = Table(title="Unified inbox — newest activity first")
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
        table.add_column(column, no_wrap=column in ("order", "reply due", "last message"))
    for conv in conversations:
        waiting = conv.status is ConversationStatus.AWAITING_SELLER
        table.add_row(
            conv.platform,
            conv.account.split(":", 1)[1],
            conv.channel.value,
            conv.order_id or "—",
            f"[{'bold' if waiting else 'dim'}]{conv.status.value}[/]",
            str(conv.unread_count),
            _fmt(conv.last_message_at),
            _due(conv.response_due, now) if waiting else "—",
        )
    return table


def run_demo(console: Console, *, platforms: list[str] | None = None, limit: int = 50) -> int:
    """Build a client on the sandbox, show the merged inbox and disputes, then let the rules guard a reply."""
    from .._registry import register_adapter
    from ..sandbox import Sandbox

    sandbox = Sandbox.create(platforms)
    if not sandbox.specs:  # no adapter with a simulator installed: show the core on the fictional market
        register_adapter("fakemarket", "marketmsg.testing.fakemarket:FakemarketAdapter")
        sandbox = Sandbox.create(["fakemarket"])
    console.print(f"[bold]marketmsg demo[/] — built-in simulators: {', '.join(sandbox.specs)} (no network)")
    with sandbox.client() as client:
        now = client._state.clock.now()
        conversations = client.conversations.list().to_list(limit)
        console.print(_inbox_table(conversations, now))
        waiting = [c for c in conversations if c.status is ConversationStatus.AWAITING_SELLER]
        overdue = [c for c in waiting if c.response_due is not None and c.response_due < now]
        console.print(
            f"{len(conversations)} conversations from {len(client.accounts)} accounts: "
            f"{len(waiting)} awaiting a reply, {len(overdue)} overdue."
        )
        for platform in sandbox.specs:
            _show_disputes(console, client, platform, now)
        replyable = [c for c in waiting if c.channel.value != "dispute"]
        if replyable:
            _reply_demo(console, client, replyable[0])
    return 0


def _show_disputes(console: Console, client: Client, platform: str, now: datetime) -> None:
    from .._registry import get_adapter

    if Feature.DISPUTES not in get_adapter(platform).features:
        return
    disputes = [
        d for d in client.disputes.list(platform=platform).to_list(20) if d.status not in _CLOSED_DISPUTES
    ]
    table = Table(title=f"Open disputes — {platform}")
    for column in ("order", "status", "reason", "seller must respond", "buyer may escalate from"):
        table.add_column(column)
    for dispute in disputes:
        timeline = dispute.timeline
        due = timeline.seller_response_due.at if timeline.seller_response_due else None
        opens = timeline.escalation_opens.at if timeline.escalation_opens else None
        table.add_row(
            dispute.order_id or "—", dispute.status.value, dispute.reason or "—", _due(due, now), _fmt(opens)
        )
    console.print(table)


def _reply_demo(console: Console, client: Client, conversation: Conversation) -> None:
    order = conversation.order_id or "your order"
    console.print(
        f"\n[bold]Replying[/] on {conversation.platform} ({conversation.channel.value}) about order {order}:"
    )
    risky = f"Thanks! For order {order}, write to me at seller.support@example.com and I will refund you directly."
    try:
        client.messages.reply(conversation.id, risky)
        console.print("[yellow]the rules let the risky reply through[/]")
    except PolicyViolation as exc:
        console.print("  [red]refused before anything was sent:[/]")
        for finding in exc.findings:
            console.print(
                f"    {escape('[' + finding.severity + ']')} {finding.rule}: {escape(finding.message)}"
            )
    good = (
        f"Thank you for your message about order {order}.\n\n"
        "Your parcel left our warehouse today and is on its way; the tracking details are on the order page.\n\n"
        "If anything else is needed, please reply here and we will help."
    )
    try:
        message = client.messages.reply(conversation.id, good)
        console.print(f"  [green]sent[/] at {_fmt(message.sent_at)} via {message.channel.value}")
    except MarketmsgError as exc:
        console.print(f"  [red]not sent:[/] {exc.message}")


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        platform: list[str] = typer.Option(None, "--platform", "-p", help="Limit to these simulators."),
        limit: int = typer.Option(50, help="Show at most this many conversations."),
    ) -> None:
        """The unified inbox against the built-in sandbox (no credentials, no network)."""
        probe = Console()
        console = probe if probe.is_terminal else Console(width=170)
        raise typer.Exit(run_demo(console, platforms=platform or None, limit=limit))
