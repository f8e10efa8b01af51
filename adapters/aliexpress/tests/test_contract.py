"""The shared adapter contract, sync and async, against the AliExpress simulator."""

from __future__ import annotations

from dataclasses import replace

import pytest

from marketmsg import VirtualClock
from marketmsg.sandbox import SandboxSpec, build_spec
from marketmsg.testing import AdapterContract
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_aliexpress.simulator import IM_SELLER

#: A seeded order of the IM seller (its "item not received" dispute, simulator/_state.py ``seed``).
IM_SELLER_ORDER = f"30{IM_SELLER[-4:]}001"


class TestAliExpressContract(AdapterContract):
    adapter_class = AliExpressAdapter
    order_id = IM_SELLER_ORDER
    reply_text = (
        "Thank you for your message. We have checked your order and it is on its way. "
        "We will keep you updated here in this conversation."
    )

    @pytest.fixture
    def spec(self, clock: VirtualClock, request: pytest.FixtureRequest) -> SandboxSpec:
        spec = build_spec(self.adapter_class, clock)
        assert spec is not None
        if request.node.originalname == "test_capabilities_for_an_order":
            # The kit asks `orders.capabilities(order_id, platform="aliexpress")` without naming an account, and
            # the sandbox seeds two sellers (IM and station letters): keep the one that owns the order.
            spec = replace(spec, accounts=[a for a in spec.accounts if a.seller_id == IM_SELLER])
        return spec
