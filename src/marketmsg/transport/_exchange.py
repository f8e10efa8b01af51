"""One HTTP exchange with a total deadline, a body cap and no redirects — the part of an attempt that does I/O.

httpx's timeouts are per network operation: a server that sends one byte every second never trips a 2 s read
timeout, so a ``timeout=2.0`` call could stay alive for minutes (httpx has no total timeout:
https://github.com/encode/httpx/issues/1450). Here every attempt gets a **deadline**:

* async: the exchange runs under ``anyio.fail_after`` — cancellation closes the connection, exactly on time;
* sync: the exchange runs in a daemon worker thread and the caller waits for it until the deadline. When it
  passes, the caller gets its typed timeout at once; the worker is told to stop (it checks between body chunks
  and at every httpcore phase, and a connection it opened is shut down), so it does not keep reading. An
  in-process transport (``httpx.MockTransport``, WSGI: the sandbox, tests) has no network to trickle and runs
  inline.

Every per-operation timeout is also capped at the deadline, so most exchanges never reach it.

The body is **streamed and capped**: ``Content-Length`` over the cap is refused before reading, and reading stops
as soon as the decoded bytes pass it, so a 300 MB answer never sits in memory. **Redirects are never followed**
(``follow_redirects=False`` per request, whatever the ``http_client`` says): a 3xx comes back as an answer, and
the driver raises :class:`~marketmsg.UnexpectedRedirectError` — credentials only ever go where the adapter sent them.

Whether the request may have left is tracked through httpcore's ``trace`` extension: until it starts writing the
request headers, nothing was sent (a timeout then is safe to retry even for a send).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import queue
import re
import socket
import threading
from collections.abc import Callable
from typing import Any

import anyio
import httpx

__all__ = [
    "Cancelled",
    "TooLarge",
    "Watch",
    "aread_bounded",
    "attempt_seconds",
    "exchange_async",
    "exchange_sync",
    "prepared",
    "read_bounded",
]

#: The cap for answers read outside the driver's exchange (a token refresh inside an auth flow).
AUTH_ANSWER_LIMIT = 1024 * 1024

_EXCERPT = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class Cancelled(Exception):
    """Raised inside an abandoned sync exchange so its worker stops at the next chance (never seen by users)."""


class TooLarge(Exception):
    """The answer passed the cap; carries what the driver needs to build its typed error."""

    def __init__(self, response: httpx.Response, start: bytes, limit: int) -> None:
        super().__init__(f"answer over {limit} bytes")
        self.response = response
        self.start = start
        self.limit = limit

    def excerpt(self) -> str:
        text = _CONTROL.sub("", self.start[: _EXCERPT * 2].decode("utf-8", "replace"))
        return " ".join(text.split())[:_EXCERPT]


#: httpcore trace events of an exchange that is already ending (a failed step, the response being closed).
_TEARDOWN_EVENTS = (".failed", "response_closed.started", "response_closed.complete")


class Watch:
    """What httpcore reported about one exchange (via ``trace``): did the request start leaving, which socket."""

    def __init__(
        self,
        chained: Callable[[str, dict[str, Any]], Any] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.chained = chained
        self.clock = clock
        #: When the answer's head came back, on ``clock`` (the limiter's): the platform counted the request before
        #: then. Read before the body, so the time an event loop takes to resume the task again is not added.
        self.answered_at: float | None = None
        self.events = 0
        self.sent = False
        # A plain flag, not a threading.Event (~8 µs to build, on every request): the worker only polls it, and
        # assigning a bool is atomic.
        self.cancelled = False
        self._sockets: list[socket.socket] = []

    def trace(self, name: str, info: dict[str, Any]) -> None:
        self.events += 1
        if name.endswith("send_request_headers.started"):
            self.sent = True
        if name.endswith(("connect_tcp.complete", "start_tls.complete")):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                self._sockets.append(sock)
        if self.chained is not None:
            self.chained(name, info)
        # Not while the exchange is already being torn down: raising from the close of a stream that is itself ending
        # (often inside GeneratorExit, when the abandoned response is garbage-collected) leaves the connection open and
        # surfaces as an unraisable exception in whichever code runs next.
        if self.cancelled and not name.endswith(_TEARDOWN_EVENTS):
            raise Cancelled(name)

    async def atrace(self, name: str, info: dict[str, Any]) -> None:
        # The async stack awaits its trace callback; the bookkeeping is the same.
        chained, self.chained = self.chained, None
        try:
            self.trace(name, info)
        finally:
            self.chained = chained
        if chained is not None:
            await chained(name, info)

    def request_sent(self) -> bool:
        """False only when the transport said it had not started writing the request (conservative otherwise)."""
        return self.sent or self.events == 0

    def cancel(self) -> None:
        """Stop the exchange: flag it, and shut down a connection it opened so a blocked read returns."""
        self.cancelled = True
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def attempt_seconds(timeout: httpx.Timeout, remaining: float | None = None) -> float | None:
    """The total time one attempt may take: the largest of the configured timeouts (``timeout=2.0`` → 2 s; the
    default 30 s / 10 s to connect → 30 s), never more than what is left of the call's deadline."""
    values = [v for v in timeout.as_dict().values() if v is not None]
    seconds = max(values) if values else None
    if remaining is not None:
        seconds = remaining if seconds is None else min(seconds, remaining)
    return seconds


