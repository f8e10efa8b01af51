"""Order context from the Orders API v0 (non-PII fields only) and the buyer's locale from Messaging.

``getOrder`` gives fulfilment (``FulfillmentChannel`` AFN = Fulfilled by Amazon, MFN = merchant), status and the
delivery window; ``getOrderItems`` gives ``IsGift`` per item; ``GetAttributes`` gives ``buyer.locale``
(ordersV0.json, messaging.json). Buyer name, e-mail and addresses are restricted data (they need a Restricted
Data Token) and are never requested; whatever PII-shaped keys a payload carries anyway are dropped from ``raw``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from marketmsg import BadRequestError, Fulfilment, NotFoundError, OrderContext, PermissionDeniedError
from marketmsg.adapter import ALL_ORDER_FACTS, Flow, OrderFact, get_logger

from ._response import guarded, unreadable
from ._spapi import SpApi, json_body, order_path

__all__ = ["OrderDTO", "SolicitationWindow", "order_context_flow", "order_flow", "solicitation_window"]

# Under the ``marketmsg`` logger, so MARKETMSG_LOG switches it on and every record is redacted.
log = get_logger("marketmsg.amazon")

_PII_KEYS = frozenset(
    {
        "BuyerInfo",
        "ShippingAddress",
        "BuyerTaxInformation",
        "DefaultShipFromLocationAddress",
        "MarketplaceTaxInfo",
    }
)
# A BCP 47-ish tag as GetAttributes gives it ("en-US", "zh-CN"; messaging.json examples); 35 is the longest
# tag RFC 5646 §4.4.1 asks implementations to handle.
_LOCALE = re.compile(r"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,5}$")
# Dates Amazon could mean: an order date outside these years is a broken answer, not an order (and would
# overflow the window arithmetic).
_YEARS = (1995, 2200)
_FULFILMENT = {"AFN": Fulfilment.PLATFORM, "MFN": Fulfilment.MERCHANT}

#: Review requests may be sent from 5 days after the earliest delivery date to 30 days after the latest
#: (https://developer-docs.amazon.com/sp-api/docs/set-up-the-solicitations-api; Amazon's sample recipe
#: amzn/selling-partner-api-samples#217; amazon.md §1.8).
SOLICITATION_OPENS_AFTER = timedelta(days=5)
SOLICITATION_CLOSES_AFTER = timedelta(days=30)


class OrderDTO(BaseModel):
    """The ``Order`` fields we read (ordersV0.json ``Order``); others are kept, unknown ones tolerated."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    amazon_order_id: str = Field(alias="AmazonOrderId")
    order_status: str | None = Field(default=None, alias="OrderStatus")
    fulfillment_channel: str | None = Field(default=None, alias="FulfillmentChannel")
    purchase_date: datetime | None = Field(default=None, alias="PurchaseDate")
    earliest_delivery_date: datetime | None = Field(default=None, alias="EarliestDeliveryDate")
    latest_delivery_date: datetime | None = Field(default=None, alias="LatestDeliveryDate")
    marketplace_id: str | None = Field(default=None, alias="MarketplaceId")

    @field_validator("purchase_date", "earliest_delivery_date", "latest_delivery_date", mode="after")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        """Amazon's dates are UTC (ordersV0.json: ISO 8601); one without an offset is read as UTC."""
        if value is None:
            return None
        if not _YEARS[0] <= value.year <= _YEARS[1]:
            raise ValueError(f"year {value.year} is not a plausible order date")
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class SolicitationWindow(BaseModel):
    """When a review request may be sent for an order (both ends inclusive)."""

    opens: datetime
    closes: datetime

    def contains(self, when: datetime) -> bool:
        return self.opens <= when <= self.closes


def solicitation_window(order: OrderDTO | OrderContext) -> SolicitationWindow | None:
    """The window for ``order`` (Amazon's ``Order`` or the client's order facts), or None when there are no
    delivery dates (then only Amazon can tell)."""
    if isinstance(order, OrderContext):
        first, last = order.earliest_delivery, order.latest_delivery
    else:
        first, last = order.earliest_delivery_date, order.latest_delivery_date
    earliest, latest = first or last, last or first
    if earliest is None or latest is None:
        return None
    return SolicitationWindow(
        opens=earliest + SOLICITATION_OPENS_AFTER, closes=latest + SOLICITATION_CLOSES_AFTER
    )


def order_flow(api: SpApi, order_id: str) -> Flow[OrderDTO]:
    """``getOrder`` → the order's non-PII fields."""
    request = api.request("GET", order_path("/orders/v0/orders", order_id), marketplace=False)
    response = yield from api.call(request, operation="getOrder")
    payload = json_body(response, "getOrder").get("payload")
    if not isinstance(payload, dict):
        raise unreadable(response, "getOrder", "payload is not an Order object")
    with guarded(response, "getOrder"):
        return OrderDTO.model_validate(_without_pii(payload))


