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
    # Offered for the seeded shipped MFN order (getMessagingActionsForOrder in the simulator).
    proactive_kind = "unexpected_problem"
    proactive_body = (
        f"About your order {sim.MFN_ORDER}: we are sorry, one item of it was damaged in our warehouse. "
        "A replacement leaves today."
    )
    # The relay reply carries the kit's file by mail; the SP-API attaches it to a legal disclosure (Uploads API).
    proactive_attachment_kind = "legal_disclosure"
