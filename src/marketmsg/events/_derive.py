"""From stored facts to events — pure functions, no I/O: which change means which event, and which deadline
raises which warning.

Change-driven (one pass over the change feed):

============================  ===========================================================================
change                        event
============================  ===========================================================================
message insert, inbound       ``message.received``
message insert, outbound      ``message.sent`` (id keyed on the message id, so the outbox's own event and
                              the sync that later stores the sent message are one event)
outbox → sent                 ``message.sent``
outbox → unknown              ``message.delivery_unknown``
dispute insert                ``dispute.opened``
dispute update                ``dispute.updated`` (one per feed position)
============================  ===========================================================================

Time-driven (a scan of the deadlines the adapters' rule packs computed — ``Conversation.response_due``,
``DisputeTimeline.seller_response_due``): ``conversation.sla_at_risk`` once a conversation awaiting the seller
is due within the horizon, ``conversation.sla_breached`` once it is past due, ``dispute.deadline_near`` once a
dispute's response deadline is within the horizon. Each is keyed on the deadline itself, so a new buyer message
(a new deadline) warns again, and the same deadline never warns twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .._outbox import is_dispute_action
from ..inbox._sla import DUE_SOON
from ..models import Conversation, ConversationStatus, Direction, Dispute, DisputeStatus, Message
from ..store import Change, ChangeKind, Entity
from ._types import EventType, event_id

__all__ = [
    "DEFAULT_HORIZON",
    "LOOKBACK",
    "Draft",
    "OutboxFacts",
    "conversation_deadline",
    "dispute_deadline",
    "from_change",
]

DEFAULT_HORIZON = DUE_SOON
#: Deadlines further in the past than this are not scanned any more (a store that has been off for a month
#: does not warn about every conversation it ever missed; they were warned about when they were due).
LOOKBACK = timedelta(days=3)
#: Dispute states in which the seller owes an answer.
_OPEN_DISPUTES = frozenset({DisputeStatus.AWAITING_SELLER, DisputeStatus.UNKNOWN})


@dataclass(frozen=True)
class Draft:
    """An event before the log gives it a position."""

    id: str
    type: EventType
    account: str
    subject_id: str
    occurred_at: datetime
    data: dict[str, Any]
    source_position: int | None = None


@dataclass(frozen=True)
class OutboxFacts:
    """What the event of an outbox change says (no body: that is buyer-facing text)."""

    key: str
    account: str
    target: str
    operation: str
    state: str
    message_id: str | None
    updated_at: datetime


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def message_facts(message: Message, conversation: Conversation | None) -> dict[str, Any]:
    """Ids and facts of a message (no body, no sender names)."""
    return {
        "message_id": message.id,
        "conversation_id": message.conversation_id,
        "direction": message.direction.value,
        "channel": message.channel.value,
        "kind": message.kind.value,
        "sent_at": message.sent_at.isoformat(),
        "attachments": len(message.attachments),
        "order_id": conversation.order_id if conversation else None,
        "response_due": _iso(conversation.response_due) if conversation else None,
    }


def dispute_facts(dispute: Dispute) -> dict[str, Any]:
    due = dispute.timeline.seller_response_due
    return {
        "dispute_id": dispute.id,
        "order_id": dispute.order_id,
        "status": dispute.status.value,
        "raw_status": dispute.raw_status,
        "opened_at": _iso(dispute.opened_at),
        "updated_at": _iso(dispute.updated_at),
        "response_due": _iso(due.at) if due else None,
        "response_due_source": due.source if due else None,
        "amount": str(dispute.amount.amount) if dispute.amount else None,
        "currency": dispute.amount.currency if dispute.amount else None,
        "conversation_id": dispute.conversation_id,
    }


def from_change(
    change: Change,
    *,
    message: Message | None = None,
    conversation: Conversation | None = None,
    dispute: Dispute | None = None,
    outbox: OutboxFacts | None = None,
) -> Draft | None:
    """The event a change means, given the object it is about as stored now (``None``: no event)."""
    if change.entity is Entity.MESSAGE and change.op is ChangeKind.INSERT and message is not None:
        if message.direction is Direction.INBOUND:
            kind = EventType.MESSAGE_RECEIVED
        elif message.direction is Direction.OUTBOUND:
            kind = EventType.MESSAGE_SENT
        else:
            return None  # internal notes are the seller's own bookkeeping
        data = message_facts(message, conversation)
        return _draft(change, event_id(kind, message.id), kind, message.id, message.sent_at, data)
    if (
        change.entity is Entity.DISPUTE
        and dispute is not None
        and change.op in (ChangeKind.INSERT, ChangeKind.UPDATE)
    ):
        if change.op is ChangeKind.INSERT:
            kind, key = EventType.DISPUTE_OPENED, event_id(EventType.DISPUTE_OPENED, dispute.id)
        else:
            kind, key = (
                EventType.DISPUTE_UPDATED,
                event_id(EventType.DISPUTE_UPDATED, dispute.id, change.position),
            )
        return _draft(change, key, kind, dispute.id, change.at, dispute_facts(dispute))
    if change.entity is Entity.OUTBOX and outbox is not None:
        return _outbox_event(change, outbox)
    return None


def _draft(
    change: Change, key: str, kind: EventType, subject: str, occurred: datetime, data: dict[str, Any]
) -> Draft:
    return Draft(key, kind, change.account, subject, occurred, data, source_position=change.position)


def _outbox_event(change: Change, outbox: OutboxFacts) -> Draft | None:
    if is_dispute_action(outbox.operation):
        return None  # a dispute action sent no message; the dispute's own change says what it did
    data = {
        "outbox_key": outbox.key,
        "conversation_id": outbox.target,
        "operation": outbox.operation,
        "message_id": outbox.message_id,
    }
    if change.op is ChangeKind.SENT:
        kind = EventType.MESSAGE_SENT
        # Keyed on the platform's message id when known: the sync that stores the same message later
        # derives this very event again, and it is stored once.
        key = event_id(kind, outbox.message_id) if outbox.message_id else event_id(kind, "outbox", outbox.key)
        return _draft(change, key, kind, outbox.message_id or outbox.key, change.at, data)
    if change.op is ChangeKind.UNKNOWN:
        kind = EventType.MESSAGE_DELIVERY_UNKNOWN
        key = event_id(kind, outbox.key, change.position)
        return _draft(change, key, kind, outbox.key, change.at, data)
    return None


def conversation_deadline(conversation: Conversation, now: datetime, horizon: timedelta) -> Draft | None:
    """``conversation.sla_breached`` / ``sla_at_risk`` for a conversation awaiting the seller, else None."""
    due = conversation.response_due
    if conversation.status is not ConversationStatus.AWAITING_SELLER or due is None or due - now > horizon:
        return None
    kind = EventType.CONVERSATION_SLA_BREACHED if due <= now else EventType.CONVERSATION_SLA_AT_RISK
    data = {
        "conversation_id": conversation.id,
        "order_id": conversation.order_id,
        "status": conversation.status.value,
        "response_due": due.isoformat(),
        "last_inbound_at": _iso(conversation.last_inbound_at),
        "unread_count": conversation.unread_count,
    }
    # When it happened, not when a scan noticed (a worker that was down warns late, with the right time).
    occurred = due if kind is EventType.CONVERSATION_SLA_BREACHED else due - horizon
    return Draft(event_id(kind, conversation.id, due.isoformat()), kind, conversation.account, conversation.id,
                 occurred, data)  # fmt: skip


def dispute_deadline(dispute: Dispute, now: datetime, horizon: timedelta) -> Draft | None:
    """``dispute.deadline_near`` for an open dispute whose seller response is due within ``horizon``."""
    due = dispute.timeline.seller_response_due
    if dispute.status not in _OPEN_DISPUTES or due is None or due.at - now > horizon:
        return None
    kind = EventType.DISPUTE_DEADLINE_NEAR
    data = {**dispute_facts(dispute), "overdue": due.at <= now}
    return Draft(event_id(kind, dispute.id, due.at.isoformat()), kind, dispute.account, dispute.id,
                 due.at - horizon, data)  # fmt: skip
