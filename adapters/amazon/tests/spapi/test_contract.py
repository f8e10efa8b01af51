"""The shared adapter contract kit, sync and async, against the full Amazon sandbox (SP-API + relay mail)."""

from __future__ import annotations

from marketmsg.testing import AdapterContract
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim


class TestAmazonContract(AdapterContract):
    adapter_class = AmazonAdapter
    order_id = sim.MFN_ORDER
    reply_text = (
        "Thank you for your message about your order. We have checked it: the parcel is with the carrier and "
        "should arrive on Thursday. We will keep you updated here."
    )
