"""What an event is: a type, a stable id, a position in the event log, and facts about ids — never secrets.

The wire shape is Standard Webhooks' recommended payload (``{"type", "timestamp", "data"}``): an ERP reads
the same JSON whether the event reached it through a webhook or through an in-process subscriber's
:meth:`Event.payload`. Buyer text is not part of the stored event: a subscriber that opted in gets it added
when its payload is built (see :class:`marketmsg.events.EventLog`), read from the store at that moment, so a
retention purge removes it from every later delivery too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from pydantic import Field

from ..models._base import MarketmsgModel, UtcDatetime

__all__ = ["Event", "EventType", "event_id"]


class EventType(StrEnum):
    """Every event marketmsg emits. The value is the ``type`` field of the payload (and of the webhook)."""

    MESSAGE_RECEIVED = "message.received"
    """A buyer's message was stored for the first time (one event per message, however often it is synced)."""
    MESSAGE_SENT = "message.sent"
    """A seller message reached the platform: sent through the outbox, or found by a sync (sent elsewhere)."""
    MESSAGE_DELIVERY_UNKNOWN = "message.delivery_unknown"
    """A send's outcome is unknown (the answer was lost): the outbox entry needs a reconcile."""
    CONVERSATION_SLA_AT_RISK = "conversation.sla_at_risk"
    """A conversation awaiting the seller is due within the warning horizon (default 4 h)."""
    CONVERSATION_SLA_BREACHED = "conversation.sla_breached"
    """A conversation awaiting the seller passed its response deadline."""
    DISPUTE_OPENED = "dispute.opened"
    """A dispute was stored for the first time."""
    DISPUTE_DEADLINE_NEAR = "dispute.deadline_near"
    """A dispute's seller response deadline is within the warning horizon."""
    DISPUTE_UPDATED = "dispute.updated"
    """A stored dispute changed (status, solutions, timeline …)."""


def event_id(kind: EventType, *parts: object) -> str:
    """The id of the event ``kind`` about ``parts``: the same inputs always give the same id.

    That is what makes derivation idempotent: a message synced twice, a pump that crashed after it derived
    but before it committed, or an outbox send and a sync that both see one sent message, all arrive at one
    event. The id is the ``webhook-id`` of every delivery of the event, so receivers can deduplicate.
    """
    text = "\x1f".join([kind.value, *(str(p) for p in parts)])
    return "evt_" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:40]


class Event(MarketmsgModel):
    """One event of the log.

    ``position`` orders the log (gap-free, in commit order, like the change feed); ``source_position`` is the
    change-feed position the event was derived from (``None`` for deadline events, which time raises).
    ``data`` holds ids and facts (timestamps, statuses, order ids, deadlines, amounts): never secrets, never
    buyer text — see :meth:`payload` for how text is added for subscribers that opted in.
    """

    id: str
    type: EventType
    position: int
    account: str
    subject_id: str
    occurred_at: UtcDatetime
    source_position: int | None = None
    data: Mapping[str, Any] = Field(default_factory=dict)

    def payload(self, *, text: str | None = None) -> dict[str, Any]:
        """The Standard Webhooks payload: ``{"type", "timestamp", "data"}``; ``text`` is added as ``data.text``."""
        data = dict(self.data)
        if text is not None:
            data["text"] = text
        return {"type": self.type.value, "timestamp": self.occurred_at.isoformat(), "data": data}
