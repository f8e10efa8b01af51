"""Every reservation the drivers take is settled exactly once, whatever the request meets — or the limiter's
in-flight ceiling would hold a bucket below its burst for good (docs/concepts/retries-rate-limits.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio
import httpx
import pytest

from marketmsg import Account, AsyncClient, Client, MarketmsgError, VirtualClock
from marketmsg.transport import InMemoryLimitStore
from marketmsg_fakemarket import BASE_URL, FakemarketSimulator

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ACCOUNT = Account(
    platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": "fm-test-key-0123456789"}
)
CONVERSATION = "fakemarket:FM-SELLER-1:conv:c1"


def _in_flight(store: InMemoryLimitStore) -> dict[str, int]:
    return {key: state.inflight for key in list(store._buckets) if (state := store.state(key)) is not None}


# What the platform does to the first attempts before it answers normally.
FIRST_ANSWERS = {
    "a refusal (429)": [httpx.Response(429, json={"error": {"code": "TooMany"}})],
    "a server error, then a refusal": [
        httpx.Response(503, json={"error": {"code": "Unavailable"}}),
        httpx.Response(429, headers={"retry-after": "1"}, json={"error": {"code": "TooMany"}}),
    ],
    "a refused connection": [httpx.ConnectError("refused")],
    "a read timeout": [httpx.ReadTimeout("slow")],
}


@pytest.mark.parametrize("case", sorted(FIRST_ANSWERS))
def test_retried_requests_leave_nothing_in_flight(case: str) -> None:
    clock = VirtualClock(NOW)
    simulator = FakemarketSimulator(clock)
    answers = iter(FIRST_ANSWERS[case])

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers, None)
        if isinstance(answer, Exception):
            raise answer
        return answer or simulator.handle(request)

    store = InMemoryLimitStore()
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(handler)})
    with Client([ACCOUNT], http_client=http, clock=clock, rate_limit_store=store) as client:
        client.conversations.get(CONVERSATION)
        for _ in range(12):  # past the burst: queued reservations too
            client.conversations.get(CONVERSATION)
    flying = _in_flight(store)
    assert flying and set(flying.values()) == {0}


def test_a_request_that_fails_for_good_leaves_nothing_in_flight() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    store = InMemoryLimitStore()
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(handler)})
    client = Client([ACCOUNT], http_client=http, clock=VirtualClock(NOW), rate_limit_store=store)
    with client, pytest.raises(MarketmsgError):
        client.conversations.get(CONVERSATION)
    assert set(_in_flight(store).values()) == {0}


def test_a_cancelled_async_request_leaves_nothing_in_flight() -> None:
    started = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        started.set()
        await anyio.sleep(60)  # the platform never answers: the caller gives up
        raise AssertionError("not reached")

    async def main() -> dict[str, int]:
        store = InMemoryLimitStore()
        http = httpx.AsyncClient(mounts={BASE_URL: httpx.MockTransport(handler)})
        async with AsyncClient([ACCOUNT], http_client=http, rate_limit_store=store) as client:
            with anyio.move_on_after(5):
                async with anyio.create_task_group() as group:
                    group.start_soon(client.conversations.get, CONVERSATION)
                    await started.wait()
                    group.cancel_scope.cancel()
        return _in_flight(store)

    flying = anyio.run(main)
    assert flying and set(flying.values()) == {0}
