"""The shared adapter contract, sync and async, against the AliExpress simulator."""

from __future__ import annotations

from marketmsg.testing import AdapterContract
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_aliexpress.simulator import IM_SELLER

#: A seeded order of the IM seller (its "item not received" dispute, simulator/_state.py ``seed``).
IM_SELLER_ORDER = f"30{IM_SELLER[-4:]}001"


class TestAliExpressContract(AdapterContract):
    adapter_class = AliExpressAdapter
    order_id = IM_SELLER_ORDER
    order_account = IM_SELLER
    reply_text = (
        "Thank you for your message. We have checked your order and it is on its way. "
        "We will keep you updated here in this conversation."
    )