#: Which SP-API call fills which order fact classes (ordersV0.json, messaging.json). HISTORY has no SP-API source;
#: OPT_OUT comes from relay mail, RETURN from relay mail and the Reports API (the adapter adds both: _returns.py).
ORDER_FACTS = frozenset({OrderFact.FULFILMENT, OrderFact.STATUS})
ITEM_FACTS = frozenset({OrderFact.GIFT})
ATTRIBUTE_FACTS = frozenset({OrderFact.LOCALE})


def order_context_flow(
    api: SpApi, order_id: str, facts: frozenset[OrderFact] = ALL_ORDER_FACTS
) -> Flow[OrderContext]:
    """The ``facts`` classes of an order, each from the one call that has it: ``getOrder`` (fulfilment, status,
    dates), ``getOrderItems`` (gift flags), ``GetAttributes`` (buyer locale). A reply whose rules need only the
    fulfilment channel costs one ``getOrder``.

    An app without the Orders role still gets a context (fulfilment unknown, locale known): a missing role must
    not block messages Amazon itself would accept.
    """
    values: dict[str, Any] = {}
    raw: dict[str, Any] = {}
    filled: set[OrderFact] = set(facts - ORDER_FACTS - ITEM_FACTS - ATTRIBUTE_FACTS)
    if facts & ORDER_FACTS:
        try:
            order = yield from order_flow(api, order_id)
        except PermissionDeniedError as exc:
            log.warning(
                "getOrder refused for %s (%s): order context without Orders API facts", api.account.key, exc
            )
            raw["order_error"] = exc.message
            # The same role covers getOrderItems: do not ask to be refused twice (no gift flag without it).
            filled |= facts & ITEM_FACTS
            facts = facts - ITEM_FACTS
        else:
            values.update(
                order_id=order.amazon_order_id,
                fulfilment=_FULFILMENT.get(order.fulfillment_channel or "", Fulfilment.UNKNOWN),
                status=order.order_status,
                purchased_at=order.purchase_date,
                earliest_delivery=order.earliest_delivery_date,
                latest_delivery=order.latest_delivery_date,
            )
            raw["order"] = order.model_dump(by_alias=True, mode="json")
        filled |= facts & ORDER_FACTS
    if facts & ITEM_FACTS:
        items = yield from _items_flow(api, order_id)
        values["is_gift"] = any(str(item.get("IsGift", "")).lower() == "true" for item in items)
        raw["items"] = items
        filled |= ITEM_FACTS
    if facts & ATTRIBUTE_FACTS:
        values["buyer_locale"] = yield from buyer_locale_flow(api, order_id)
        filled |= ATTRIBUTE_FACTS
    return OrderContext(
        platform="amazon",
        account=api.account.key,
        order_id=values.pop("order_id", order_id),
        facts=frozenset(filled),
        raw=raw,
        **values,
    )


def _items_flow(api: SpApi, order_id: str) -> Flow[list[dict[str, Any]]]:
    # Gift flags are per item; a failure here (e.g. the app lacks the role) loses only the gift flag.
    request = api.request("GET", order_path("/orders/v0/orders", order_id, "/orderItems"), marketplace=False)
    try:
        response = yield from api.call(request, operation="getOrderItems")
    except (BadRequestError, PermissionDeniedError, NotFoundError):
        return []
    payload = json_body(response, "getOrderItems").get("payload")
    items = payload.get("OrderItems") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise unreadable(response, "getOrderItems", "payload.OrderItems is not a list")
    return [_without_pii(i) for i in items if isinstance(i, dict)]


def buyer_locale_flow(api: SpApi, order_id: str) -> Flow[str | None]:
    """``GetAttributes`` → ``buyer.locale`` (e.g. ``en-US``), the language Amazon requires the text to be in."""
    request = api.request("GET", order_path("/messaging/v1/orders", order_id, "/attributes"))
    try:
        response = yield from api.call(request, operation="GetAttributes")
    except (BadRequestError, PermissionDeniedError, NotFoundError):
        # No locale for this order (not offered, or the app lacks the role); throttling and 5xx still raise.
        return None
    buyer = json_body(response, "GetAttributes").get("buyer")
    locale = buyer.get("locale") if isinstance(buyer, dict) else None
    if locale is None:
        return None
    if not isinstance(locale, str) or not _LOCALE.match(locale):
        raise unreadable(response, "GetAttributes", "buyer.locale is not a language tag such as en-US")
    return locale


def _without_pii(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in _PII_KEYS}
