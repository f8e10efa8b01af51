"""A send answered 2xx with an HTML page (a proxy's, a captive portal's) is unknown, never pending or failed.

Issue 11 #13: "A 200 answer with an HTML body leaves an outbox entry PENDING". The platform may have processed
the send, so the outbox records it UNKNOWN and the caller gets ``DeliveryUnknown`` (caused by the adapter's typed
response error, with status, request id and a redacted excerpt); a second attempt under the same key sends
nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from marketmsg import (
    Client,
    DeliveryUnknown,
    OutboxState,
    ResponseValidationError,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_aliexpress.simulator import IM_SELLER
from marketmsg_amazon import AmazonAdapter
from marketmsg_amazon import simulator as amazon_sim
from marketmsg_fakemarket import FakemarketAdapter

HTML = b"<!DOCTYPE html><html><body><h1>Welcome</h1>Please sign in to continue.</body></html>"


def _is_amazon_send(request: httpx.Request) -> bool:
    return request.method == "POST" and "/messaging/v1/orders/" in request.url.path


def _is_aliexpress_send(request: httpx.Request) -> bool:
    return "aliexpress/message/send" in unquote(str(request.url) + request.content.decode("latin-1"))


def _is_fakemarket_send(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith("/messages")


def _amazon_send(client: Client, key: str) -> Any:
    return client.messages.send(
        amazon_sim.MFN_ORDER,
        "confirm_delivery_details",
        body=f"Your parcel for order {amazon_sim.MFN_ORDER} arrives Tuesday.",
        idempotency_key=key,
    )


def _aliexpress_send(client: Client, key: str) -> Any:
    conv = f"aliexpress:{IM_SELLER}:conv:im/2000000003"
    return client.messages.reply(conv, "Thank you, we are checking it now.", idempotency_key=key)


def _fakemarket_send(client: Client, key: str) -> Any:
    return client.messages.reply("fakemarket:FM-SELLER-1:conv:c1", "Thanks, on its way.", idempotency_key=key)


PLATFORMS: dict[str, tuple[type[Any], Callable[[httpx.Request], bool], Callable[[Client, str], Any]]] = {
    "amazon": (AmazonAdapter, _is_amazon_send, _amazon_send),
    "aliexpress": (AliExpressAdapter, _is_aliexpress_send, _aliexpress_send),
    "fakemarket": (FakemarketAdapter, _is_fakemarket_send, _fakemarket_send),
}


@pytest.mark.parametrize("body", [HTML, b"[1, 2]", b"\xff\xfe garbage", b'{"unterminated": '])
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_unreadable_2xx_answer_to_a_send_is_unknown(platform: str, body: bytes) -> None:
    adapter_cls, is_send, send = PLATFORMS[platform]
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    spec = adapter_cls.sandbox(clock)
    sandbox = Sandbox([spec], clock=clock)
    sends: list[httpx.Request] = []

    def wrap(handler: Callable[[httpx.Request], httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
        def answer(request: httpx.Request) -> httpx.Response:
            if is_send(request):
                sends.append(request)
                return httpx.Response(200, content=body, headers={"content-type": "text/html"})
            return handler(request)

        return answer

    mounts = {key: httpx.MockTransport(wrap(t.handler)) for key, t in sandbox.mounts().items()}
    with Client(spec.accounts, http_client=httpx.Client(mounts=mounts), clock=clock) as client:
        with pytest.raises(DeliveryUnknown) as caught:
            send(client, "k-html")
        entry = client.outbox.get("k-html")
        assert entry is not None and entry.state is OutboxState.UNKNOWN
        # The adapter's typed answer error says what arrived: it, or the DeliveryUnknown it caused, names the status.
        assert isinstance(caught.value.__cause__, ResponseValidationError) or hasattr(caught.value, "excerpt")
        assert "200" in f"{caught.value} {caught.value.__cause__}"
        assert "sign in" not in str(caught.value) or platform != "fakemarket"
        assert len(sends) == 1
        with pytest.raises(DeliveryUnknown):  # the same key again: refused until reconciled, nothing sent
            send(client, "k-html")
        assert len(sends) == 1
