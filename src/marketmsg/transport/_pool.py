"""The client's own connection pool, as several small httpcore pools (shards) behind one httpx transport.

httpcore 1.0's pool re-examines every connection on each request and each release, and for each idle connection
counts the pool's connections again (``_assign_requests_to_connections``): its cost per request grows with the
square of the pool's size, and it checks every idle socket for readability each time. It also closes any idle
connection while the pool holds more than ``max_keepalive_connections`` — so a pool of 100 connections kept at
httpx's 20 opens a new connection for most requests under load (a TLS handshake each, against a real platform),
and a pool that keeps all 100 pays the quadratic scan instead. In ``benchmarks/quota.py`` (500 sellers, ~600
requests/s) either cost took most of the client's CPU.

Shards of :data:`SHARD_SIZE` connections, each keeping all its connections alive, bound both: a request goes to
the shard with the fewest requests in flight (a request stays in flight until its answer is closed, which is when
httpcore gives its connection back), so the driver's in-flight limit (:data:`DEFAULT_MAX_CONNECTIONS`, a FIFO
semaphore in front of the pool) never queues a request inside a shard while another has a free connection.

Only the pool a client builds for itself is sharded; an ``http_client`` the caller passes is used as given.
"""

from __future__ import annotations

import math
import threading
from collections.abc import AsyncIterator, Iterator
from typing import TypeVar

import httpx

__all__ = [
    "SHARD_SIZE",
    "AsyncShardedTransport",
    "ShardedTransport",
    "own_async_client",
    "own_client",
    "shard_count",
]

T = TypeVar("T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)

#: Connections per shard, all kept alive. httpcore's per-request scan is quadratic in this; measured client CPU
#: per request in benchmarks/quota.py-style runs (500 sellers, async): 16 → 1.17–1.29 ms, 8 → 0.94–0.98,
#: 4 → 0.77–0.80, 2 → 0.71–0.77, 1 → 0.66–0.71. Two keeps a spare connection per shard for the token
#: requests an auth flow sends beside the gated ones.
SHARD_SIZE = 2


def shard_count(max_connections: int) -> int:
    """How many shards of :data:`SHARD_SIZE` hold ``max_connections`` connections."""
    return max(1, math.ceil(max_connections / SHARD_SIZE))


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=SHARD_SIZE, max_keepalive_connections=SHARD_SIZE)


def _shards(cls: type[T], max_connections: int) -> list[T]:
    # One TLS context for all shards, built as httpx builds its own (certifi, SSL_CERT_FILE/SSL_CERT_DIR): each
    # transport would otherwise load the CA bundle again — 50 shards took a second to build.
    context = httpx.create_ssl_context(verify=True, trust_env=True)
    return [cls(verify=context, limits=_limits()) for _ in range(shard_count(max_connections))]


class _Balanced:
    """The shards and their requests in flight: the least busy shard takes the next request, and its release
    counts it back down once. One lock serves both transports: sync callers on several threads, and an event
    loop, where it is never contended."""

    def __init__(self, shards: int) -> None:
        self._busy = [0] * shards
        self._lock = threading.Lock()

    def _take(self) -> _Release:
        with self._lock:
            busy = self._busy
            index = busy.index(min(busy))
            busy[index] += 1
        return _Release(self, index)


class _Release:
    """Called when a response is closed (or its request failed); two threads closing one answer release it once."""

    __slots__ = ("_done", "_owner", "index")

    def __init__(self, owner: _Balanced, index: int) -> None:
        self._owner, self.index, self._done = owner, index, False

    def __call__(self) -> None:
        with self._owner._lock:
            if not self._done:
                self._done = True
                self._owner._busy[self.index] -= 1


class _SyncStream(httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, release: _Release) -> None:
        self._stream, self._release = stream, release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            self._release()


class _AsyncStream(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, release: _Release) -> None:
        self._stream, self._release = stream, release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._release()


class ShardedTransport(_Balanced, httpx.BaseTransport):
    """``httpx.HTTPTransport`` split into :func:`shard_count` pools of :data:`SHARD_SIZE` (see the module doc)."""

    def __init__(self, max_connections: int) -> None:
        self._shards = _shards(httpx.HTTPTransport, max_connections)
        super().__init__(len(self._shards))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        release = self._take()
        try:
            response = self._shards[release.index].handle_request(request)
        except BaseException:
            release()
            raise
        if response.is_closed or not isinstance(response.stream, httpx.SyncByteStream):
            release()  # already read and closed (not what HTTPTransport returns): nothing holds the connection
        else:
            response.stream = _SyncStream(response.stream, release)
        return response

    def close(self) -> None:
        for shard in self._shards:
            shard.close()


class AsyncShardedTransport(_Balanced, httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport`` split into :func:`shard_count` pools of :data:`SHARD_SIZE` (see the module
    doc)."""

    def __init__(self, max_connections: int) -> None:
        self._shards = _shards(httpx.AsyncHTTPTransport, max_connections)
        super().__init__(len(self._shards))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        release = self._take()
        try:
            response = await self._shards[release.index].handle_async_request(request)
        except BaseException:
            release()
            raise
        if response.is_closed or not isinstance(response.stream, httpx.AsyncByteStream):
            release()  # already read and closed (not what AsyncHTTPTransport returns)
        else:
            response.stream = _AsyncStream(response.stream, release)
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


def own_client(timeout: httpx.Timeout, max_connections: int) -> httpx.Client:
    """The ``httpx.Client`` a :class:`~marketmsg.Client` builds when none is passed: a sharded pool."""
    return httpx.Client(timeout=timeout, transport=ShardedTransport(max_connections))


def own_async_client(timeout: httpx.Timeout, max_connections: int) -> httpx.AsyncClient:
    """The ``httpx.AsyncClient`` an :class:`~marketmsg.AsyncClient` builds when none is passed: a sharded pool."""
    return httpx.AsyncClient(timeout=timeout, transport=AsyncShardedTransport(max_connections))
