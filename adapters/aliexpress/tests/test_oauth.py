"""Seller authorisation: URL with state, code exchange, token expiry from each answer, redaction."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
import pytest

from marketmsg import Account, AuthenticationError, ConfigurationError, VirtualClock, redact
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress import (
    AliExpressAdapter,
    InMemoryTokenStore,
    IopToken,
    aexchange_code,
    authorization_url,
    exchange_code,
    parse_token_response,
)
from marketmsg_aliexpress.simulator import APP_KEY, APP_SECRET, AUTH_CODE, BASE_URL, IM_SELLER


def test_authorization_url_carries_state() -> None:
    url, state = authorization_url("34567890", "https://erp.example/callback")
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://api-sg.aliexpress.com/oauth/authorize?")
    assert query == {
        "response_type": ["code"],
        "client_id": ["34567890"],
        "redirect_uri": ["https://erp.example/callback"],
        "state": [state],
        "force_auth": ["true"],
    }
    assert len(state) >= 32
    assert authorization_url("1", "https://x")[1] != state, "a fresh state every time"
    assert parse_qs(urlsplit(authorization_url("1", "https://x", state="mine")[0]).query)["state"] == ["mine"]


def test_exchange_code_sync_and_async(spec: SandboxSpec, clock: VirtualClock) -> None:
    sandbox = Sandbox([spec], clock=clock)
    with sandbox.http_client() as http:
        token = exchange_code(
            AUTH_CODE, app_key=APP_KEY, app_secret=APP_SECRET, http=http, base_url=BASE_URL, clock=clock
        )
    now = clock.now().timestamp()
    assert token.expires_at == now + 30 * 86400, "expiry comes from expires_in in the answer"
    assert token.refresh_expires_at == now + 60 * 86400
    assert token.seller_id is not None
    assert token.refresh_token is not None
    assert token.access_token not in repr(token) and token.refresh_token not in repr(token)
    assert token.access_token not in redact(f"token={token.access_token} other={token.access_token}")

    async def used_twice() -> None:
        async with sandbox.async_http_client() as http:
            await aexchange_code(
                AUTH_CODE, app_key=APP_KEY, app_secret=APP_SECRET, http=http, base_url=BASE_URL, clock=clock
            )

    with pytest.raises(AuthenticationError, match="single-use"):
        anyio.run(used_twice)


@pytest.mark.parametrize(
    ("body", "expires_at", "refresh_expires_at"),
    [
        (
            {"access_token": "a" * 10, "expires_in": 3600, "refresh_expires_in": 7200},
            1000 + 3600,
            1000 + 7200,
        ),
        (
            {"access_token": "a" * 10, "expire_time": 5_000_000, "refresh_token_valid_time": 9_000_000},
            5000,
            9000,
        ),
        ({"access_token": "a" * 10, "code": "0"}, None, None),
    ],
)
def test_token_lifetimes_come_from_the_answer(
    body: dict[str, Any], expires_at: float | None, refresh_expires_at: float | None
) -> None:
    token = parse_token_response(httpx.Response(200, json=body), now=1000)
    assert (token.expires_at, token.refresh_expires_at) == (expires_at, refresh_expires_at)


def test_token_error_answer_is_authentication_error() -> None:
    answer = httpx.Response(200, json={"type": "ISV", "code": "15", "message": "Remote service error"})
    with pytest.raises(AuthenticationError):
        parse_token_response(answer, now=0)


def test_account_without_seller_token_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="access_token or refresh_token"):
        AliExpressAdapter(
            Account(
                platform="aliexpress",
                seller_id="s1",
                credentials={"app_key": "123456", "app_secret": "abcdefgh"},
            )
        )


def test_bad_messaging_setting_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="messaging_api"):
        AliExpressAdapter(
            Account(
                platform="aliexpress",
                seller_id="s1",
                settings={"messaging_api": "email"},
                credentials={"app_key": "123456", "app_secret": "abcdefgh", "access_token": "tok123"},
            )
        )


def test_shared_token_store_receives_refreshed_tokens(
    spec: SandboxSpec, make_client: Any, clock: VirtualClock
) -> None:
    from marketmsg_aliexpress.simulator import AliExpressSimulator

    sim = spec.controller
    assert isinstance(sim, AliExpressSimulator)
    store = InMemoryTokenStore()
    sim.revoke(f"sandbox-access-{IM_SELLER}")
    adapter_account = next(a for a in spec.accounts if a.seller_id == IM_SELLER)
    adapter = AliExpressAdapter(adapter_account, clock=clock, token_store=store)
    with Sandbox([spec], clock=clock).http_client() as http:
        request = adapter.request("aliexpress.issue.issuelist.get", {"query_dto": {"current_page": 1}})
        body = http.send(request, auth=adapter.http_auth()).json()
    assert "error_response" not in body
    saved = store.load(adapter.auth.key)
    assert saved is not None
    fresh = IopToken.from_dict(saved)
    assert fresh.access_token != f"sandbox-access-{IM_SELLER}"
    assert fresh.access_token in sim.tokens
    assert adapter.auth.refresh_count == 1
    assert repr(store) == "InMemoryTokenStore(1 token(s))"
