"""Stored relay mail → unified Conversations and Messages (threads keyed by a hash of buyer alias + order id)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from marketmsg.models import (
    Channel,
    Conversation,
    ConversationStatus,
    Direction,
    IdKind,
    Message,
    MessageKind,
    Party,
    PartyRole,
)

from ._parse import parse
from ._store import StoredMessage, activity_at

__all__ = ["RESPONSE_SLA", "ThreadView", "build_threads", "to_message"]

# "Respond within 24 hours, including weekends and holidays" (Seller Central 202152030, fact sheet §5.3) — the
# rule pack's AMAZON_RESPONSE_SLA; not imported from it, so reading mail never loads the rule tables.
RESPONSE_SLA = timedelta(hours=24)

MakeId = Callable[[IdKind, str], str]


@dataclass(frozen=True)
class ThreadView:
    """One conversation's stored messages, oldest first. ``key`` is the thread key (``t-…``)."""

    key: str
    messages: tuple[StoredMessage, ...]

    @property
    def alias(self) -> str | None:
        """The buyer's relay alias (from the newest message naming it), None once purged."""
        return next((m.meta.buyer_alias for m in reversed(self.messages) if m.meta.buyer_alias), None)

    @property
    def order_id(self) -> str | None:
        return next((m.meta.order_id for m in self.messages if m.meta.order_id), None)


def sent_at(stored: StoredMessage) -> datetime:
    """When the message happened (its Date, unless absent or implausibly after it was received)."""
    return activity_at(stored.meta.sent_at, stored.received_at)


def build_threads(stored: Sequence[StoredMessage]) -> list[ThreadView]:
    """Group buyer messages and our replies by thread key; other kinds (notices, suspects) are not threads."""
    groups: dict[str, list[StoredMessage]] = {}
    copies: list[StoredMessage] = []
    for item in stored:
        if item.meta.kind == "seller_copy":
            copies.append(item)
        elif item.thread and not item.thread.startswith("*/"):
            groups.setdefault(item.thread, []).append(item)
    orders = {
        key: next((m.meta.order_id for m in items if m.meta.order_id), None) for key, items in groups.items()
    }
    for copy in copies:
        # A Seller Central copy names the order but not the alias: attach it when exactly one thread has the order.
        matching = [key for key, order in orders.items() if order and order == copy.meta.order_id]
        if len(matching) == 1:
            groups[matching[0]].append(copy)
    return [
        ThreadView(key, tuple(sorted(items, key=lambda s: (sent_at(s), s.seq))))
        for key, items in groups.items()
    ]


def to_conversation(
    view: ThreadView, *, platform: str, account: str, make_id: MakeId, opted_out: bool
) -> Conversation:
    """The unified conversation for one thread (status, unread, SLA due derived as MODEL.md says)."""
    inbound = [m for m in view.messages if not m.outbound]
    outbound = [m for m in view.messages if m.outbound]
    last = view.messages[-1]
    named = [m.meta.buyer_name for m in inbound if m.meta.buyer_name]
    awaiting_seller = not last.outbound
    last_in = sent_at(inbound[-1]) if inbound else None
    first = inbound[0].meta if inbound else last.meta
    return Conversation(
        id=make_id(IdKind.CONVERSATION, view.key),
        platform=platform,
        account=account,
        channel=Channel.RELAY_EMAIL,
        buyer=Party(role=PartyRole.BUYER, platform_id=view.alias, display_name=named[-1] if named else None),
        order_id=view.order_id,
        subject=first.subject or None,
        status=ConversationStatus.AWAITING_SELLER if awaiting_seller else ConversationStatus.AWAITING_BUYER,
        unread_count=sum(1 for m in inbound if not m.read),
        last_message_at=sent_at(last),
        last_inbound_at=last_in,
        last_outbound_at=sent_at(outbound[-1]) if outbound else None,
        response_due=(last_in + RESPONSE_SLA) if awaiting_seller and last_in else None,
        tags=("buyer_opted_out",) if opted_out else (),
        raw={"thread": view.key, "messages": len(view.messages), "marketplace": first.marketplace},
    )


def to_message(stored: StoredMessage, *, conversation_id: str, make_id: MakeId) -> Message:
    """The unified message; attachment bytes are re-read from the stored raw mail."""
    meta = stored.meta
    inbound = not stored.outbound
    attachments = meta.attachments
    if stored.direction == "inbound" and attachments and stored.raw:
        attachments = parse(stored.raw, verify=False).attachments
    native = meta.message_id or f"seq-{stored.seq}"
    return Message(
        id=make_id(IdKind.MESSAGE, f"{conversation_id.split(':conv:', 1)[-1]}#{native}"),
        conversation_id=conversation_id,
        direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
        sender=Party(role=PartyRole.BUYER, platform_id=meta.buyer_alias, display_name=meta.buyer_name)
        if inbound
        else Party(role=PartyRole.SELLER, platform_id=meta.sender),
        kind=MessageKind.REPLY,
        channel=Channel.RELAY_EMAIL,
        body=meta.body,
        attachments=attachments,
        sent_at=sent_at(stored),
        platform_message_id=meta.platform_message_id or meta.message_id,
        authenticity=meta.authenticity,
        raw=stored.raw,
    )
