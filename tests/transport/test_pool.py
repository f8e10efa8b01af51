"""The client's own pool is sharded (marketmsg.transport._pool): what a caller relies on.

A request is counted in flight on its shard from the moment it is sent until its answer is closed (read to the
end, closed early, or failed), the least busy shard takes the next request, and keep-alive works: against a
real HTTP/1.1 server on loopback, sequential requests share one connection and a second wave of concurrent
requests opens none.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anyio
import httpx
import pytest

from marketmsg import Account, AsyncClient, Client
from marketmsg.transport._pool import (
    SHARD_SIZE,
    AsyncShardedTransport,
    ShardedTransport,
    own_async_client,
    own_client,
    shard_count,
)


def _ok(request: httpx.Request) -> httpx.Response:
    # A streamed answer, as a real transport gives (``json=`` would hand back one already read and closed).
    body = json.dumps({"path": request.url.path}).encode()
    return httpx.Response(200, headers={"content-type": "application/json"}, stream=_Chunks([body]))


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def _mocked(transport: ShardedTransport | AsyncShardedTransport, handler: object) -> None:
    transport._shards = [httpx.MockTransport(handler) for _ in transport._shards]  # type: ignore[arg-type]


@pytest.mark.parametrize(("connections", "shards"), [(1, 1), (SHARD_SIZE, 1), (SHARD_SIZE + 1, 2), (100, 50)])
def test_shards_cover_the_pool(connections: int, shards: int) -> None:
    assert shard_count(connections) == shards
    assert len(ShardedTransport(connections)._shards) == shards


def test_an_answer_holds_its_shard_until_it_is_closed_and_the_least_busy_shard_takes_the_next() -> None:
    transport = ShardedTransport(3 * SHARD_SIZE)
    _mocked(transport, _ok)
    with httpx.Client(transport=transport) as http:
        first = http.send(http.build_request("GET", "https://x.test/1"), stream=True)
        second = http.send(http.build_request("GET", "https://x.test/2"), stream=True)
        assert transport._busy == [1, 1, 0]
        first.close()
        first.close()  # closing twice releases once
        assert transport._busy == [0, 1, 0]
        assert http.get("https://x.test/3").json() == {"path": "/3"}  # read to the end: released
        assert transport._busy == [0, 1, 0]
        second.read()
        second.close()
    assert transport._busy == [0, 0, 0]


def test_a_failed_request_releases_its_shard() -> None:
    transport = ShardedTransport(2 * SHARD_SIZE)
    _mocked(transport, _refused)
    with httpx.Client(transport=transport) as http, pytest.raises(httpx.ConnectError):
        http.get("https://x.test/")
    assert transport._busy == [0, 0]


def test_async_answers_hold_and_release_their_shards() -> None:
    async def main() -> None:
        transport = AsyncShardedTransport(2 * SHARD_SIZE)
        _mocked(transport, _ok)
        async with httpx.AsyncClient(transport=transport) as http:
            held = await http.send(http.build_request("GET", "https://x.test/1"), stream=True)
            assert transport._busy == [1, 0]
            assert (await http.get("https://x.test/2")).json() == {"path": "/2"}
            assert transport._busy == [1, 0]
            await held.aclose()
            assert transport._busy == [0, 0]
            _mocked(transport, _refused)
            with pytest.raises(httpx.ConnectError):
                await http.get("https://x.test/3")
            assert transport._busy == [0, 0]

    anyio.run(main)


def test_threads_never_lose_a_count() -> None:
    transport = ShardedTransport(4 * SHARD_SIZE)
    _mocked(transport, _ok)
    with httpx.Client(transport=transport) as http:

        def work() -> None:
            for i in range(200):
                http.get(f"https://x.test/{i}")

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert transport._busy == [0, 0, 0, 0]


# ----------------------------------------------------------------------------- keep-alive on a real server


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    connections = 0
    lock = threading.Lock()
    barrier: threading.Barrier | None = None

    def setup(self) -> None:
        super().setup()
        with _Handler.lock:
            _Handler.connections += 1

    def do_GET(self) -> None:
        if self.path.startswith("/wave") and _Handler.barrier is not None:
            _Handler.barrier.wait(timeout=10)  # all of a wave are in flight at once
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    _Handler.connections = 0
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


WAVE = 6


def test_sync_keep_alive_on_a_real_server(server: str) -> None:
    with own_client(httpx.Timeout(10.0), 100) as http:
        for i in range(20):
            assert http.get(f"{server}/seq/{i}").json() == {"ok": True}
        assert _Handler.connections == 1  # one connection, kept alive
        _Handler.barrier = threading.Barrier(WAVE)
        try:
            for _ in range(2):  # a second wave reuses the first wave's connections
                threads = [threading.Thread(target=http.get, args=(f"{server}/wave",)) for _ in range(WAVE)]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join(timeout=20)
        finally:
            _Handler.barrier = None
    assert _Handler.connections == WAVE


def test_async_keep_alive_on_a_real_server(server: str) -> None:
    async def main() -> None:
        async with own_async_client(httpx.Timeout(10.0), 100) as http:
            for i in range(20):
                assert (await http.get(f"{server}/seq/{i}")).json() == {"ok": True}
            assert _Handler.connections == 1
            _Handler.barrier = threading.Barrier(WAVE)
            try:
                for _ in range(2):
                    async with anyio.create_task_group() as group:
                        for _ in range(WAVE):
                            group.start_soon(http.get, f"{server}/wave")
            finally:
                _Handler.barrier = None

    anyio.run(main)
    assert _Handler.connections == WAVE


@pytest.mark.parametrize("kind", [Client, AsyncClient])
def test_the_clients_build_a_sharded_pool_only_for_themselves(kind: type) -> None:
    account = Account(platform="fakemarket", seller_id="S1", credentials={"api_key": "k"})
    assert isinstance(kind([account])._http._transport, ShardedTransport | AsyncShardedTransport)
    mine = httpx.Client() if kind is Client else httpx.AsyncClient()
    assert kind([account], http_client=mine)._http is mine


@pytest.mark.parametrize("kind", [ShardedTransport, AsyncShardedTransport])
def test_the_shards_share_one_tls_context(kind: type[ShardedTransport] | type[AsyncShardedTransport]) -> None:
    # Each httpx transport built alone loads the CA bundle into a context of its own: 50 shards took a second to
    # build, paid by every client. One context, built as httpx builds its own, serves them all.
    transport = kind(100)
    contexts = {id(shard._pool._ssl_context) for shard in transport._shards}  # type: ignore[union-attr]
    assert len(transport._shards) == 50
    assert len(contexts) == 1
