"""Answers are streamed and capped: a 300 MB answer is never read into memory (issue 11 #4)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import anyio
import httpx
import pytest

from marketmsg import (
    Account,
    AsyncClient,
    Client,
    DeliveryUnknown,
    OutboxState,
    ResponseTooLargeError,
    ResponseValidationError,
    VirtualClock,
)
from marketmsg.transport import DEFAULT_MAX_RESPONSE_BYTES
from marketmsg_fakemarket import BASE_URL

API_KEY = "fm-test-key-0123456789"
CONV = "fakemarket:FM-SELLER-1:conv:c1"
CHUNK = 64 * 1024
HUGE = 300 * 1024 * 1024
MIB = 1024 * 1024


def _account(base_url: str | None = None) -> Account:
    settings = {"base_url": base_url} if base_url else {}
    return Account(
        platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": API_KEY}, settings=settings
    )


class Endless:
    """A lazily generated body of ``size`` bytes that counts how much of it was pulled."""

    def __init__(self, size: int = HUGE) -> None:
        self.size = size
        self.pulled = 0

    def __iter__(self) -> Iterator[bytes]:
        # Starts with the account's secret: the error's excerpt must not show it.
        first = f'{{"note": "{API_KEY}", "pad": "'.encode()
        self.pulled += len(first)
        yield first
        while self.pulled < self.size:
            self.pulled += CHUNK
            yield b"x" * CHUNK

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def _client(handler: httpx.MockTransport, **kwargs: object) -> Client:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    return Client([_account()], http_client=httpx.Client(mounts={BASE_URL: handler}), clock=clock, **kwargs)  # type: ignore[arg-type]


def test_a_300_mb_answer_is_cut_at_the_cap_without_reading_it() -> None:
    body = Endless()
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"x-request-id": "req-big-1"}, content=iter(body))
    )
    tracemalloc.start()
    try:
        with (
            _client(transport, max_response_bytes=MIB, max_retries=0) as client,
            pytest.raises(ResponseTooLargeError) as caught,
        ):
            client.conversations.get(CONV)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    error = caught.value
    assert (error.status_code, error.request_id, error.limit) == (200, "req-big-1", MIB)
    assert body.pulled <= MIB + 2 * CHUNK, body.pulled
    assert peak < 16 * MIB, f"peak {peak / MIB:.1f} MiB"
    assert API_KEY not in str(error) and API_KEY not in error.excerpt
    assert error.excerpt.startswith('{"note":')
    assert "1048576" in str(error) and "req-big-1" in str(error)


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    body = Endless()
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-length": str(HUGE)}, content=iter(body))
    )
    with _client(transport, max_response_bytes=MIB) as client, pytest.raises(ResponseTooLargeError):
        client.conversations.get(CONV)
    assert body.pulled == 0


def test_the_default_cap_applies() -> None:
    body = Endless(size=DEFAULT_MAX_RESPONSE_BYTES + 4 * CHUNK)
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=iter(body)))
    with _client(transport) as client, pytest.raises(ResponseTooLargeError) as caught:
        client.conversations.get(CONV)
    assert caught.value.limit == DEFAULT_MAX_RESPONSE_BYTES == 16 * MIB
    assert body.pulled <= DEFAULT_MAX_RESPONSE_BYTES + 2 * CHUNK


def test_the_cap_counts_decoded_bytes_so_a_gzip_bomb_is_cut() -> None:
    bomb = gzip.compress(b"\0" * (64 * MIB), compresslevel=9)  # ~64 KB on the wire
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-encoding": "gzip"}, content=bomb)
    )
    with _client(transport, max_response_bytes=MIB) as client, pytest.raises(ResponseTooLargeError):
        client.conversations.get(CONV)


def test_with_options_changes_the_cap() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"{" + b" " * (2 * MIB) + b"}"))
    with _client(transport) as client:
        with pytest.raises(ResponseTooLargeError):
            client.with_options(max_response_bytes=MIB).conversations.get(CONV)
        with pytest.raises(
            ResponseValidationError
        ) as other:  # under the default cap: read, and no conversation
            client.conversations.get(CONV)
        assert not isinstance(other.value, ResponseTooLargeError)


def test_an_oversized_answer_to_a_send_is_unknown() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(201, content=iter(Endless()))
        return httpx.Response(
            200,
            json={"id": "c1", "buyer": {"id": "b1", "name": "Ana"}, "order_id": None, "unread": 0,
                  "last_message_at": "2026-11-02T09:00:00Z", "last_from": "buyer"},
        )  # fmt: skip

    with _client(httpx.MockTransport(handler), max_response_bytes=MIB) as client:
        with pytest.raises(DeliveryUnknown):
            client.messages.reply(CONV, "Your parcel left today.", idempotency_key="big-send")
        entry = client.outbox.get("big-send")
    assert entry is not None and entry.state is OutboxState.UNKNOWN


def test_async_client_caps_the_same_way() -> None:
    body = Endless()

    async def main() -> None:
        transport = httpx.MockTransport(lambda r: httpx.Response(200, content=body.__aiter__()))
        http = httpx.AsyncClient(mounts={BASE_URL: transport})
        async with AsyncClient([_account()], http_client=http, max_response_bytes=MIB) as client:
            with pytest.raises(ResponseTooLargeError):
                await client.conversations.get(CONV)

    anyio.run(main)
    assert body.pulled <= MIB + 2 * CHUNK


def test_a_real_server_streaming_forever_is_hung_up_on() -> None:
    sent = [0]
    closed = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            )
            chunk = b"%x\r\n%s\r\n" % (CHUNK, b"x" * CHUNK)
            try:
                while sent[0] < HUGE:
                    conn.sendall(chunk)
                    sent[0] += CHUNK
            except OSError:
                closed.set()

    threading.Thread(target=serve, daemon=True).start()
    try:
        account = _account(f"http://127.0.0.1:{port}")
        with (
            Client([account], max_response_bytes=MIB, max_retries=0) as client,
            pytest.raises(ResponseTooLargeError),
        ):
            client.conversations.get(CONV)
        assert closed.wait(5), "the client hung up"
        time.sleep(0.1)
        assert sent[0] < 32 * MIB, f"{sent[0] / MIB:.0f} MiB sent before the client hung up"
    finally:
        listener.close()


@pytest.mark.parametrize("where", ["token", "rejected"])
def test_answers_read_inside_the_auth_flow_are_capped_too(where: str) -> None:
    # httpx reads an auth flow's answers whole, before the driver's capped read: the token endpoint answering
    # 300 MB, or a 401 the flow inspects for a rejected token, must be cut as well.
    from marketmsg.transport import DriverOptions, RateLimiter, SyncDriver
    from marketmsg_amazon import AmazonAdapter

    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    spec = AmazonAdapter.sandbox(clock)
    assert spec is not None
    adapter = AmazonAdapter(spec.accounts[0], clock=clock)
    body = Endless()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/o2/token":
            if where == "token":
                return httpx.Response(200, content=iter(body))
            return httpx.Response(200, json={"access_token": "Atza|t", "token_type": "bearer", "expires_in": 3600})
        return httpx.Response(401, headers={"x-amzn-RequestId": "rid-401"}, content=iter(body))

    request = adapter.spapi.request("GET", "/orders/v0/orders/111-1111111-1111111", marketplace=False)
    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        driver = SyncDriver(http, RateLimiter(clock=clock), DriverOptions(clock=clock))
        with pytest.raises(ResponseTooLargeError):
            driver.run(adapter, adapter.spapi.call(request, operation="getOrder"))
    assert body.pulled <= 2 * MIB, f"{body.pulled / MIB:.0f} MiB read"


def test_a_bounded_read_fills_the_response_like_read() -> None:
    from marketmsg.transport._exchange import read_bounded

    response = httpx.Response(200, content=iter([b'{"a": ', b"1}"]))
    assert read_bounded(response) == b'{"a": 1}'
    assert response.json() == {"a": 1}  # httpx sees a read body: pins where read() keeps it
