"""The client's own connection pool never holds a queue: callers beyond its size wait in front of it.

httpcore's pool compares every queued request with every connection on each request and release, so a
thousand callers queued inside it cost milliseconds of CPU per request (benchmarks/quota.py). The driver's gate
(a semaphore the size of the pool) keeps them outside; these tests pin that it bounds what is in flight, that
``with_options`` copies share it, and that a pool the user built is left to the user.
"""

from __future__ import annotations

import threading

import anyio
import httpx
import pytest

from marketmsg import Account, AsyncClient, Client
from marketmsg.transport._driver import DEFAULT_MAX_CONNECTIONS
from marketmsg.transport._exchange import Cancelled, Watch, _receive_sync, exchange_async, exchange_sync
from marketmsg.transport._pool import SHARD_SIZE, AsyncShardedTransport, ShardedTransport

GATE = 2
CALLERS = 6


class Counting:
    """A handler that records how many requests are inside the transport at once."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0
        self.lock = threading.Lock()

    def enter(self) -> None:
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)

    def leave(self) -> None:
        with self.lock:
            self.inside -= 1


@pytest.mark.parametrize(("gate", "most"), [(GATE, GATE), (None, CALLERS)])
def test_async_exchanges_in_flight_are_bounded_by_the_gate(gate: int | None, most: int) -> None:
    counting = Counting()

    async def main() -> None:
        release = anyio.Event()

        async def handler(request: httpx.Request) -> httpx.Response:
            counting.enter()
            if counting.inside >= most:  # as many as may be inside are: let them all go
                release.set()
            await release.wait()
            counting.leave()
            return httpx.Response(200, json={})

        semaphore = anyio.Semaphore(gate) if gate else None
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:

            async def one() -> None:
                response = await exchange_async(
                    http, http.build_request("GET", "https://x.test/"), None, 1024, None, Watch(), semaphore
                )
                assert response.status_code == 200

            async with anyio.create_task_group() as group:
                for _ in range(CALLERS):
                    group.start_soon(one)

    anyio.run(main)
    assert counting.most == most


@pytest.mark.parametrize(("gate", "most"), [(GATE, GATE), (None, CALLERS)])
def test_sync_exchanges_in_flight_are_bounded_by_the_gate(gate: int | None, most: int) -> None:
    counting = Counting()
    everyone = threading.Barrier(CALLERS, timeout=10)
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        counting.enter()
        release.wait(timeout=10)
        counting.leave()
        return httpx.Response(200, json={})

    semaphore = threading.BoundedSemaphore(gate) if gate else None
    http = httpx.Client(transport=httpx.MockTransport(handler))

    def one() -> None:
        everyone.wait()
        exchange_sync(
            http, http.build_request("GET", "https://x.test/"), None, 1024, None, Watch(), semaphore
        )

    threads = [threading.Thread(target=one) for _ in range(CALLERS)]
    for thread in threads:
        thread.start()
    for _ in range(10_000):  # the gate holds the rest back; release once the allowed ones are inside
        if counting.inside >= most:
            break
        threading.Event().wait(0.001)
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert counting.most == most


def _account() -> Account:
    return Account(platform="fakemarket", seller_id="S1", credentials={"api_key": "k"})


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_the_clients_own_pool_is_gated_at_its_size_and_copies_share_the_gate(kind: type) -> None:
    client = kind([_account()])
    transport = client._http._transport
    assert isinstance(transport, ShardedTransport | AsyncShardedTransport)
    assert len(transport._shards) * SHARD_SIZE >= DEFAULT_MAX_CONNECTIONS  # the gate never queues in a shard
    gate = client._driver.gate
    assert gate is not None
    assert client.with_options(max_retries=0)._driver.gate is gate  # one pool, one gate


@pytest.mark.parametrize(("kind", "http"), [(Client, httpx.Client), (AsyncClient, httpx.AsyncClient)])
def test_a_pool_the_user_built_is_not_gated(kind: type, http: type) -> None:
    client = kind([_account()], http_client=http())
    assert client._driver.gate is None


def test_a_sync_exchange_whose_caller_gave_up_while_it_waited_for_the_gate_sends_nothing() -> None:
    # The caller's deadline passed while the worker thread queued for the gate (the caller already raised its
    # timeout): when the worker's turn comes, it must not send the request anyway.
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    watch = Watch()
    watch.cancel()  # what exchange_sync does when its deadline passes
    with pytest.raises(Cancelled):
        _receive_sync(
            http,
            http.build_request("GET", "https://x.test/"),
            None,
            1024,
            watch,
            threading.BoundedSemaphore(1),
        )
    assert sent == []


@pytest.mark.parametrize(
    "event", ["http11.receive_response_body.failed", "http11.response_closed.started", "http11.response_closed.complete"]
)
def test_a_cancelled_exchange_is_not_interrupted_while_it_closes(event: str) -> None:
    # Raising from the close of a stream that is already ending (often inside GeneratorExit when the abandoned
    # response is garbage-collected) left the connection open and surfaced as an unraisable exception in whatever
    # test ran next (a flaky teardown error in tests/transport/test_deadlines.py, stop 34).
    watch = Watch()
    watch.cancel()
    watch.trace(event, {})  # no Cancelled: the exchange is ending anyway
    with pytest.raises(Cancelled):
        watch.trace("http11.receive_response_body.started", {})
