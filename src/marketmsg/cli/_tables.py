"""The inbox and dispute tables, shared by ``demo``, ``inbox`` and ``disputes``.

Sized for an 80-column terminal without cutting what a user copies: ids (as refs), order ids and dates are
never wrapped or shortened; the free-text columns (status, reason) wrap instead, and the extra columns (channel,
last activity) appear only when the terminal is wide enough. Times are UTC.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from rich import box
from rich.markup import escape
from rich.table import Table

from ..models import Conversation, ConversationStatus, Dispute, DisputeStatus
from ._output import due_text, fmt_time

__all__ = ["WIDE", "conversation_table", "dispute_table", "seller_of"]

#: Terminal width from which the optional columns are shown.
WIDE = 108

# Whose turn it is, in the reply-due column: only a conversation awaiting the seller has a deadline.
_NOT_OWED = {
    ConversationStatus.AWAITING_BUYER: "[dim]buyer's turn[/]",
    ConversationStatus.CLOSED: "[dim]closed[/]",
}


def seller_of(account_key: str) -> str:
    return account_key.split(":", 1)[1] if ":" in account_key else account_key


def _table(title: str) -> Table:
    return Table(
        title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, title_justify="left"
    )


def _exact(table: Table, header: str, values: Sequence[str]) -> None:
    """A column whose cells are copied by users: as wide as its longest value, never wrapped or cut."""
    table.add_column(header, no_wrap=True, min_width=max([len(header), *map(len, values)]))


def conversation_table(
    conversations: Sequence[Conversation],
    refs: Mapping[str, str],
    now: datetime,
    *,
    width: int,
    title: str = "Inbox",
) -> Table:
    """One row per conversation: ref, platform, seller, order, reply due (+ channel, last activity).

    "reply due" says whose turn it is: a deadline (red when overdue) when the seller owes a reply, else
    "buyer's turn" or "closed".
    """
    wide = width >= WIDE
    table = _table(f"{title} (times UTC)")
    _exact(table, "id", [refs[c.id] for c in conversations])
    table.add_column("platform", no_wrap=True)
    _exact(table, "account", [seller_of(c.account) for c in conversations])
    if wide:
        table.add_column("channel", no_wrap=True)
    _exact(table, "order", [c.order_id or "—" for c in conversations])
    table.add_column("reply due", no_wrap=True)
    if wide:
        _exact(table, "last activity", [fmt_time(c.last_message_at) for c in conversations])
    for conv in conversations:
        row = [refs[conv.id], conv.platform, escape(seller_of(conv.account))]
        if wide:
            row.append(conv.channel.value)
        turn = _NOT_OWED.get(conv.status) or (
            due_text(conv.response_due, now) if conv.response_due else "[bold]needs reply[/]"
        )
        row += [escape(conv.order_id or "—"), turn]
        if wide:
            row.append(fmt_time(conv.last_message_at))
        table.add_row(*row)
    return table


def dispute_table(
    disputes: Sequence[Dispute],
    refs: Mapping[str, str],
    now: datetime,
    *,
    width: int,
    title: str = "Disputes",
) -> Table:
    """One row per dispute: ref, platform, order, reason, the seller's deadline or the status (+ dates)."""
    wide = width >= WIDE
    table = _table(f"{title} (times UTC)")
    _exact(table, "id", [refs[d.id] for d in disputes])
    table.add_column("platform", no_wrap=True)
    _exact(table, "order", [d.order_id or "—" for d in disputes])
    table.add_column("reason")
    table.add_column("respond / status", no_wrap=True)
    if wide:
        _exact(table, "respond by", [fmt_time(_seller_due(d)) for d in disputes])
        _exact(table, "auto-escalation", [fmt_time(_escalation(d)) for d in disputes])
    for d in disputes:
        owed = d.status is DisputeStatus.AWAITING_SELLER and _seller_due(d) is not None
        row = [
            refs[d.id],
            d.platform,
            escape(d.order_id or "—"),
            escape(d.reason or "—"),
            due_text(_seller_due(d), now) if owed else f"[dim]{d.status.value}[/]",
        ]
        if wide:
            row += [fmt_time(_seller_due(d)), fmt_time(_escalation(d))]
        table.add_row(*row)
    return table


def _seller_due(d: Dispute) -> datetime | None:
    return d.timeline.seller_response_due.at if d.timeline.seller_response_due else None


def _escalation(d: Dispute) -> datetime | None:
    return d.timeline.auto_escalation_at.at if d.timeline.auto_escalation_at else None
