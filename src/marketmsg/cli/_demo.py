"""``marketmsg demo``: the unified inbox over every built-in simulator, in one process, no credentials.

It explains itself: the merged inbox with the refs the other commands take, the open disputes, then a reply
the rules refuse (the offending span highlighted, with the fix), the clean reply that was sent, and the commands
a user would type next. Everything runs against the same simulators ``--sandbox`` uses, so the refs it prints
work in ``marketmsg show REF --sandbox``.
"""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.text import Text

from .._client import Client
from .._exceptions import MarketmsgError, PolicyViolation
from ..adapter import Feature
from ..models import Conversation, ConversationStatus, DisputeStatus
from ..rules import Report
from ._check import highlight, show_findings
from ._output import fmt_time, stdout_console
from ._refs import refs_for
from ._session import build_sandbox, open_store, store_target
from ._tables import conversation_table, dispute_table

__all__ = ["register", "run_demo"]

_CLOSED_DISPUTES = (DisputeStatus.RESOLVED, DisputeStatus.REJECTED, DisputeStatus.CANCELLED)


def run_demo(
    console: Console, *, platforms: list[str] | None = None, limit: int = 50, store: str | None = None
) -> int:
    """Show the merged inbox and disputes of the simulators, then let the rules guard a reply."""
    sandbox = build_sandbox(platforms)
    console.print(
        f"[bold]marketmsg demo[/] — built-in simulators: {', '.join(sandbox.specs)} (in this process, no network)"
    )
    with open_store(store_target(store, sandbox=True)) as outbox, sandbox.client(outbox=outbox) as client:
        now = client._state.clock.now()
        conversations = client.conversations.list().to_list(limit)
        refs = refs_for(c.id for c in conversations)
        console.print(
            conversation_table(
                conversations, refs, now, width=console.width, title="Unified inbox, newest activity first"
            )
        )
        waiting = [c for c in conversations if c.status is ConversationStatus.AWAITING_SELLER]
        overdue = [c for c in waiting if c.response_due is not None and c.response_due < now]
        console.print(
            f"{len(conversations)} conversations from {len(client.accounts)} accounts: "
            f"{len(waiting)} awaiting a reply, {len(overdue)} overdue."
        )
        for platform in sandbox.specs:
            _show_disputes(console, client, platform)
        replyable = [c for c in waiting if c.channel.value != "dispute"]
        if replyable:
            _reply_demo(console, client, replyable[0], refs[replyable[0].id])
    return 0


def _show_disputes(console: Console, client: Client, platform: str) -> None:
    from .._registry import get_adapter

    adapter = get_adapter(platform)
    if Feature.DISPUTES not in adapter.features:
        notice = adapter.disputes_notice or f"{adapter.display_name} has no disputes API"
        console.print(f"[dim]{escape(platform)}: {escape(notice)}[/]")
        return
    disputes = [
        d for d in client.disputes.list(platform=platform).to_list(20) if d.status not in _CLOSED_DISPUTES
    ]
    now = client._state.clock.now()
    console.print(
        dispute_table(
            disputes,
            refs_for(d.id for d in disputes),
            now,
            width=console.width,
            title=f"Open disputes — {platform}",
        )
    )


def _reply_demo(console: Console, client: Client, conversation: Conversation, ref: str) -> None:
    order = conversation.order_id or "your order"
    console.print(
        f"\n[bold]A reply on {conversation.platform}[/] ({conversation.channel.value}) in conversation "
        f"[bold]{ref}[/] about order {escape(order)}"
    )
    risky = f"Thanks! For order {order}, write to me at seller.support@example.com and I will refund you directly."
    console.print("\n1. This draft is checked by the platform's rules before anything is sent:")
    try:
        client.messages.reply(conversation.id, risky)
        console.print("   [yellow]the rules let the risky draft through[/]")
    except PolicyViolation as exc:
        report = Report(text=risky, findings=exc.findings)
        console.print(Padding(highlight(report), (0, 0, 0, 3), expand=False))
        console.print(show_findings(exc.findings, risky, indent="   "), end="")
        console.print("   [red]refused: nothing was sent[/] (exit code 1 from `marketmsg reply`)")
    good = (
        f"Thank you for your message about order {order}.\n\n"
        "Your parcel left our warehouse today and is on its way; the tracking details are on the order page.\n\n"
        "If anything else is needed, please reply here and we will help."
    )
    console.print("\n2. The clean text, which passes the same rules, was sent:")
    console.print(Padding(Text(good, style="green"), (0, 0, 0, 3), expand=False))
    try:
        message = client.messages.reply(conversation.id, good)
    except MarketmsgError as exc:
        console.print(f"   [red]not sent:[/] {escape(exc.message)}")
        return
    console.print(f"   [green]sent[/] at {fmt_time(message.sent_at)} UTC via {message.channel.value}")
    console.print("\n3. Try it yourself (the same simulators, the same refs, every day):")
    for line in (
        f"marketmsg show {ref} --sandbox",
        f'marketmsg reply {ref} "Thank you for your message about order {order}." --sandbox',
        f'marketmsg check "Write me at bob@example.com" --platform {conversation.platform}',
        "marketmsg inbox --sandbox",
    ):
        console.print(f"   {line}", markup=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        platform: list[str] = typer.Option(None, "--platform", "-p", help="Limit to these simulators."),
        limit: int = typer.Option(50, help="Show at most this many conversations."),
    ) -> None:
        """The unified inbox against the built-in sandbox (no credentials, no network)."""
        raise typer.Exit(run_demo(stdout_console(), platforms=platform or None, limit=limit))
