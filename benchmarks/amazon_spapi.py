"""SP-API client overhead: marketmsg's Amazon adapter vs python-amazon-sp-api, on the same in-process simulator.

Both clients fetch an order's context — ``getOrder``, ``getOrderItems``, ``GetAttributes`` — N times with a warm
access token, each through an ``httpx.MockTransport`` serving the Amazon simulator (rate limits lifted), so the
simulator's cost is identical on both sides and the difference is client overhead: request building, auth,
rate limiting, retries, error mapping and parsing into models. The baseline is python-amazon-sp-api (the
incumbent the design names), measured in the same run; printed as marketmsg time / baseline time. Nothing is
asserted.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from marketmsg import RateLimit
from marketmsg.sandbox import Sandbox
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as sim

N = 500
_UNLIMITED = RateLimit(rate=1_000_000.0, burst=1_000_000)


def _per_call(fn: Callable[[], object], n: int = N) -> float:
    fn()  # warm: token, pools
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def _simulator() -> sim.AmazonSimulator:
    return sim.AmazonSimulator(rate_limits=dict.fromkeys(AmazonAdapter.rate_limits, _UNLIMITED))


def main() -> None:
    spec = sim.spapi_sandbox()
    simulator = _simulator()
    spec.mounts = dict.fromkeys(spec.mounts, simulator.handle)
    account = spec.accounts[0]
    unlimited = {op: [1_000_000, 1_000_000] for op in AmazonAdapter.rate_limits}
    spec.accounts = [account.model_copy(update={"settings": {**account.settings, "rate_limits": unlimited}})]
    with Sandbox([spec]).client() as client:
        ours = _per_call(lambda: client.orders.context(sim.MFN_ORDER))
    print(f"marketmsg, order context (3 SP-API calls, parsed to OrderContext): {ours * 1e3:.3f} ms")
    baseline = _baseline()
    if baseline is None:
        print("python-amazon-sp-api not installed: no baseline")
        return
    print(f"python-amazon-sp-api, the same 3 calls (ApiResponse dicts):       {baseline * 1e3:.3f} ms")
    print(f"ratio marketmsg / python-amazon-sp-api: {ours / baseline:.2f}")


def _baseline() -> float | None:
    try:
        from sp_api.api import Messaging, Orders
        from sp_api.base import Marketplaces
        from sp_api.base._transport_httpx import HttpxTransport
    except ImportError:
        return None
    handler = _simulator().handle
    credentials = {"refresh_token": sim.REFRESH_TOKEN, "lwa_app_id": sim.CLIENT_ID,
                   "lwa_client_secret": sim.CLIENT_SECRET}  # fmt: skip
    clients = [Messaging(marketplace=Marketplaces.US, credentials=credentials),
               Orders(marketplace=Marketplaces.US, credentials=credentials)]  # fmt: skip
    for api in clients:
        # The library accepts an httpx client in its transport: route it (and its LWA client) to the simulator.
        api._transport = HttpxTransport(client=httpx.Client(transport=httpx.MockTransport(handler)))
        api._auth._transport = HttpxTransport(client=httpx.Client(transport=httpx.MockTransport(handler)))
    messaging, orders = clients

    def context() -> None:
        orders.get_order(sim.MFN_ORDER)
        orders.get_order_items(sim.MFN_ORDER)
        messaging.get_attributes(sim.MFN_ORDER)

    try:
        return _per_call(context)
    finally:
        for api in clients:
            api._transport.close()
            api._auth._transport.close()


if __name__ == "__main__":
    main()