def prepared(
    request: httpx.Request,
    timeout: httpx.Timeout,
    seconds: float | None,
    watch: Watch,
    defaults: tuple[float, dict[str, float | None], dict[str, float | None]] | None = None,
) -> None:
    """Give ``request`` this attempt's per-operation timeouts (each capped at ``seconds``) and the trace hook.

    ``defaults``: ``(s, timeout.as_dict(), those capped at s)``, computed once per driver: a first attempt without
    timeouts of its own, capped at s, gets copies of them instead of building both again (~1.5 µs a request)."""
    extensions = request.extensions
    base = extensions.get("marketmsg.timeout")
    if base is None:  # the first attempt: keep the request's own timeouts (or the client's) for every attempt
        base = extensions.get("timeout")
        if base is None and defaults is not None and seconds is not None and defaults[0] == seconds:
            extensions["marketmsg.timeout"] = dict(defaults[1])
            extensions["timeout"] = dict(defaults[2])
            _traced(extensions, watch)
            return
        if base is None:
            base = timeout.as_dict()
        extensions["marketmsg.timeout"] = base
    if seconds is not None:
        base = {k: seconds if v is None else min(v, seconds) for k, v in base.items()}
    extensions["timeout"] = base
    _traced(extensions, watch)


def _traced(extensions: dict[str, Any], watch: Watch) -> None:
    user_trace = extensions.setdefault("marketmsg.trace", extensions.get("trace"))
    watch.chained = user_trace
    extensions["trace"] = watch.trace


def _declared_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "")
    return int(value) if value.isdigit() and len(value) < 20 else None


def _bounded(streamed: httpx.Response, body: bytes) -> httpx.Response:
    """A fully read copy of a streamed response (the body already decoded by httpx)."""
    headers = [
        (k, v) for k, v in streamed.headers.items() if k.lower() not in ("content-encoding", "content-length")
    ]
    copy = httpx.Response(streamed.status_code, headers=headers, content=body, request=streamed.request)
    copy.extensions.update({k: v for k, v in streamed.extensions.items() if k != "network_stream"})
    return copy


def _filled(streamed: httpx.Response, body: bytes) -> httpx.Response:
    """``streamed``, closed, with its (decoded) body where ``Response.read()`` keeps it: the answer httpx itself
    returns without ``stream=True`` (``elapsed``, history and headers kept), at no second ``Response`` per request.
    tests/transport/test_body_cap.py pins that httpx still reads ``_content`` this way."""
    streamed._content = body
    streamed.extensions.pop("network_stream", None)  # the connection went back to the pool: not the answer's
    # httpx's stream (closed by now, ``elapsed`` set) points back at the response: a reference cycle that kept
    # every answer — request, headers, parsed JSON — alive until the cyclic GC ran (a tenth of a send's CPU).
    # The body as a plain stream, as ``httpx.Response(content=…)`` has it, lets them go at once.
    streamed.stream = httpx.ByteStream(body)
    return streamed


