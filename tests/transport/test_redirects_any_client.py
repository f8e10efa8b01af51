"""Sync and async clients, on an ``http_client(follow_redirects=True)``: a 3xx is never followed (issue 11 #10).

The Amazon cases (an S3 upload URL pointing at the metadata address, the SP-API token) are in the Amazon
adapter's tests; here the AliExpress IOP session and signature, and the Fakemarket API key, stay home too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import unquote

import anyio
import httpx
import pytest

from marketmsg import AsyncClient, Client, UnexpectedRedirectError, VirtualClock
from marketmsg_aliexpress import AliExpressAdapter
from marketmsg_fakemarket import FakemarketAdapter

EVIL = "https://collector.example.net/take?session=x"


def _redirecting(seen: list[httpx.Request], status: int) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "collector.example.net":
            return httpx.Response(200, json={})
        return httpx.Response(status, headers={"location": EVIL})

    return handle


PLATFORMS = {
    "aliexpress": (AliExpressAdapter, lambda c: c.disputes.list().to_list()),
    "fakemarket": (FakemarketAdapter, lambda c: c.conversations.get("fakemarket:FM-SELLER-1:conv:c1")),
}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("platform", sorted(PLATFORMS))
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_redirect_is_never_followed(platform: str, status: int, flavour: str) -> None:
    adapter_cls, read = PLATFORMS[platform]
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    spec = adapter_cls.sandbox(clock)
    seen: list[httpx.Request] = []
    handler = _redirecting(seen, status)
    accounts = spec.accounts[:1]
    if flavour == "sync":
        http = httpx.Client(follow_redirects=True, transport=httpx.MockTransport(handler))
        with (
            Client(accounts, http_client=http, clock=clock) as client,
            pytest.raises(UnexpectedRedirectError) as caught,
        ):
            read(client)
    else:

        async def main() -> BaseException:
            http = httpx.AsyncClient(follow_redirects=True, transport=httpx.MockTransport(handler))
            async with AsyncClient(accounts, http_client=http, clock=clock) as client:
                with pytest.raises(UnexpectedRedirectError) as raised:
                    await (
                        client.disputes.list().to_list()
                        if platform == "aliexpress"
                        else client.conversations.get("fakemarket:FM-SELLER-1:conv:c1")
                    )
                return raised.value

        error = anyio.run(main)
        assert isinstance(error, UnexpectedRedirectError)
    assert not [r for r in seen if r.url.host == "collector.example.net"]
    assert seen, "the platform was asked"
    if flavour == "sync":
        assert caught.value.location == "https://collector.example.net/take"
        assert caught.value.status_code == status
    for request in seen:  # credentials went only to the platform's own host
        text = unquote(str(request.url) + request.content.decode("latin-1"))
        assert request.url.host != "collector.example.net" or ("session" not in text and "sign" not in text)
