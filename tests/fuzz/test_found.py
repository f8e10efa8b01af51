"""What the response fuzz found, one regression test each (the fuzz itself is ``test_responses.py``)."""

from __future__ import annotations

import anyio
import httpx
import pytest

from marketmsg import (
    APIConnectionError,
    AsyncClient,
    DeliveryUnknown,
    OutboxState,
)
from marketmsg_amazon._capabilities import action_names

from ._world import ALIEXPRESS, World


def _gzip_claimed(at: int) -> object:
    """The ``at``-th answer says ``Content-Encoding: gzip`` but its body is plain JSON (a misconfigured proxy)."""

    def tamper(index: int, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if index != at:
            return response
        headers = {**response.headers, "content-encoding": "gzip"}
        headers.pop("content-length", None)
        return httpx.Response(
            response.status_code, stream=httpx.ByteStream(response.content), headers=headers
        )

    return tamper


def test_an_answer_httpx_cannot_decode_is_a_connection_error_on_a_read() -> None:
    # Found: httpx.DecodingError escaped the driver (it caught only TransportError), from every operation.
    world = World.build("aliexpress")
    with world.client(_gzip_claimed(0), max_retries=0) as client, pytest.raises(APIConnectionError) as info:
        ALIEXPRESS["messages.list im"](client)
    assert "could not be decoded" in str(info.value)


def test_an_answer_httpx_cannot_decode_leaves_a_send_unknown_never_pending() -> None:
    world = World.build("aliexpress")
    broken = _gzip_claimed(1)  # 0: message/list, 1: message/send
    sends: list[httpx.Request] = []

    def tamper(index: int, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if world.label(request) == "aliexpress/message/send":
            sends.append(request)
        return broken(index, request, response)  # type: ignore[operator]

    with world.client(tamper, max_retries=3) as client:
        with pytest.raises(DeliveryUnknown):
            ALIEXPRESS["messages.reply im"](client)
        (entry,) = client.outbox.entries()
    assert entry.state is OutboxState.UNKNOWN
    assert len(sends) == 1  # the platform may have it: never resent


def test_an_answer_httpx_cannot_decode_through_the_async_client() -> None:
    world = World.build("aliexpress")
    tamper = _gzip_claimed(0)

    def handle(request: httpx.Request) -> httpx.Response:
        (handler,) = world.spec.mounts.values()
        response = handler(request)
        response.read()
        return tamper(0, request, response)  # type: ignore[operator]

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        async with AsyncClient(
            world.accounts(refresh_first=False), http_client=http, max_retries=0
        ) as client:
            with pytest.raises(APIConnectionError):
                await client.messages.list("aliexpress:cn1500000001:conv:im/2000000001").to_list()

    anyio.run(main)


@pytest.mark.parametrize("junk", [1, 2.5, "actions", True, {"name": "x"}, None])
def test_amazon_action_members_of_the_wrong_kind_list_nothing(junk: object) -> None:
    # Found: ``"_embedded": {"actions": 1}`` raised TypeError out of orders.capabilities (and every proactive send).
    body = {"_links": {"actions": junk}, "_embedded": {"actions": junk}}
    assert action_names(body) == []
    mixed = {
        "_links": {"actions": [{"href": "/a", "name": "warranty"}, 7, "x"]},
        "_embedded": junk,
    }
    assert action_names(mixed) == ["warranty"]
