"""What a user can get wrong surfaces as a ``MarketmsgError`` subclass naming what, the bad value and the fix.

Never a raw httpx or Enum error, never a secret. (Unknown message kinds: tests/test_models.py; settings:
tests/test_settings.py; redaction: tests/test_redaction.py; the CLI and store URLs: tests/inbox/test_cli.py.)
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from marketmsg import APIConnectionError


def _offline(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=request)


def test_aliexpress_exchange_code_offline_is_a_typed_connection_error() -> None:
    from marketmsg_aliexpress import aexchange_code, exchange_code

    with (
        httpx.Client(transport=httpx.MockTransport(_offline)) as http,
        pytest.raises(APIConnectionError) as info,
    ):
        exchange_code("3_500001_code", app_key="500001", app_secret="ae-app-secret-123", http=http)
    assert "exchange the AliExpress authorization code" in info.value.message
    assert "api-sg.aliexpress.com" in info.value.message and "check the network" in info.value.message
    assert info.value.request_sent is False, "a refused connection never sent the code: safe to retry"
    assert "ae-app-secret-123" not in str(info.value)

    async def run() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(_offline)) as http:
            await aexchange_code("3_500001_code", app_key="500001", app_secret="ae-app-secret-123", http=http)

    with pytest.raises(APIConnectionError):
        asyncio.run(run())


def test_amazon_code_exchange_offline_is_a_typed_connection_error() -> None:
    from marketmsg_amazon.auth import AuthorizationGrant, WebsiteAuthorization

    workflow = WebsiteAuthorization(
        application_id="amzn1.sp.solution.test",
        client_id="amzn1.application-oa2-client.t",
        client_secret="cs-123456",
    )
    grant = AuthorizationGrant(selling_partner_id="A3NEW", code="ANDGXVFKHdmzxAUh", state="s")
    with (
        httpx.Client(transport=httpx.MockTransport(_offline)) as http,
        pytest.raises(APIConnectionError) as info,
    ):
        workflow.exchange(grant, http=http)
    assert "refresh token" in info.value.message and "api.amazon.com" in info.value.message
    assert "ANDGXVFKHdmzxAUh" not in str(info.value) and "cs-123456" not in str(info.value)
