"""A total deadline per attempt and per call, against a real server on loopback that trickles bytes (issue 11 #3).

httpx's timeouts are per read: a server that sends a byte every 0.1 s never trips a 1 s read timeout. The
driver's deadline must end the attempt on time anyway, with the documented typed error — and stop reading.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import anyio
import httpx
import pytest

from marketmsg import Account, APITimeoutError, AsyncClient, Client, DeliveryUnknown, OutboxState

MARGIN = 1.5  # scheduling slack on a loaded 2-core machine; the failure this guards against takes 20 s+


@dataclass
class Trickler:
    """A loopback HTTP server that answers one byte at a time (``mode``: "headers" or "body")."""

    mode: str
    interval: float = 0.05
    port: int = 0
    requests: int = 0
    closed_by_client: list[float] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:  # closed by close()
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.requests += 1
            if data.startswith(b"GET") and self.mode.startswith("post-"):
                conn.sendall(_CONVERSATION)
                return
            if self.mode.endswith("headers"):
                head, body = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100_000, b""
            else:
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                conn.sendall(head)
                head, body = b'{"id": "' + b"x" * 99_990, b""
            try:
                for i in range(len(head)):
                    if self.stop.is_set():
                        return
                    conn.sendall(head[i : i + 1])
                    time.sleep(self.interval)
                conn.sendall(body)
            except OSError:  # the client hung up: what a deadline must do
                self.closed_by_client.append(time.monotonic())

    def close(self) -> None:
        self.stop.set()
        self._listener.close()


_CONVERSATION_JSON = (
    b'{"id": "c1", "buyer": {"id": "b1", "name": "Ana"}, "order_id": null, "unread": 0, '
    b'"last_message_at": "2026-11-02T09:00:00Z", "last_from": "buyer"}'
)
_CONVERSATION = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(_CONVERSATION_JSON)).encode()
    + b"\r\nConnection: close\r\n\r\n"
    + _CONVERSATION_JSON
)


def _serve(mode: str) -> Iterator[Trickler]:
    server = Trickler(mode=mode)
    server.start()
    yield server
    server.close()


@pytest.fixture(params=["headers", "body"])
def trickler(request: pytest.FixtureRequest) -> Iterator[Trickler]:
    yield from _serve(request.param)


@pytest.fixture(params=["post-headers", "post-body"])
def send_trickler(request: pytest.FixtureRequest) -> Iterator[Trickler]:
    """Reads answered at once; only the send trickles."""
    yield from _serve(request.param)


def _account(server: Trickler) -> Account:
    return Account(
        platform="fakemarket",
        seller_id="FM-SELLER-1",
        credentials={"api_key": "fm-test-key-0123456789"},
        settings={"base_url": f"http://127.0.0.1:{server.port}"},
    )


CONV = "fakemarket:FM-SELLER-1:conv:c1"


def test_a_trickling_answer_ends_at_the_attempt_deadline(trickler: Trickler) -> None:
    with Client([_account(trickler)], timeout=1.0, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            client.conversations.get(CONV)
        elapsed = time.monotonic() - started
    assert 0.9 <= elapsed <= 1.0 + MARGIN, elapsed
    assert caught.value.request_sent
    assert "1 s" in str(caught.value)
    # The abandoned exchange stops reading too: the server sees the connection go, not 100 s of trickle.
    deadline = time.monotonic() + 3
    while not trickler.closed_by_client and time.monotonic() < deadline:
        time.sleep(0.05)
    assert trickler.closed_by_client


def test_async_client_honours_the_same_deadline(trickler: Trickler) -> None:
    async def main() -> float:
        async with AsyncClient([_account(trickler)], timeout=1.0, max_retries=0) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.conversations.get(CONV)
            return time.monotonic() - started

    elapsed = anyio.run(main)
    assert 0.9 <= elapsed <= 1.0 + MARGIN, elapsed


def test_a_trickled_send_is_delivery_unknown_on_time(send_trickler: Trickler) -> None:
    trickler = send_trickler
    with Client([_account(trickler)], timeout=1.0) as client:
        started = time.monotonic()
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(CONV, "Your parcel left today.", idempotency_key="slow-1")
        elapsed = time.monotonic() - started
        entry = client.outbox.get("slow-1")
    assert elapsed <= 1.0 + MARGIN, elapsed
    assert trickler.requests == 2  # the conversation read, then the send — never sent again
    assert entry is not None and entry.state is OutboxState.UNKNOWN


def test_the_call_deadline_bounds_every_retry(trickler: Trickler) -> None:
    # Reads are retried after a timeout; 6 attempts of 0.6 s would take 3.6 s+ — the call's 2 s deadline wins. The
    # deadline leaves 0.9 s after the first attempt's 0.6 s and its at most 0.5 s back-off, so a busy CI machine's
    # scheduling hiccup does not swallow the retry this test wants to see.
    with Client([_account(trickler)], timeout=0.6, max_retries=5, deadline=2.0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.conversations.get(CONV)
        elapsed = time.monotonic() - started
    assert elapsed <= 2.0 + MARGIN, elapsed
    # At most the attempts the deadline has room for (0.6 s + back-off + 0.6 s > 2 s leaves no third). Whether the
    # second one starts depends on the machine's scheduling (it did not, twice, inside a full CI run on a slow
    # machine, never alone): the bound is what the deadline promises.
    assert 1 <= trickler.requests <= 2, trickler.requests


def test_with_options_sets_a_deadline(trickler: Trickler) -> None:
    with Client([_account(trickler)], timeout=30.0) as client:
        quick = client.with_options(timeout=0.8, max_retries=0)
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            quick.conversations.get(CONV)
    assert time.monotonic() - started <= 0.8 + MARGIN


def test_nothing_sent_when_the_deadline_cannot_cover_the_rate_limit_wait() -> None:
    from datetime import UTC, datetime

    from marketmsg import VirtualClock
    from marketmsg_fakemarket import BASE_URL, FakemarketSimulator, Fault

    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    simulator = FakemarketSimulator(clock)
    simulator.inject(Fault(status=429, retry_after=5))
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
    account = Account(
        platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": "fm-test-key-0123456789"}
    )
    with Client([account], http_client=http, clock=clock, deadline=2.0) as client:
        with pytest.raises(APITimeoutError) as caught:
            client.conversations.get(CONV)  # 429: the bucket waits 5 s, more than the call has left
        assert caught.value.request_sent is False
        assert "deadline" in str(caught.value) and "rate limit" in str(caught.value)
        assert len(simulator.requests) == 1
        with pytest.raises(APITimeoutError):  # the next call cannot wait either: refused before sending
            client.conversations.get(CONV)
        assert len(simulator.requests) == 1
        assert max(clock.sleeps, default=0.0) < 2.0, "it never slept a wait it could not afford"


def test_timeouts_are_validated() -> None:
    from marketmsg.transport import DriverOptions

    with pytest.raises(ValueError, match="deadline"):
        DriverOptions(deadline=0)
    with pytest.raises(ValueError, match="max_response_bytes"):
        DriverOptions(max_response_bytes=0)


def _child_call(port: int, results: object) -> None:
    try:
        with Client([_account_on(port)], timeout=5.0, max_retries=0) as client:
            client.conversations.get(CONV)
        results.put("ok")  # type: ignore[attr-defined]
    except BaseException as exc:  # reported, never a hang
        results.put(repr(exc))  # type: ignore[attr-defined]


def _account_on(port: int) -> Account:
    return Account(
        platform="fakemarket",
        seller_id="FM-SELLER-1",
        credentials={"api_key": "fm-test-key-0123456789"},
        settings={"base_url": f"http://127.0.0.1:{port}"},
    )


def test_a_forked_worker_process_starts_its_own_exchange_threads() -> None:
    # The sync exchange reuses daemon threads; a forked child inherits the idle list but not the threads.
    import multiprocessing

    server = Trickler(mode="post-headers")  # answers reads at once
    server.start()
    try:
        with Client([_account_on(server.port)], timeout=5.0, max_retries=0) as client:
            client.conversations.get(CONV)  # the parent's pool now has an idle thread
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        child = context.Process(target=_child_call, args=(server.port, results))
        child.start()
        assert results.get(timeout=20) == "ok"
        child.join(5)
    finally:
        server.close()
