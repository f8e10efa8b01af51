"""The simulator's seeded seller, application and orders — each order chosen to exercise one rule.

Which messaging actions an order offers follows the Messaging docs' description (availability depends on order
state, seller type and messages already sent; ``confirmOrderDetails`` only before shipping) and Seller Central's
"FBA: product questions only" (amazon.md §5.4); the exact sets Amazon computes are not published, so these are a
plausible, documented model rather than a copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

__all__ = [
    "CLIENT_ID",
    "CLIENT_SECRET",
    "DELIVERED_LONG_AGO",
    "FBA_GIFT_ORDER",
    "FBA_GIFT_RETURNED",
    "FBA_GIFT_RETURN_REQUESTED",
    "FBA_ORDER",
    "GIFT_ORDER",
    "MARKETPLACE_ID",
    "MFN_ORDER",
    "MISSING_PREFIX",
    "NOT_SHIPPED",
    "REFRESH_TOKEN",
    "RETURNS_REPORT_FIELDS",
    "SANDBOX_INVALID_ORDERS",
    "SANDBOX_ORDER",
    "SELLER_ID",
    "SimOrder",
    "order_on_sight",
    "seed_orders",
]

SELLER_ID = "A2SANDBOXSELLER"
MARKETPLACE_ID = "ATVPDKIKX0DER"  # amazon.com; the static sandbox examples use it too
CLIENT_ID = "amzn1.application-oa2-client.sandbox0123456789"
CLIENT_SECRET = "sandbox-lwa-client-secret-0123456789"  # noqa: S105 - a published sandbox value
REFRESH_TOKEN = "Atzr|sandbox-refresh-token-A2SANDBOXSELLER"  # noqa: S105 - a published sandbox value

MFN_ORDER = "114-3941689-8772232"  # merchant-fulfilled, delivered 8 days ago: review window open
FBA_ORDER = "113-5734192-6020310"  # fulfilled by Amazon (AFN), delivered 10 days ago
GIFT_ORDER = "112-7216480-3390646"  # merchant-fulfilled gift, delivered 6 days ago
DELIVERED_LONG_AGO = "111-0938472-5519024"  # delivered 200 days ago: nothing proactive any more
# FBA gift orders (amazon.md §5.4: returns of FBA gift items are reply-only):
FBA_GIFT_ORDER = "113-6650419-9012286"  # delivered 7 days ago, no return: product-information kinds allowed
FBA_GIFT_RETURNED = "113-8861204-4410592"  # returned: Amazon received it 3 days ago (the FBA returns report)
# The recipient asked about returning it by relay mail ("Return policy inquiry …"); not received back yet, so not
# in the report — the relay thread's topic tells (the Amazon sandbox delivers that mail).
FBA_GIFT_RETURN_REQUESTED = "113-2048811-7305517"
NOT_SHIPPED = "114-6620197-1483705"  # unshipped: order questions allowed, no review request yet
# Amazon's static sandbox inputs (messaging.json x-amzn-api-sandbox): success, and the two invalid ids.
SANDBOX_ORDER = "123-1234567-1234567"
SANDBOX_INVALID_ORDERS = frozenset({"123-1234567-0000000", "badOrderId"})

_BEFORE_SHIPPING = (
    "confirmCustomizationDetails", "confirmDeliveryDetails", "confirmOrderDetails", "legalDisclosure",
    "unexpectedProblem", "warranty", "invoice", "attributes",
)  # fmt: skip
_AFTER_SHIPPING = (
    "confirmDeliveryDetails",
    "legalDisclosure",
    "unexpectedProblem",
    "warranty",
    "invoice",
    "attributes",
)
_FBA = ("legalDisclosure", "warranty", "invoice", "attributes")
# Amazon's static sandbox example lists these, legacy names included (amazon.md §1.3) — plus invoice, which
# that (older) example predates but whose own static example succeeds for the same order.
_SANDBOX_EXAMPLE = (
    "confirmCustomizationDetails", "confirmDeliveryDetails", "legalDisclosure", "negativeFeedbackRemoval",
    "confirmOrderDetails", "confirmServiceDetails", "amazonMotors", "digitalAccessKey", "unexpectedProblem",
    "warranty", "attributes", "invoice",
)  # fmt: skip


@dataclass
class SimOrder:
    """One order as the simulator serves it (Orders v0 ``Order`` fields, non-PII only)."""

    order_id: str
    channel: str
    status: str
    purchased: datetime
    earliest_delivery: datetime
    latest_delivery: datetime
    actions: tuple[str, ...]
    locale: str = "en-US"
    gift: bool = False
    sent: list[dict[str, Any]] = field(default_factory=list)
    solicited: bool = False
    #: Rows of the FBA customer returns report for this order (RETURNS_REPORT_FIELDS → value).
    returns: list[dict[str, str]] = field(default_factory=list)

    def wire(self) -> dict[str, Any]:
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        return {
            "AmazonOrderId": self.order_id,
            "PurchaseDate": self.purchased.strftime(fmt),
            "LastUpdateDate": self.purchased.strftime(fmt),
            "OrderStatus": self.status,
            "FulfillmentChannel": self.channel,
            "SalesChannel": "Amazon.com",
            "OrderType": "StandardOrder",
            "NumberOfItemsShipped": 0 if self.status == "Unshipped" else 1,
            "NumberOfItemsUnshipped": 1 if self.status == "Unshipped" else 0,
            "MarketplaceId": MARKETPLACE_ID,
            "EarliestDeliveryDate": self.earliest_delivery.strftime(fmt),
            "LatestDeliveryDate": self.latest_delivery.strftime(fmt),
            "IsBusinessOrder": False,
            "IsPrime": False,
            "IsPremiumOrder": False,
            "IsGlobalExpressEnabled": False,
            "IsSoldByAB": False,
            "IsISPU": False,
            "IsAccessPointOrder": False,
        }

    def item_wire(self) -> dict[str, Any]:
        return {
            "ASIN": "B0SANDBOX1",
            "OrderItemId": f"{self.order_id.replace('-', '')[:14]}",
            "SellerSKU": "SANDBOX-SKU-1",
            "Title": "Sandbox mug",
            "QuantityOrdered": 1,
            "QuantityShipped": 0 if self.status == "Unshipped" else 1,
            "IsGift": "true" if self.gift else "false",
        }


#: GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA's fields, in order ("FBA Customer Concessions reports attributes",
#: https://developer-docs.amazon.com/sp-api/docs/fba-customer-concessions-reports-attributes).
RETURNS_REPORT_FIELDS = (
    "return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity", "fulfillment-center-id",
    "detailed-disposition", "reason", "status", "license-plate-number", "customer-comments",
)  # fmt: skip


def returned(order_id: str, at: datetime) -> dict[str, str]:
    """One row of the FBA customer returns report: a unit Amazon received back at ``at``."""
    values = (
        at.strftime("%Y-%m-%dT%H:%M:%S+00:00"), order_id, "SANDBOX-SKU-1", "B0SANDBOX1", "X00SANDBOX1",
        "Sandbox mug", "1", "PHX7", "SELLABLE", "UNWANTED_ITEM", "Unit returned to inventory",
        f"LPNRR{order_id.replace('-', '')[-9:]}", "Gift, not needed",
    )  # fmt: skip
    return dict(zip(RETURNS_REPORT_FIELDS, values, strict=True))


#: Orders with this prefix never exist (the way to provoke a 404 when unknown orders are created on sight).
MISSING_PREFIX = "999-"


def order_on_sight(order_id: str, now: datetime) -> SimOrder:
    """An ordinary merchant-fulfilled order delivered 3 days ago, for an id the seed does not know.

    Why: relay mail in the sandbox mentions orders the SP-API seed cannot know in advance; replying to those
    buyers asks for the order's context, which must exist as it would on Amazon.
    """
    day = timedelta(days=1)
    return SimOrder(order_id, "MFN", "Shipped", now - 7 * day, now - 4 * day, now - 3 * day, _AFTER_SHIPPING)


def seed_orders(now: datetime) -> dict[str, SimOrder]:
    """The seeded orders, dated relative to ``now`` so windows are open or closed as their names say."""
    day = timedelta(days=1)

    def delivered(order_id: str, ago: int, actions: tuple[str, ...], **extra: Any) -> SimOrder:
        return SimOrder(
            order_id,
            extra.pop("channel", "MFN"),
            "Shipped",
            now - (ago + 4) * day,
            now - (ago + 1) * day,
            now - ago * day,
            actions,
            **extra,
        )

    orders = [
        delivered(MFN_ORDER, 8, _AFTER_SHIPPING),
        delivered(FBA_ORDER, 10, _FBA, channel="AFN", locale="en-GB"),
        delivered(GIFT_ORDER, 6, _AFTER_SHIPPING, gift=True, locale="es-US"),
        delivered(DELIVERED_LONG_AGO, 200, ("attributes",)),
        delivered(FBA_GIFT_ORDER, 7, _FBA, channel="AFN", gift=True),
        delivered(
            FBA_GIFT_RETURNED,
            12,
            _FBA,
            channel="AFN",
            gift=True,
            returns=[returned(FBA_GIFT_RETURNED, now - 3 * day)],
        ),
        delivered(FBA_GIFT_RETURN_REQUESTED, 5, _FBA, channel="AFN", gift=True),
        SimOrder(
            NOT_SHIPPED,
            "MFN",
            "Unshipped",
            now - day,
            now + 3 * day,
            now + 6 * day,
            _BEFORE_SHIPPING,
            locale="de-DE",
        ),
        # Unshipped, so every kind (confirmOrderDetails included) is plausible for it, as in Amazon's sandbox.
        SimOrder(
            SANDBOX_ORDER, "MFN", "Unshipped", now - day, now + 2 * day, now + 5 * day, _SANDBOX_EXAMPLE
        ),
    ]
    return {order.order_id: order for order in orders}
