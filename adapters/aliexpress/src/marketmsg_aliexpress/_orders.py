"""Order context for the rules: ``aliexpress.trade.new.redefining.findorderbyid`` (``param1`` = ``{order_id}``,
answer ``target`` = ``AeopTpOrderDetailDTO``; official Java SDK ``AliexpressTradeNewRedefiningFindorderbyid*``).

Only non-PII facts are kept: status, dates (US Pacific strings → UTC) and the buyer's country, which the reply
templates use to pick a language (``marketmsg.templates.choose_language``). Where the country comes from — every
field below is in the official SDK (emsaniey20/java ``…FindorderbyidAeopTpOrderDetailDTO``), none is invented:

* ``buyer_info.country`` (``AeopTpPersonDTO``: ``country``, ``first_name``, ``last_name``, ``login_id``) — the
  buyer's own country, preferred because a parcel may go elsewhere (a gift, a forwarder);
* else ``receipt_address.country`` (``AeopTpAddressDTO``) — the delivery country.

The other buyer-facing answers carry no country: the dispute detail (``IssueDetailOpenApiDTO``) has only
currencies, and the IM message / buyer-list answers have account ids (§3.5). No answer carries a buyer
language, so ``buyer_locale`` stays unknown. The raw payload kept on the model is reduced to the same non-PII
fields, because the order detail also holds the buyer's name, address and phone number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marketmsg import Fulfilment, OrderContext
from marketmsg.adapter import Flow

from ._envelope import field
from ._limits import API
from ._pacific import parse_pacific
from ._response import Malformed
from ._wire import as_long, wire_text

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = ["buyer_country", "get_order_context"]

_KEEP = (
    "id",
    "order_status",
    "logistics_status",
    "issue_status",
    "gmt_create",
    "gmt_pay_success",
    "gmt_trade_end",
)


def _country_of(target: dict[str, Any], holder: str) -> str | None:
    block = target.get(holder)
    value = block.get("country") if isinstance(block, dict) else None
    text = value.strip().upper()[:8] if isinstance(value, str) else ""
    return text or None


def buyer_country(target: dict[str, Any]) -> str | None:
    """The buyer's country code from an order detail: ``buyer_info.country``, else ``receipt_address.country``.

    Upper-cased as received; codes are not mapped (the SDK documents the field only as a string).
    """
    return _country_of(target, "buyer_info") or _country_of(target, "receipt_address")


def get_order_context(adapter: AliExpressAdapter, order_id: str) -> Flow[OrderContext]:
    context = yield from adapter.gateway_call(
        API.ORDER_GET, {"param1": {"order_id": as_long(order_id)}}, lambda p: _context(adapter, order_id, p)
    )
    if context is None:
        raise adapter.not_found(f"AliExpress returned no order {order_id!r} for this seller")
    return context


def _context(adapter: AliExpressAdapter, order_id: str, payload: dict[str, Any]) -> OrderContext | None:
    target = field(payload, "target")
    if target is None or target in ({}, ""):
        return None
    if not isinstance(target, dict) or wire_text(target.get("id")) is None:
        raise Malformed("target is not an order object")
    country = buyer_country(target)
    return OrderContext(
        platform=adapter.name,
        account=adapter.account.key,
        order_id=wire_text(target["id"]) or order_id,
        fulfilment=Fulfilment.UNKNOWN,
        status=wire_text(target.get("order_status")),
        purchased_at=parse_pacific(target.get("gmt_pay_success") or target.get("gmt_create")),
        delivered_at=parse_pacific(target.get("gmt_trade_end"))
        if wire_text(target.get("logistics_status")) == "BUYER_ACCEPT_GOODS"
        else None,
        buyer_country=country,
        raw={
            **{k: target.get(k) for k in _KEEP if k in target},
            "country": country,
            "destination_country": _country_of(target, "receipt_address"),
        },
    )
