"""A message in a conversation, inbound, outbound or an internal note."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from .._exceptions import UnknownMessageKindError
from ._base import MarketmsgModel, Raw, UtcDatetime
from .attachment import Attachment
from .conversation import Channel
from .party import Party

__all__ = ["Authenticity", "Direction", "Message", "MessageKind"]


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL_NOTE = "internal_note"


class MessageKind(StrEnum):
    """A free reply, a typed proactive kind, a card, or a platform notice (MODEL.md)."""

    REPLY = "reply"
    CONFIRM_CUSTOMIZATION_DETAILS = "confirm_customization_details"
    CONFIRM_DELIVERY_DETAILS = "confirm_delivery_details"
    LEGAL_DISCLOSURE = "legal_disclosure"
    CONFIRM_ORDER_DETAILS = "confirm_order_details"
    CONFIRM_SERVICE_DETAILS = "confirm_service_details"
    WARRANTY = "warranty"
    DIGITAL_ACCESS_KEY = "digital_access_key"
    UNEXPECTED_PROBLEM = "unexpected_problem"
    INVOICE = "invoice"
    REVIEW_SOLICITATION = "review_solicitation"
    IMAGE = "image"
    ORDER_CARD = "order_card"
    PRODUCT_CARD = "product_card"
    SYSTEM = "system"

    @classmethod
    def _missing_(cls, value: object) -> MessageKind:
        # ``MessageKind("warrenty")`` (and every ``kind="…"`` argument) raises a typed error with a suggestion
        # instead of Enum's bare ValueError; it is still a ValueError for pydantic and older callers.
        raise UnknownMessageKindError(value, known=[member.value for member in cls])


class Authenticity(MarketmsgModel):
    """Relay mail only: the DKIM/DMARC verdict recorded when the message was ingested."""

    dkim: str = "none"
    dmarc: str = "none"
    trusted: bool = False
    reason: str | None = None


class Message(MarketmsgModel):
    """One message. ``body`` is plain text with markers, footers and quoted history removed."""

    id: str
    conversation_id: str
    direction: Direction
    sender: Party
    kind: MessageKind = MessageKind.REPLY
    channel: Channel
    body: str = Field(default="", repr=False)
    attachments: tuple[Attachment, ...] = ()
    sent_at: UtcDatetime
    platform_message_id: str | None = None
    authenticity: Authenticity | None = None
    raw: Raw = None
