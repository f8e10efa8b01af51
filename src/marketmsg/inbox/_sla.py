"""Where a conversation or dispute stands against its reply deadline.

The deadlines themselves come from the adapters' rule tables (``Conversation.response_due``,
``DisputeTimeline.seller_response_due``); this module only classifies them against "now" on the given clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from ..models import Conversation, ConversationStatus, Dispute

__all__ = ["DUE_SOON", "SlaState", "conversation_sla", "dispute_sla", "sla_state"]

DUE_SOON = timedelta(hours=4)
"""Default warning horizon: a quarter of the 24-hour response expectation the platforms publish."""


class SlaState(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"
    NONE = "none"  # nothing owed by the seller, or no deadline known


def sla_state(due: datetime | None, now: datetime, *, soon: timedelta = DUE_SOON) -> SlaState:
    """Classify a deadline: past, within ``soon``, later, or absent."""
    if due is None:
        return SlaState.NONE
    if due <= now:
        return SlaState.OVERDUE
    return SlaState.DUE_SOON if due - now <= soon else SlaState.ON_TRACK


def conversation_sla(conversation: Conversation, now: datetime, *, soon: timedelta = DUE_SOON) -> SlaState:
    """The SLA state of a conversation: only one awaiting the seller owes a reply."""
    if conversation.status is not ConversationStatus.AWAITING_SELLER:
        return SlaState.NONE
    return sla_state(conversation.response_due, now, soon=soon)


def dispute_sla(dispute: Dispute, now: datetime, *, soon: timedelta = DUE_SOON) -> SlaState:
    """The SLA state of a dispute's seller response deadline."""
    due = dispute.timeline.seller_response_due
    return sla_state(due.at if due else None, now, soon=soon)
