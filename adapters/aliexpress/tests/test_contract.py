"""The shared adapter contract, sync and async, against the AliExpress simulator."""

from __future__ import annotations

from marketmsg.testing import AdapterContract
from marketmsg_aliexpress import AliExpressAdapter


class TestAliExpressContract(AdapterContract):
    adapter_class = AliExpressAdapter
    reply_text = (
        "Thank you for your message. We have checked your order and it is on its way. "
        "We will keep you updated here in this conversation."
    )