def _check_declared(response: httpx.Response, limit: int) -> None:
    declared = _declared_length(response)
    # A compressed body decodes larger than declared; the streaming check below still holds for it.
    if declared is not None and declared > limit and "content-encoding" not in response.headers:
        raise TooLarge(_bounded(response, b""), b"", limit)


def _receive_sync(
    http: httpx.Client,
    request: httpx.Request,
    auth: Any,
    limit: int,
    watch: Watch,
    gate: threading.BoundedSemaphore | None = None,
) -> httpx.Response:
    if gate is None:
        return _receive_sync_now(http, request, auth, limit, watch)
    with gate:
        if watch.cancelled:  # the caller's deadline passed while this waited for the gate: send nothing
            raise Cancelled("gate")
        return _receive_sync_now(http, request, auth, limit, watch)


def _receive_sync_now(
    http: httpx.Client, request: httpx.Request, auth: Any, limit: int, watch: Watch
) -> httpx.Response:
    response = http.send(request, auth=auth, stream=True, follow_redirects=False)
    if watch.clock is not None:
        watch.answered_at = watch.clock()
    try:
        _check_declared(response, limit)
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > limit:
                raise TooLarge(_bounded(response, bytes(body[:limit])), bytes(body[: _EXCERPT * 2]), limit)
            if watch.cancelled:
                raise Cancelled("body")
    finally:
        response.close()
    return _filled(response, bytes(body))


def _in_process(http: httpx.Client, request: httpx.Request) -> bool:
    """True when the request is answered by in-process code (a mock or WSGI app), not a server: no network can
    trickle there, so the exchange runs inline instead of paying a thread hand-off (sandbox, tests, benchmarks).

    httpx has no public "transport for this URL"; without that method every exchange takes the worker path.
    """
    find = getattr(http, "_transport_for_url", None)
    if find is None:
        return False
    try:
        transport = find(request.url)
    except Exception:  # a changed private API: the worker path is always correct
        return False
    return isinstance(transport, httpx.MockTransport | httpx.WSGITransport)


class _Workers:
    """Daemon threads that run sync exchanges, reused: starting a thread per request cost ~0.25 ms.

    Daemon, so a worker still stuck on an abandoned exchange never holds up interpreter exit (a
    ``ThreadPoolExecutor`` joins its threads at exit). A worker goes back to the idle list after each exchange;
    there are never more than the peak number of concurrent exchanges. Fork-safe: a child starts afresh.
    """

    def __init__(self) -> None:
        self._idle: queue.SimpleQueue[queue.SimpleQueue[Callable[[], None]]] = queue.SimpleQueue()
        # A forked child inherits the idle list but none of its threads: it must start its own.
        os.register_at_fork(after_in_child=self._forget)

    def _forget(self) -> None:
        self._idle = queue.SimpleQueue()

    def submit(self, job: Callable[[], None]) -> None:
        try:
            inbox = self._idle.get_nowait()
        except queue.Empty:
            inbox = queue.SimpleQueue()
            threading.Thread(target=self._serve, args=(inbox,), name="marketmsg-http", daemon=True).start()
        inbox.put(job)

    def _serve(self, inbox: queue.SimpleQueue[Callable[[], None]]) -> None:
        while True:
            job = inbox.get()
            try:
                job()
            finally:
                self._idle.put(inbox)


_WORKERS = _Workers()


def exchange_sync(
    http: httpx.Client,
    request: httpx.Request,
    auth: Any,
    limit: int,
    seconds: float | None,
    watch: Watch,
    gate: threading.BoundedSemaphore | None = None,
) -> httpx.Response:
    """Send ``request`` and read its answer (capped), within ``seconds``; raise ``TimeoutError`` past it.
    ``gate`` bounds the exchanges in flight at once (waiting for it counts against ``seconds``)."""
    if seconds is None or _in_process(http, request):
        return _receive_sync(http, request, auth, limit, watch, gate)
    outcome: list[Any] = []
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(_receive_sync(http, request, auth, limit, watch, gate))
        except BaseException as exc:  # handed to the caller's thread below
            outcome.append(exc)
        finally:
            done.set()

    context = contextvars.copy_context()  # hooks (OpenTelemetry spans) see the caller's context
    _WORKERS.submit(lambda: context.run(work))
    if not done.wait(max(seconds, 0.0)):
        watch.cancel()
        raise TimeoutError(f"no complete answer within {seconds:g} s")
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, httpx.Response)
    return result


