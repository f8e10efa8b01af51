"""The simulated gateway rejects what the real one rejects, and each rejection surfaces as the right error."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import unquote

import httpx
import pytest

from marketmsg import (
    AuthenticationError,
    Client,
    DeliveryUnknown,
    OutboxState,
    RateLimitError,
    UnsupportedOperationError,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg_aliexpress import SignatureError
from marketmsg_aliexpress.simulator import IM_SELLER, LETTER_SELLER, AliExpressSimulator, Fault

from .conftest import account


def _token_calls(sim: AliExpressSimulator) -> int:
    return sum(1 for r in sim.requests if r.url.path.endswith("/auth/token/refresh"))


def test_wrong_secret_is_a_signature_error(spec: SandboxSpec, make_client: Any) -> None:
    client = make_client(account(spec, credentials={"app_secret": "not-the-app-secret-000"}))
    with pytest.raises(SignatureError) as info:
        client.disputes.list().to_list()
    assert info.value.platform_code == "IncompleteSignature"
    assert info.value.field == "credentials.app_secret"
    assert "not-the-app-secret-000" not in str(info.value)


def test_tampered_request_is_rejected(spec: SandboxSpec, clock: VirtualClock) -> None:
    def tamper(request: httpx.Request) -> None:  # runs after signing: a man in the middle
        request.url = request.url.copy_set_param("current_page", "2")  # not signed

    sandbox = Sandbox([spec], clock=clock)
    http = httpx.Client(mounts=sandbox.mounts(), event_hooks={"request": [tamper]})
    with Client([account(spec)], http_client=http, clock=clock) as client, pytest.raises(SignatureError):
        client.disputes.list().to_list()
    http.close()


def test_stale_timestamp_is_rejected(spec: SandboxSpec, clock: VirtualClock) -> None:
    skewed = VirtualClock(clock.now() + timedelta(hours=3))  # beyond the 7200 s window
    sandbox = Sandbox([spec], clock=clock)
    with (
        Client([account(spec)], http_client=sandbox.http_client(), clock=skewed) as client,
        pytest.raises(SignatureError) as info,
    ):
        client.disputes.list().to_list()
    assert info.value.platform_code == "InvalidTimestamp"
    assert "clock" in str(info.value)


def test_ban_backs_off_through_the_limiter(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any, clock: VirtualClock
) -> None:
    sim.inject(
        Fault(
            code="ApiCallLimit",
            msg="Api access frequency exceeds the limit. this ban will last 3 seconds",
            api_contains="issuelist",
        )
    )
    disputes = make_client(account(spec)).disputes.list().to_list()
    assert disputes
    assert 3.0 in clock.sleeps, "the client waited out the ban the platform announced"


def test_ban_without_retries_raises_rate_limit_error(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    sim.inject(
        Fault(
            code="7",
            msg="App Call Limited",
            sub_code="accesscontrol.limited-by-app-access-count",
            sub_msg="This ban will last for 17 more seconds",
            api_contains="issuelist",
        )
    )
    client = make_client(account(spec), max_retries=0)
    with pytest.raises(RateLimitError) as info:
        client.disputes.list().to_list()
    assert info.value.retry_after == 17.0


def test_simulator_enforces_per_app_qps(
    sim: AliExpressSimulator, spec: SandboxSpec, clock: VirtualClock
) -> None:
    sandbox = Sandbox([spec], clock=clock)
    http = sandbox.http_client()
    adapter_account = account(spec)
    from marketmsg_aliexpress import AliExpressAdapter

    adapter = AliExpressAdapter(adapter_account, clock=clock)
    answers = []
    for _ in range(sim.qps.burst + 1):  # no client-side limiter here: straight at the gateway
        request = adapter.request("aliexpress.issue.issuelist.get", {"query_dto": {"current_page": 1}})
        answers.append(http.send(request, auth=adapter.http_auth()).json())
    http.close()
    assert "error_response" not in answers[0]
    assert answers[-1]["error_response"]["code"] == "ApiCallLimit"
    assert "this ban will last 1 seconds" in answers[-1]["error_response"]["msg"]


def test_revoked_token_is_refreshed_once_and_the_call_retried(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    sim.revoke(f"sandbox-access-{IM_SELLER}")
    client = make_client(account(spec))
    assert client.disputes.list().to_list()
    assert _token_calls(sim) == 1
    client.disputes.list().to_list()
    assert _token_calls(sim) == 1, "the new token is kept"


def test_token_refreshed_before_it_expires(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any, clock: VirtualClock
) -> None:
    soon = clock.now().timestamp() + 60  # inside the 300 s leeway
    client = make_client(account(spec, settings={"token_expires_at": soon}))
    client.disputes.list().to_list()
    assert _token_calls(sim) == 1
    refresh = next(r for r in sim.requests if r.url.path.endswith("/auth/token/refresh"))
    assert refresh.url.path == "/rest/auth/token/refresh"


def test_dead_refresh_token_asks_for_reauthorisation(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    sim.revoke(f"sandbox-access-{IM_SELLER}")
    client = make_client(account(spec, credentials={"refresh_token": "no-such-refresh-token"}))
    with pytest.raises(AuthenticationError, match="authorise the seller again"):
        client.disputes.list().to_list()


def test_platform_permission_refusal_is_a_capability_error(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    sim.allowed_messaging = {"im"}
    client = make_client(account(spec, LETTER_SELLER))
    with pytest.raises(UnsupportedOperationError, match="may not call"):
        client.conversations.list().to_list()


def test_unconfigured_messaging_api_refused_before_io(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    client = make_client(account(spec, settings={"messaging_api": "station_letter"}))
    conv_id = f"aliexpress:{IM_SELLER}:conv:im/2000000001"
    before = len(sim.requests)
    with pytest.raises(UnsupportedOperationError, match="messaging_api='station_letter'"):
        client.messages.list(conv_id).to_list()
    assert len(sim.requests) == before


def test_send_whose_answer_is_lost_is_delivery_unknown_and_not_repeated(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    client = make_client(account(spec))
    conv_id = f"aliexpress:{IM_SELLER}:conv:im/2000000001"
    sim.inject(Fault(error="read_timeout_after_commit", api_contains="message/send"))
    before = len(sim.state.im[IM_SELLER]["2000000001"]["messages"])
    with pytest.raises(DeliveryUnknown):
        client.messages.reply(conv_id, "Thank you, your parcel is on its way.")
    assert len(sim.state.im[IM_SELLER]["2000000001"]["messages"]) == before + 1


def test_async_client_refreshes_once_too(
    sim: AliExpressSimulator, spec: SandboxSpec, clock: VirtualClock
) -> None:
    import anyio

    from marketmsg import AsyncClient

    sim.revoke(f"sandbox-access-{IM_SELLER}")
    sandbox = Sandbox([spec], clock=clock)

    async def main() -> int:
        async with AsyncClient(
            [account(spec)], http_client=sandbox.async_http_client(), clock=clock
        ) as client:
            async with anyio.create_task_group() as group:
                for _ in range(5):
                    group.start_soon(client.disputes.list().to_list)
            return len(await client.disputes.list().to_list())

    assert anyio.run(main) > 0
    assert _token_calls(sim) == 1, "concurrent calls share one refresh"


@pytest.mark.parametrize("seller", [IM_SELLER, LETTER_SELLER])
def test_simplified_and_wrapped_answers_read_the_same(
    spec: SandboxSpec, make_client: Any, seller: str
) -> None:
    def snapshot(simplify: bool) -> tuple[list[Any], list[Any], list[Any]]:
        client = make_client(account(spec, seller, settings={"simplify": simplify}))
        convs = client.conversations.list().to_list()
        messages = [m.model_dump(exclude={"raw"}) for m in client.messages.list(convs[0].id).to_list()]
        disputes = [client.disputes.get(d.id).model_dump(exclude={"raw"}) for d in client.disputes.list()]
        return [c.model_dump(exclude={"raw"}) for c in convs], messages, disputes

    wrapped, simplified = snapshot(False), snapshot(True)
    assert wrapped == simplified
    assert wrapped[2] and any(d["buyer_solutions"] for d in wrapped[2])


def test_account_with_only_a_refresh_token(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    base = account(spec)
    only_refresh = account(spec, credentials={"access_token": ""}, settings={"token_expires_at": None})
    assert base.secret("access_token") and not only_refresh.secret("access_token")
    assert make_client(only_refresh).disputes.list().to_list()
    assert _token_calls(sim) == 1


def test_signature_errors_are_not_retried(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    client = make_client(account(spec, credentials={"app_secret": "not-the-app-secret-000"}))
    before = len(sim.requests)
    with pytest.raises(SignatureError):
        client.disputes.list().to_list()
    assert len(sim.requests) - before == 1


def test_threads_share_one_refresh(sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    sim.revoke(f"sandbox-access-{IM_SELLER}")
    client = make_client(account(spec))
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda _: len(client.disputes.list().to_list()), range(6)))
    assert all(results)
    assert _token_calls(sim) == 1


def test_http_503_is_retried_for_reads(sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any) -> None:
    client = make_client(account(spec))
    sim.inject(Fault(status=503, api_contains="issuelist"))
    assert client.disputes.list().to_list()


def _im_sends(sim: AliExpressSimulator) -> int:
    return sum("message/send" in unquote(str(r.url) + r.content.decode("latin-1")) for r in sim.requests)


def test_http_503_on_a_send_is_unknown_not_retried(
    sim: AliExpressSimulator, spec: SandboxSpec, make_client: Any
) -> None:
    # AliExpress documents no "not processed" meaning for a 503, and proxies answer 503 after an upstream reset:
    # the send may have been applied, so it is never resent blindly (issue 11 #5).
    client = make_client(account(spec))
    sim.inject(Fault(status=503, api_contains="message/send"))
    conv = f"aliexpress:{IM_SELLER}:conv:im/2000000003"
    sends_before = _im_sends(sim)
    with pytest.raises(DeliveryUnknown, match="503"):
        client.messages.reply(
            conv, "Thank you for your message, we are checking it now.", idempotency_key="k503"
        )
    assert _im_sends(sim) - sends_before == 1
    entry = client.outbox.get("k503")
    assert entry is not None and entry.state is OutboxState.UNKNOWN
