"""Simulated ``aliexpress.trade.new.redefining.findorderbyid`` (answer ``target``; Java SDK response class)."""

from __future__ import annotations

from typing import Any

from ._common import Reject, api, fmt, json_param


@api("aliexpress.trade.new.redefining.findorderbyid")
def find_order(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    query = json_param(params, "param1")
    found = sim.state.orders.get(str(query.get("order_id")))
    if found is None or found[0] != seller:
        raise Reject("15", "Remote service error", "isv.ORDER_NOT_FOUND")
    _, buyer, country, created = found
    target = {
        "id": int(str(query["order_id"])),
        "order_status": "WAIT_BUYER_ACCEPT_GOODS",
        "logistics_status": "SELLER_SEND_GOODS",
        "issue_status": "NO_ISSUE",
        "gmt_create": fmt(created),
        "gmt_pay_success": fmt(created),
        "buyerloginid": buyer,
        "buyer_info": {"country": country, "first_name": "Sandbox", "last_name": "Buyer", "login_id": buyer},
        "receipt_address": {
            "country": country,
            "city": "Sandbox City",
            "contact_person": "Sandbox Buyer",
            "detail_address": "1 Test Street",
            "zip": "00000",
            "mobile_no": "5550100",
        },
    }
    return {"target": target, "time_stamp": fmt(sim.clock.now())}
