"""LWA access tokens, the website authorisation workflow, and credentials read like python-amazon-sp-api's."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

from marketmsg import AuthenticationError, Client, ConfigurationError, VirtualClock, redact
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_amazon import AmazonAdapter, LwaAuth, LwaCredentials, WebsiteAuthorization
from marketmsg_amazon import simulator as sim
from marketmsg_amazon.auth import (
    InMemoryTokenStore,
    InvalidStateError,
    account_from_sp_api,
    sp_api_credentials,
)


def _auth(clock: VirtualClock, **kwargs: Any) -> LwaAuth:
    return LwaAuth(LwaCredentials(sim.CLIENT_ID, sim.CLIENT_SECRET, sim.REFRESH_TOKEN), clock=clock, **kwargs)


def test_token_refreshed_exactly_once_under_50_concurrent_async_calls(
    sandbox: Sandbox, simulator: sim.AmazonSimulator
) -> None:
    async def main() -> list[str]:
        async with sandbox.async_client() as client:
            results: list[str] = []

            async def one() -> None:
                context = await client.orders.context(sim.MFN_ORDER)
                results.append(context.order_id)

            async with anyio.create_task_group() as group:
                for _ in range(50):
                    group.start_soon(one)
            return results

    results = anyio.run(main)
    assert results == [sim.MFN_ORDER] * 50
    assert simulator.token_requests == 1


def test_token_refreshed_exactly_once_under_concurrent_threads(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    errors: list[BaseException] = []

    def one() -> None:
        try:
            client.orders.capabilities(sim.MFN_ORDER)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert simulator.token_requests == 1


def test_token_is_reused_until_the_leeway_then_refreshed(
    client: Client, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    client.orders.capabilities(sim.MFN_ORDER)
    clock.advance(3600 - 61)  # still valid for 61 s: more than the 60 s leeway
    client.orders.capabilities(sim.MFN_ORDER)
    assert simulator.token_requests == 1
    clock.advance(2)  # now within the leeway: refreshed before it can die in flight
    client.orders.capabilities(sim.MFN_ORDER)
    assert simulator.token_requests == 2


def test_a_token_the_platform_rejects_is_refreshed_once_and_the_call_retried(
    client: Client, simulator: sim.AmazonSimulator
) -> None:
    client.orders.capabilities(sim.MFN_ORDER)
    simulator.expire_tokens()  # e.g. revoked, or our clock runs slow
    capability = client.orders.capabilities(sim.MFN_ORDER)
    assert capability.allowed_kinds
    assert simulator.token_requests == 2


def test_the_token_request_is_the_lwa_refresh_grant(clock: VirtualClock) -> None:
    request = _auth(clock).refresh_request()
    assert request.method == "POST"
    assert str(request.url) == "https://api.amazon.com/auth/o2/token"
    assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
    form = dict(httpx.QueryParams(request.content.decode()))
    assert form == {
        "grant_type": "refresh_token",
        "refresh_token": sim.REFRESH_TOKEN,
        "client_id": sim.CLIENT_ID,
        "client_secret": sim.CLIENT_SECRET,
    }


def test_a_revoked_refresh_token_is_an_authentication_error_with_a_fix(
    spec: SandboxSpec, clock: VirtualClock
) -> None:
    original = spec.accounts[0]
    credentials = {k: v.get_secret_value() for k, v in original.credentials.items()}
    account = original.model_copy(update={"credentials": {}})
    spec.accounts = [
        account.model_validate(
            {
                **account.model_dump(),
                "credentials": {**credentials, "refresh_token": "Atzr|revoked-token-value"},
            }
        )
    ]
    with Sandbox([spec], clock=clock).client() as client, pytest.raises(AuthenticationError) as caught:
        client.orders.capabilities(sim.MFN_ORDER)
    assert caught.value.platform_code == "invalid_grant"
    assert "authorise the app again" in str(caught.value)
    assert "Atzr|revoked-token-value" not in str(caught.value)


def test_tokens_never_appear_in_reprs_logs_or_errors(
    client: Client, simulator: sim.AmazonSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    with caplog.at_level(logging.DEBUG):
        client.orders.capabilities(sim.MFN_ORDER)
    adapter = client._state.one("amazon", None)
    assert isinstance(adapter, AmazonAdapter)
    saved = adapter.lwa.store.load(adapter.lwa.key)
    assert saved is not None
    access = str(saved["access_token"])
    for text in (
        caplog.text,
        repr(adapter),
        repr(adapter.lwa),
        repr(adapter.lwa.credentials),
        repr(adapter.lwa.store),
    ):
        assert access not in text
        assert sim.REFRESH_TOKEN not in text
        assert sim.CLIENT_SECRET not in text
    assert access not in redact(f"x-amz-access-token: {access}")
    # The store keeps access tokens only, never the refresh token.
    assert set(saved) == {"access_token", "token_type", "expires_at"}


def test_a_shared_token_store_spares_the_second_client_a_refresh(
    sandbox: Sandbox, simulator: sim.AmazonSimulator, clock: VirtualClock
) -> None:
    # The store is the client's configuration (Client(token_store=…)), never a class attribute.
    store = InMemoryTokenStore()
    for _ in range(2):
        with sandbox.client(token_store=store) as client:
            client.orders.capabilities(sim.MFN_ORDER)
    assert simulator.token_requests == 1


# ------------------------------------------------------------------------------------ website authorisation


def _workflow(clock: VirtualClock, **kwargs: Any) -> WebsiteAuthorization:
    return WebsiteAuthorization(
        application_id="amzn1.sp.solution.sandbox-app",
        client_id=sim.CLIENT_ID,
        client_secret=sim.CLIENT_SECRET,
        redirect_uri="https://erp.example/amazon/callback",
        clock=clock,
        **kwargs,
    )


def test_consent_url_carries_the_application_and_a_verifiable_state(clock: VirtualClock) -> None:
    url, state = _workflow(clock, beta=True).consent_url("https://sellercentral.amazon.com", session="sess-1")
    parsed = httpx.URL(url)
    assert parsed.host == "sellercentral.amazon.com"
    assert parsed.path == "/apps/authorize/consent"
    assert parsed.params["application_id"] == "amzn1.sp.solution.sandbox-app"
    assert parsed.params["state"] == state
    assert parsed.params["version"] == "beta"
    _workflow(clock).verify_state(state, session="sess-1")


@pytest.mark.parametrize(
    ("tamper", "why"),
    [
        (lambda s: s, "another session"),
        (lambda s: s[:-2] + ("AA" if not s.endswith("AA") else "BB"), "forged"),
        (lambda s: "not-a-state", "malformed"),
    ],
)
def test_a_state_from_elsewhere_is_refused(
    clock: VirtualClock, tamper: Callable[[str], str], why: str
) -> None:
    workflow = _workflow(clock)
    state = workflow.new_state(session="sess-1")
    session = "sess-2" if why == "another session" else "sess-1"
    with pytest.raises(InvalidStateError):
        workflow.verify_state(tamper(state), session=session)


def test_an_old_state_is_refused(clock: VirtualClock) -> None:
    workflow = _workflow(clock, state_ttl=600)
    state = workflow.new_state()
    clock.advance(601)
    with pytest.raises(InvalidStateError, match="old"):
        workflow.verify_state(state)


def test_the_code_is_exchanged_and_the_seller_captured(
    simulator: sim.AmazonSimulator, sandbox: Sandbox, clock: VirtualClock
) -> None:
    workflow = _workflow(clock)
    _, state = workflow.consent_url("https://sellercentral.amazon.com")
    code = simulator.issue_oauth_code("A3NEWSELLER")
    redirect = f"https://erp.example/amazon/callback?state={state}&selling_partner_id=A3NEWSELLER&spapi_oauth_code={code}"
    grant = workflow.parse_redirect(redirect)
    assert grant.selling_partner_id == "A3NEWSELLER"
    request = workflow.exchange_request(grant)
    assert dict(httpx.QueryParams(request.content.decode()))["grant_type"] == "authorization_code"
    with sandbox.http_client() as http:
        result = workflow.exchange(grant, http=http)
    assert result.selling_partner_id == "A3NEWSELLER"
    assert result.refresh_token.startswith("Atzr|")
    assert result.refresh_token not in repr(result)
    account = result.account(sim.MARKETPLACE_ID, client_id=sim.CLIENT_ID, client_secret=sim.CLIENT_SECRET)
    assert account.seller_id == "A3NEWSELLER"
    # The code works once; a replay (or a code older than 5 minutes) is invalid_grant.
    with sandbox.http_client() as http, pytest.raises(AuthenticationError, match="invalid_grant"):
        workflow.exchange(grant, http=http)


def test_the_code_is_exchanged_the_same_way_async(
    simulator: sim.AmazonSimulator, sandbox: Sandbox, clock: VirtualClock
) -> None:
    workflow = _workflow(clock)
    _, state = workflow.consent_url("https://sellercentral.amazon.com")
    code = simulator.issue_oauth_code("A3ASYNCSELLER")
    grant = workflow.parse_redirect(
        f"https://erp.example/amazon/callback?state={state}&selling_partner_id=A3ASYNCSELLER&spapi_oauth_code={code}"
    )

    async def exchange_twice() -> str:
        async with sandbox.async_http_client() as http:
            result = await workflow.aexchange(grant, http=http)
            with pytest.raises(AuthenticationError, match="invalid_grant"):
                await workflow.aexchange(grant, http=http)  # a code works once
        return result.selling_partner_id

    assert anyio.run(exchange_twice) == "A3ASYNCSELLER"


# ------------------------------------------------------------------------------------ python-amazon-sp-api config


def test_credentials_come_from_python_amazon_sp_api_env_vars(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SP_API_REFRESH_TOKEN", "Atzr|from-the-environment")
    monkeypatch.setenv("LWA_APP_ID", "amzn1.application-oa2-client.env")
    monkeypatch.setenv("LWA_CLIENT_SECRET", "env-client-secret-value")
    monkeypatch.delenv("SP_API_AWS_SECRET_ID", raising=False)
    account = account_from_sp_api("A2ENVSELLER", "A1PA6795UKMFR9")
    assert account.secret("refresh_token") == "Atzr|from-the-environment"
    assert account.secret("lwa_app_id") == "amzn1.application-oa2-client.env"
    AmazonAdapter.validate_account(account)
    assert AmazonAdapter(account).spapi.endpoints.api == "https://sellingpartnerapi-eu.amazon.com"


def test_account_suffixed_env_vars_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SP_API_REFRESH_TOKEN", "Atzr|default-account")
    monkeypatch.setenv("SP_API_REFRESH_TOKEN_shop2", "Atzr|second-shop")
    monkeypatch.setenv("LWA_APP_ID", "amzn1.application-oa2-client.env")
    monkeypatch.setenv("LWA_CLIENT_SECRET", "env-client-secret-value")
    assert sp_api_credentials("shop2")["refresh_token"] == "Atzr|second-shop"


def test_missing_credentials_say_where_to_put_them(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in ("SP_API_REFRESH_TOKEN", "LWA_APP_ID", "LWA_CLIENT_SECRET", "SP_API_AWS_SECRET_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no python-sp-api credentials.yml there
    monkeypatch.setenv("PYTHON-SP-APIDIR", str(tmp_path))  # confuse's directory variable for "python-sp-api"
    with pytest.raises(ConfigurationError, match="LWA_APP_ID"):
        sp_api_credentials("nobody")


def test_credentials_come_from_python_amazon_sp_apis_config_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    for name in ("SP_API_REFRESH_TOKEN", "LWA_APP_ID", "LWA_CLIENT_SECRET", "SP_API_AWS_SECRET_ID"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "credentials.yml").write_text(
        "shop3:\n"
        '  refresh_token: "Atzr|from-the-config-file"\n'
        '  lwa_app_id: "amzn1.application-oa2-client.file"\n'
        '  lwa_client_secret: "file-client-secret-value"\n'
    )
    monkeypatch.setenv("PYTHON-SP-APIDIR", str(tmp_path))
    credentials = sp_api_credentials("shop3")
    assert credentials == {
        "refresh_token": "Atzr|from-the-config-file",
        "lwa_app_id": "amzn1.application-oa2-client.file",
        "lwa_client_secret": "file-client-secret-value",
    }
