"""What the rules need to know about an order, and what may be sent for it now."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from ._base import MarketmsgModel, Raw, UtcDatetime

__all__ = ["Capability", "Fulfilment", "OrderContext", "RefusedKind"]


class Fulfilment(StrEnum):
    MERCHANT = "merchant"
    PLATFORM = "platform"  # Amazon AFN (FBA), AliExpress Choice/warehouse
    UNKNOWN = "unknown"


class OrderContext(MarketmsgModel):
    """Non-PII order facts the rules use (fulfilment, dates, gift/return flags, buyer locale, opt-out)."""

    platform: str
    account: str
    order_id: str
    fulfilment: Fulfilment = Fulfilment.UNKNOWN
    status: str | None = None
    purchased_at: UtcDatetime | None = None
    shipped_at: UtcDatetime | None = None
    earliest_delivery: UtcDatetime | None = None
    latest_delivery: UtcDatetime | None = None
    delivered_at: UtcDatetime | None = None
    is_gift: bool = False
    is_return: bool = False
    buyer_locale: str | None = None
    buyer_country: str | None = None
    buyer_opted_out: bool = False
    proactive_messages_sent: int = Field(default=0, ge=0)
    raw: Raw = None


class RefusedKind(MarketmsgModel):
    """A message kind that may not be sent now, the rule that says so, and why in one sentence."""

    kind: str
    rule: str
    reason: str


class Capability(MarketmsgModel):
    """What may be sent for one order or conversation right now."""

    platform: str
    account: str
    order_id: str | None = None
    conversation_id: str | None = None
    can_reply: bool = False
    allowed_kinds: tuple[str, ...] = ()
    refused: tuple[RefusedKind, ...] = ()
    unknown_actions: tuple[str, ...] = ()
    raw: Raw = None

    def allows(self, kind: str) -> bool:
        return kind in self.allowed_kinds

    def why_not(self, kind: str) -> str | None:
        """The reason ``kind`` is refused, or ``None`` when it is allowed or unknown."""
        for refused in self.refused:
            if refused.kind == kind:
                return refused.reason
        return None