async def exchange_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    auth: Any,
    limit: int,
    seconds: float | None,
    watch: Watch,
    gate: anyio.Semaphore | None = None,
) -> httpx.Response:
    """The async twin of :func:`exchange_sync`; cancelled by ``anyio.fail_after`` at the deadline."""
    request.extensions["trace"] = watch.atrace
    with anyio.fail_after(None if seconds is None else max(seconds, 0.0)):
        if gate is None:
            return await _areceive(http, request, auth, limit, watch)
        try:
            gate.acquire_nowait()  # the usual case, without the checkpoints of ``acquire``
        except anyio.WouldBlock:
            await gate.acquire()
        try:
            return await _areceive(http, request, auth, limit, watch)
        finally:
            gate.release()


async def _areceive(
    http: httpx.AsyncClient, request: httpx.Request, auth: Any, limit: int, watch: Watch
) -> httpx.Response:
    response = await http.send(request, auth=auth, stream=True, follow_redirects=False)
    if watch.clock is not None:
        watch.answered_at = watch.clock()
    try:
        _check_declared(response, limit)
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                raise TooLarge(_bounded(response, bytes(body[:limit])), bytes(body[: _EXCERPT * 2]), limit)
    finally:
        await response.aclose()
    return _filled(response, bytes(body))


# ---------------------------------------------------------------- answers read inside auth flows

# httpx reads an auth flow's responses whole (``response.read()``), before the driver's capped read sees them:
# a token endpoint (or a 401 the flow inspects) answering 300 MB would land in memory. Auth flows read through
# these instead. httpx offers no public way to fill a streamed response's body, so the joined chunks are stored
# where ``Response.read()`` itself stores them (``_content``); tests/transport/test_body_cap.py pins that.


def _too_large_error(response: httpx.Response, start: bytes, limit: int) -> Exception:
    from .._exceptions import ResponseTooLargeError
    from .._redact import redact

    exc = TooLarge(response, start, limit)
    rid = response.headers.get(
        "x-request-id"
    )  # the core names no platform's header; the adapter's is unknown here
    return ResponseTooLargeError(
        f"an answer read during authentication is larger than {limit} bytes; reading stopped there",
        status_code=response.status_code,
        request_id=rid[:128] if rid else None,
        limit=limit,
        excerpt=redact(exc.excerpt()),
    )


def read_bounded(response: httpx.Response, limit: int = AUTH_ANSWER_LIMIT) -> bytes:
    """``response.read()``, refusing (``ResponseTooLargeError``) past ``limit`` decoded bytes."""
    if hasattr(response, "_content"):
        return response.content
    declared = _declared_length(response)
    if declared is not None and declared > limit and "content-encoding" not in response.headers:
        response.close()
        raise _too_large_error(response, b"", limit)
    body = bytearray()
    for chunk in response.iter_bytes():
        body += chunk
        if len(body) > limit:
            response.close()
            raise _too_large_error(response, bytes(body[: _EXCERPT * 2]), limit)
    response._content = bytes(body)
    return response._content


async def aread_bounded(response: httpx.Response, limit: int = AUTH_ANSWER_LIMIT) -> bytes:
    """The async twin of :func:`read_bounded`."""
    if hasattr(response, "_content"):
        return response.content
    declared = _declared_length(response)
    if declared is not None and declared > limit and "content-encoding" not in response.headers:
        await response.aclose()
        raise _too_large_error(response, b"", limit)
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            await response.aclose()
            raise _too_large_error(response, bytes(body[: _EXCERPT * 2]), limit)
    response._content = bytes(body)
    return response._content
