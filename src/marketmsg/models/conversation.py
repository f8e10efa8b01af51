"""A conversation: one buyer, usually one order, on one channel."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from ._base import MarketmsgModel, Raw, UtcDatetime
from .party import Party

__all__ = ["Channel", "Conversation", "ConversationStatus"]


class Channel(StrEnum):
    """How the messages travel."""

    SPAPI = "spapi"
    RELAY_EMAIL = "relay_email"
    IM = "im"
    STATION_LETTER = "station_letter"
    ORDER_MESSAGE = "order_message"
    DISPUTE = "dispute"
    OTHER = "other"


class ConversationStatus(StrEnum):
    AWAITING_SELLER = "awaiting_seller"
    AWAITING_BUYER = "awaiting_buyer"
    CLOSED = "closed"


class Conversation(MarketmsgModel):
    """A thread with a buyer. ``id`` round-trips: ``client.conversations.get(conv.id)`` works in any process."""

    id: str
    platform: str
    account: str
    channel: Channel
    buyer: Party
    order_id: str | None = None
    subject: str | None = Field(default=None, repr=False)
    status: ConversationStatus = ConversationStatus.AWAITING_BUYER
    unread_count: int = Field(default=0, ge=0)
    last_message_at: UtcDatetime | None = None
    last_inbound_at: UtcDatetime | None = None
    last_outbound_at: UtcDatetime | None = None
    response_due: UtcDatetime | None = None
    tags: tuple[str, ...] = ()
    raw: Raw = None
