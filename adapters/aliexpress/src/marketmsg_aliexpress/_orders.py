"""Order context for the rules: ``aliexpress.trade.new.redefining.findorderbyid`` (``param1`` = ``{order_id}``,
answer ``target`` = ``AeopTpOrderDetailDTO``; official Java SDK ``AliexpressTradeNewRedefiningFindorderbyid*``).

Only non-PII facts are kept: status, dates (US Pacific strings → UTC), the destination country
(``receipt_address.country``, else ``buyer_info.country``). The answer carries no buyer language, so
``buyer_locale`` stays unknown; the raw payload kept on the model is reduced to the same non-PII fields, because
the order detail also holds the buyer's address and phone number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marketmsg import Fulfilment, NotFoundError, OrderContext
from marketmsg.adapter import Flow

from ._apis import API
from ._pacific import parse_pacific

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = ["get_order_context"]

_KEEP = (
    "id",
    "order_status",
    "logistics_status",
    "issue_status",
    "gmt_create",
    "gmt_pay_success",
    "gmt_trade_end",
)


def _country(target: dict[str, Any]) -> str | None:
    for holder in ("receipt_address", "buyer_info"):
        block = target.get(holder)
        if isinstance(block, dict) and block.get("country"):
            return str(block["country"]).upper()
    return None


def get_order_context(adapter: AliExpressAdapter, order_id: str) -> Flow[OrderContext]:
    payload = yield from adapter.gateway_call(API.ORDER_GET, {"param1": {"order_id": order_id}})
    target = payload.get("target")
    if not isinstance(target, dict) or not target.get("id"):
        raise NotFoundError(
            f"AliExpress returned no order {order_id!r} for this seller", platform=adapter.name
        )
    country = _country(target)
    return OrderContext(
        platform=adapter.name,
        account=adapter.account.key,
        order_id=str(target["id"]),
        fulfilment=Fulfilment.UNKNOWN,
        status=str(target.get("order_status") or "") or None,
        purchased_at=parse_pacific(target.get("gmt_pay_success") or target.get("gmt_create")),
        delivered_at=parse_pacific(target.get("gmt_trade_end"))
        if target.get("logistics_status") == "BUYER_ACCEPT_GOODS"
        else None,
        buyer_country=country,
        raw={**{k: target.get(k) for k in _KEEP if k in target}, "country": country},
    )
