"""The shared adapter contract, sync and async, against the AliExpress simulator."""

from __future__ import annotations

from typing import ClassVar

from marketmsg import Attachment, MessageKind
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
    # The IM order card, to the buyer of the seeded order's IM session (simulator/_state.py ``seed``).
    proactive_kind = MessageKind.ORDER_CARD
    proactive_fields: ClassVar[dict[str, str]] = {"buyer_id": "2000000002"}
    # AliExpress messages carry images by URL on its image hosts; IM sessions take them.
    attachment = Attachment(
        filename="size-chart.jpg",
        content_type="image/jpeg",
        size=0,
        url="https://ae01.alicdn.com/kf/size-chart.jpg",
    )
    attachment_channel = "im"
