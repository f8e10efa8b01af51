"""Retry rules: what is retried, what is never retried, and what the caller is told."""

from __future__ import annotations

from collections.abc import Callable

import anyio
import httpx
import pytest

from marketmsg import (
    Account,
    APIConnectionError,
    AsyncClient,
    BadRequestError,
    CallRecord,
    Client,
    DeliveryUnknown,
    EventHooks,
    InternalServerError,
    OutboxState,
    RateLimitError,
    VirtualClock,
)
from marketmsg_fakemarket import BASE_URL, FakemarketAdapter, FakemarketSimulator, Fault

CONV = "fakemarket:FM-SELLER-1:conv:c1"


def make_client(
    account: Account,
    simulator: FakemarketSimulator,
    clock: VirtualClock,
    records: list[CallRecord],
    **kwargs: object,
) -> Client:
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
    return Client(
        [account], http_client=http, clock=clock, event_hooks=EventHooks(on_call=[records.append]), **kwargs
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("faults", "retries_taken"),
    [
        ([Fault(error="connect")], 1),
        ([Fault(error="connect"), Fault(error="connect")], 2),
        ([Fault(status=429, retry_after=3)], 1),
        ([Fault(status=503)], 1),
        ([Fault(status=500), Fault(status=502)], 2),  # reads are idempotent: 5xx retried
        ([Fault(status=408)], 1),
    ],
)
def test_reads_are_retried(
    account: Account,
    simulator: FakemarketSimulator,
    clock: VirtualClock,
    faults: list[Fault],
    retries_taken: int,
) -> None:
    records: list[CallRecord] = []
    simulator.inject(*faults)
    with make_client(account, simulator, clock, records) as client:
        conv = client.conversations.get(CONV)
    assert conv.id == CONV
    assert records[-1].retries_taken == retries_taken
    assert len(simulator.requests) == retries_taken + 1


