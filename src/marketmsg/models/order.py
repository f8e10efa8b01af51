"""What the rules need to know about an order, and what may be sent for it now."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from ._base import MarketmsgModel, Raw, UtcDatetime

__all__ = [
    "ALL_ORDER_FACTS",
    "ORDER_FACT_FIELDS",
    "Capability",
    "Fulfilment",
    "OrderContext",
    "OrderFact",
    "RefusedKind",
]


class Fulfilment(StrEnum):
    MERCHANT = "merchant"
    PLATFORM = "platform"  # Amazon AFN (FBA), AliExpress Choice/warehouse
    UNKNOWN = "unknown"


class OrderFact(StrEnum):
    """A class of order facts that are read (and cached) together: what a rule declares it needs.

    Classes exist because facts cost different platform calls and age differently: the fulfilment channel and
    the gift flag of an order never change, its delivery state does. :data:`ORDER_FACT_FIELDS` says which
    :class:`OrderContext` fields each class covers; ``marketmsg._facts`` holds how long each is trusted.
    """

    FULFILMENT = "fulfilment"  # fulfilment (merchant / platform)
    GIFT = "gift"  # is_gift
    LOCALE = "locale"  # buyer_locale, buyer_country
    STATUS = "status"  # status, purchase/ship/delivery dates
    RETURN = "return"  # is_return
    OPT_OUT = "opt_out"  # buyer_opted_out
    HISTORY = "history"  # proactive_messages_sent


#: Every order fact class: what a full :class:`OrderContext` carries.
ALL_ORDER_FACTS: frozenset[OrderFact] = frozenset(OrderFact)

#: The :class:`OrderContext` fields of each fact class.
ORDER_FACT_FIELDS: dict[OrderFact, tuple[str, ...]] = {
    OrderFact.FULFILMENT: ("fulfilment",),
    OrderFact.GIFT: ("is_gift",),
    OrderFact.LOCALE: ("buyer_locale", "buyer_country"),
    OrderFact.STATUS: (
        "status",
        "purchased_at",
        "shipped_at",
        "earliest_delivery",
        "latest_delivery",
        "delivered_at",
    ),
    OrderFact.RETURN: ("is_return",),
    OrderFact.OPT_OUT: ("buyer_opted_out",),
    OrderFact.HISTORY: ("proactive_messages_sent",),
}


class OrderContext(MarketmsgModel):
    """Non-PII order facts the rules use (fulfilment, dates, gift/return flags, buyer locale, opt-out).

    ``facts`` names the fact classes this context actually carries; a context read for a reply may hold only
    the fulfilment channel (fields of the other classes then keep their defaults and mean "not read").
    """

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
    facts: frozenset[OrderFact] = ALL_ORDER_FACTS
    raw: Raw = None

    def knows(self, fact: OrderFact) -> bool:
        """True when this context carries ``fact`` (it was read, not defaulted)."""
        return fact in self.facts


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