def test_retry_after_is_honoured_and_capped(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(Fault(status=429, retry_after=7), Fault(status=429, retry_after=3600))
    with make_client(account, simulator, clock, []) as client:
        client.conversations.get(CONV)
    assert 7.0 in clock.sleeps
    assert 60.0 in clock.sleeps, "Retry-After is honoured only up to the cap"
    assert 3600.0 not in clock.sleeps


def test_gives_up_after_max_retries(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(*[Fault(status=503)] * 5)
    with make_client(account, simulator, clock, []) as client, pytest.raises(InternalServerError) as info:
        client.conversations.get(CONV)
    assert info.value.retries_taken == 2
    assert len(simulator.requests) == 3


def test_with_options_changes_retry_budget(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(Fault(error="connect"))
    with make_client(account, simulator, clock, []) as client:
        with pytest.raises(APIConnectionError) as info:
            client.with_options(max_retries=0).conversations.get(CONV)
        assert info.value.retries_taken == 0
        assert client.conversations.get(CONV).id == CONV, "the original client keeps its own options"


def test_client_errors_are_not_retried(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(Fault(status=400))
    with make_client(account, simulator, clock, []) as client, pytest.raises(BadRequestError) as info:
        client.conversations.get(CONV)
    assert info.value.platform_code == "Injected"
    assert len(simulator.requests) == 1


def test_send_that_timed_out_after_sending_is_not_retried(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(Fault(error="read_timeout_after_commit", path_contains="/messages"))
    with make_client(account, simulator, clock, []) as client:
        with pytest.raises(DeliveryUnknown) as info:
            client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="k-1")
        assert info.value.idempotency_key == "k-1"
        assert len(simulator.sent_messages("c1")) == 1, "the platform did get it"
        posts = [r for r in simulator.requests if r.method == "POST"]
        assert len(posts) == 1, "a send whose outcome is unknown must not be retried"
        entry = client.outbox.get("k-1")
        assert entry is not None and entry.state is OutboxState.UNKNOWN
        # Trying again with the same key refuses instead of sending a duplicate.
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="k-1")
        assert len(simulator.sent_messages("c1")) == 1


@pytest.mark.parametrize(
    ("fault", "retried"),
    [(Fault(error="connect"), True), (Fault(status=429), True), (Fault(status=503), True)],
)
def test_sends_are_retried_only_when_not_delivered(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock, fault: Fault, retried: bool
) -> None:
    fault.path_contains = "/messages"
    simulator.inject(fault)
    with make_client(account, simulator, clock, []) as client:
        message = client.messages.reply(CONV, "Your parcel ships today.")
    assert message.body == "Your parcel ships today."
    assert len(simulator.sent_messages("c1")) == 1


@pytest.mark.parametrize("status", [500, 502, 504])
def test_send_failing_with_5xx_is_unknown_not_retried(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock, status: int
) -> None:
    simulator.inject(Fault(status=status, path_contains="/messages"))
    with make_client(account, simulator, clock, []) as client, pytest.raises(DeliveryUnknown):
        client.messages.reply(CONV, "Your parcel ships today.")
    assert len([r for r in simulator.requests if r.method == "POST"]) == 1


def test_completed_key_returns_stored_message(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    with make_client(account, simulator, clock, []) as client:
        first = client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="same")
        second = client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="same")
    assert first == second
    assert len(simulator.sent_messages("c1")) == 1


def test_refused_send_can_be_sent_again(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(Fault(status=400, path_contains="/messages"))
    with make_client(account, simulator, clock, []) as client:
        with pytest.raises(BadRequestError):
            client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="again")
        entry = client.outbox.get("again")
        assert entry is not None and entry.state is OutboxState.FAILED
        client.messages.reply(CONV, "Your parcel ships today.", idempotency_key="again")
    assert len(simulator.sent_messages("c1")) == 1


def test_rate_limit_error_carries_retry_after(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(*[Fault(status=429, retry_after=2)] * 3)
    with make_client(account, simulator, clock, []) as client, pytest.raises(RateLimitError) as info:
        client.conversations.get(CONV)
    assert info.value.retry_after == 2.0
    assert info.value.retries_taken == 2


def test_429_backs_off_through_the_bucket(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    records: list[CallRecord] = []
    simulator.inject(Fault(status=429, retry_after=5))
    with make_client(account, simulator, clock, records) as client:
        client.conversations.get(CONV)
    assert records[-1].waited_for_rate_limit == pytest.approx(5.0), (
        "the wait is taken in the bucket, not a loop"
    )


def test_async_client_follows_the_same_rules(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock
) -> None:
    simulator.inject(
        Fault(error="connect"), Fault(error="read_timeout_after_commit", path_contains="/messages")
    )
    records: list[CallRecord] = []

    async def main() -> None:
        http = httpx.AsyncClient(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
        async with AsyncClient(
            [account], http_client=http, clock=clock, event_hooks=EventHooks(on_call=[records.append])
        ) as client:
            conv = await client.conversations.get(CONV)
            assert conv.id == CONV
            with pytest.raises(DeliveryUnknown):
                await client.messages.reply(CONV, "Your parcel ships today.")
        await http.aclose()

    anyio.run(main)
    assert records[0].retries_taken == 1
    assert len([r for r in simulator.requests if r.method == "POST"]) == 1


def test_broken_hook_never_breaks_a_call(
    account: Account, simulator: FakemarketSimulator, clock: VirtualClock, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(record: CallRecord) -> None:
        raise RuntimeError("hook bug")

    hooks: list[Callable[[CallRecord], None]] = [broken]
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
    with Client([account], http_client=http, clock=clock, event_hooks=EventHooks(on_call=hooks)) as client:
        assert client.conversations.get(CONV).id == CONV
    assert "hook" in caplog.text


def test_auth_failure_before_a_send_is_not_delivery_unknown(fakemarket: None, clock: VirtualClock) -> None:
    """An auth flow whose token request times out never sent the message: retry it, never DeliveryUnknown."""
    from collections.abc import Generator

    from marketmsg import Account

    simulator = FakemarketSimulator(clock)
    attempts = {"token": 0}

    def token_endpoint(request: httpx.Request) -> httpx.Response:
        attempts["token"] += 1
        if attempts["token"] == 2:  # the token fetch in front of the send (the first one served the read)
            raise httpx.ReadTimeout("token endpoint slow", request=request)
        return httpx.Response(200, json={"token": "fm-test-key-0123456789"})

    class TokenAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
            token = yield httpx.Request("POST", "https://auth.fakemarket.test/token")
            token.read()
            request.headers["authorization"] = f"Bearer {token.json()['token']}"
            yield request

    class TokenAdapter(FakemarketAdapter):
        def http_auth(self) -> httpx.Auth:
            return TokenAuth()

    from marketmsg import register_adapter

    register_adapter("fakemarket", TokenAdapter)
    account = Account(platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": "unused-key"})
    http = httpx.Client(
        mounts={
            BASE_URL: httpx.MockTransport(simulator.handle),
            "https://auth.fakemarket.test": httpx.MockTransport(token_endpoint),
        }
    )
    with Client([account], http_client=http, clock=clock) as client:
        message = client.messages.reply(CONV, "Your parcel ships today.")
    assert message.body == "Your parcel ships today."
    assert attempts["token"] == 3
    assert len(simulator.sent_messages("c1")) == 1
