"""The two drivers: run an adapter's flow with real I/O, sync or async, through the transport stack.

Per HTTP effect: rate limiter (per platform/account/operation) → auth (adapter's ``httpx.Auth``) → send with
explicit timeouts → live rate update from the response → adapter error mapping → retry policy (tenacity).
Everything except the loops themselves is shared; the loops are the only sync/async twins.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import httpx
import tenacity

from .._clock import Clock, SystemClock
from .._effects import Effect, Flow, HttpCall, IOEffect
from .._exceptions import MarketmsgError, RateLimitError, ResponseValidationError
from .._logging import get_logger
from .._redact import redact_url
from ..adapter import Adapter
from ._hooks import CallRecord, EventHooks
from ._learned import LearnedRates
from ._ratelimit import RateLimiter
from ._retry import RetryPolicy, map_transport_error

__all__ = ["AsyncDriver", "DriverOptions", "SyncDriver"]

T = TypeVar("T")
log = get_logger("marketmsg.transport")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass(frozen=True)
class DriverOptions:
    """Per-client settings; ``Client.with_options`` makes a copy with some replaced."""

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    clock: Clock = field(default_factory=SystemClock)
    hooks: EventHooks = field(default_factory=EventHooks)


class _Attempt:
    """State shared by one effect's attempts (what the hooks and errors report)."""

    def __init__(self) -> None:
        self.retries = 0
        self.waited = 0.0
        self.started = time.monotonic()
        self.response: httpx.Response | None = None


class _DriverBase:
    def __init__(
        self, limiter: RateLimiter, options: DriverOptions, learned: LearnedRates | None = None
    ) -> None:
        self.limiter = limiter
        self.options = options
        # Shared by with_options copies, like the limiter: an anomaly is logged once per client and bucket.
        self.learned = learned or LearnedRates()

    # -- shared, I/O-free pieces ---------------------------------------------------------------

    def bucket_key(self, adapter: Adapter, effect: Effect) -> str:
        return f"{adapter.name}:{adapter.account.seller_id}:{effect.operation}"

    def prepare(self, call: HttpCall) -> httpx.Request:
        request = call.request
        request.extensions.setdefault("timeout", self.options.timeout.as_dict())
        return request

    def auth_for(self, adapter: Adapter, call: HttpCall) -> httpx.Auth | None:
        if call.auth is False:
            return None
        if call.auth is None or call.auth is True:
            return adapter.http_auth()
        return call.auth

    def after_response(self, adapter: Adapter, call: HttpCall, response: httpx.Response) -> None:
        """Learn the live rate, then raise the adapter's error for this response (if any)."""
        if call.rate_limit is not None:
            rate = adapter.observed_rate(call, response)
            if rate is not None:
                key = self.bucket_key(adapter, call)
                sane = self.learned.sane(key, rate, adapter.learned_rate_bounds, source=adapter.display_name)
                if sane is not None:
                    self.limiter.update_rate(key, call.rate_limit, sane)
        error = adapter.classify(call, response)
        if error is not None and call.check_status:
            raise error

    def should_retry(self, adapter: Adapter, effect: Effect, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None or not outcome.failed:
            return False
        error = outcome.exception()
        if error is None:
            return False
        transient = isinstance(error, MarketmsgError) and adapter.is_transient(error)
        return self.options.retry.decide(error, effect, transient=transient, outcomes=adapter.send_outcomes)

    def wait_before_retry(self, adapter: Adapter, effect: Effect, state: tenacity.RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        delay = self.options.retry.backoff(state.attempt_number - 1, error)
        if isinstance(error, RateLimitError) and effect.rate_limit is not None:
            # The bucket carries the back-off, so every other caller on it waits too; the acquire sleeps it.
            self.limiter.block(self.bucket_key(adapter, effect), effect.rate_limit, delay)
            return 0.0
        return delay

    def tenacity_kwargs(self, adapter: Adapter, effect: Effect) -> dict[str, Any]:
        return {
            "stop": tenacity.stop_after_attempt(self.options.retry.max_retries + 1),
            "retry": lambda state: self.should_retry(adapter, effect, state),
            "wait": lambda state: self.wait_before_retry(adapter, effect, state),
            "reraise": True,
        }

    def finish(
        self, adapter: Adapter, effect: Effect, attempt: _Attempt, error: BaseException | None = None
    ) -> None:
        response = attempt.response
        request = effect.request if isinstance(effect, HttpCall) else None
        record = CallRecord(
            platform=adapter.name,
            account=adapter.account.key,
            operation=effect.operation,
            idempotent=effect.idempotent,
            method=request.method if request is not None else None,
            url=redact_url(str(request.url)) if request is not None else None,
            status_code=response.status_code if response is not None else None,
            request_id=_request_id(adapter, response),
            retries_taken=attempt.retries,
            waited_for_rate_limit=attempt.waited,
            elapsed=time.monotonic() - attempt.started,
            error=type(error).__name__ if error is not None else None,
        )
        if isinstance(error, MarketmsgError):
            error.retries_taken = attempt.retries
        log.debug(
            "%s %s %s -> %s (operation=%s, request id=%s, retries=%d, rate wait=%.2fs)",
            adapter.name,
            record.method or "io",
            record.url or "",
            record.status_code if record.status_code is not None else record.error,
            record.operation,
            record.request_id,
            record.retries_taken,
            record.waited_for_rate_limit,
        )
        for hook in self.options.hooks.on_call:
            try:
                hook(record)
            except Exception:  # a broken hook must never break a send
                log.exception("event hook %r failed", hook)


def check_size(adapter: Adapter, call: HttpCall, size: int) -> None:
    if call.max_bytes is not None and size > call.max_bytes:
        raise ResponseValidationError(
            f"{call.operation}: response larger than {call.max_bytes} bytes; refused", platform=adapter.name
        )


def bounded(streamed: httpx.Response, body: bytes) -> httpx.Response:
    """A fully read copy of a streamed response (the body already decoded by httpx)."""
    headers = [
        (k, v) for k, v in streamed.headers.items() if k.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(streamed.status_code, headers=headers, content=body, request=streamed.request)


def _request_id(adapter: Adapter, response: httpx.Response | None) -> str | None:
    # The adapter knows where its platform puts the id (a header, or the body); a broken hook costs the id only.
    if response is None:
        return None
    try:
        return adapter.request_id(response)
    except Exception:
        log.debug("%s: request_id() failed on an answer", adapter.name, exc_info=True)
        return None


class SyncDriver(_DriverBase):
    """Runs flows with blocking I/O on an ``httpx.Client``."""

    def __init__(
        self,
        http: httpx.Client,
        limiter: RateLimiter,
        options: DriverOptions,
        learned: LearnedRates | None = None,
    ) -> None:
        super().__init__(limiter, options, learned)
        self.http = http

    def with_options(self, options: DriverOptions) -> SyncDriver:
        return SyncDriver(self.http, self.limiter, options, self.learned)

    def run(self, adapter: Adapter, flow: Flow[T]) -> T:
        try:
            effect = next(flow)
            while True:
                try:
                    result = self.perform(adapter, effect)
                except Exception as exc:  # handed to the flow, which may translate or re-raise it
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(result)
        except StopIteration as stop:
            return cast(T, stop.value)

    def perform(self, adapter: Adapter, effect: Effect) -> object:
        attempt = _Attempt()
        retrying = tenacity.Retrying(sleep=self.options.clock.sleep, **self.tenacity_kwargs(adapter, effect))
        try:
            for try_ in retrying:
                with try_:
                    attempt.retries = try_.retry_state.attempt_number - 1
                    if effect.rate_limit is not None:
                        attempt.waited += self.limiter.acquire(
                            self.bucket_key(adapter, effect), effect.rate_limit
                        )
                    result = self._once(adapter, effect, attempt)
        except BaseException as exc:
            self.finish(adapter, effect, attempt, exc)
            raise
        self.finish(adapter, effect, attempt)
        return result

    def _once(self, adapter: Adapter, effect: Effect, attempt: _Attempt) -> object:
        if isinstance(effect, IOEffect):
            return effect.run_sync()
        if not isinstance(effect, HttpCall):
            raise TypeError(f"unknown effect {effect!r}")
        request = self.prepare(effect)
        auth = self.auth_for(adapter, effect) or httpx.USE_CLIENT_DEFAULT
        try:
            if effect.max_bytes is None:
                response = self.http.send(request, auth=auth)
                response.read()
            else:
                response = self.http.send(request, auth=auth, stream=True)
                try:
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        check_size(adapter, effect, len(body))
                finally:
                    response.close()
                response = bounded(response, bytes(body))
        except httpx.RequestError as exc:  # transport failures, and answers httpx cannot decode
            raise map_transport_error(exc, platform=adapter.name, sending=request) from exc
        attempt.response = response
        self.after_response(adapter, effect, response)
        return response


class AsyncDriver(_DriverBase):
    """Runs flows with async I/O on an ``httpx.AsyncClient``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        limiter: RateLimiter,
        options: DriverOptions,
        learned: LearnedRates | None = None,
    ) -> None:
        super().__init__(limiter, options, learned)
        self.http = http

    def with_options(self, options: DriverOptions) -> AsyncDriver:
        return AsyncDriver(self.http, self.limiter, options, self.learned)

    async def run(self, adapter: Adapter, flow: Flow[T]) -> T:
        try:
            effect = next(flow)
            while True:
                try:
                    result = await self.perform(adapter, effect)
                except Exception as exc:
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(result)
        except StopIteration as stop:
            return cast(T, stop.value)

    async def perform(self, adapter: Adapter, effect: Effect) -> object:
        attempt = _Attempt()
        retrying = tenacity.AsyncRetrying(
            sleep=self.options.clock.asleep, **self.tenacity_kwargs(adapter, effect)
        )
        try:
            async for try_ in retrying:
                with try_:
                    attempt.retries = try_.retry_state.attempt_number - 1
                    if effect.rate_limit is not None:
                        key = self.bucket_key(adapter, effect)
                        attempt.waited += await self.limiter.aacquire(key, effect.rate_limit)
                    result = await self._once(adapter, effect, attempt)
        except BaseException as exc:
            self.finish(adapter, effect, attempt, exc)
            raise
        self.finish(adapter, effect, attempt)
        return result

    async def _once(self, adapter: Adapter, effect: Effect, attempt: _Attempt) -> object:
        if isinstance(effect, IOEffect):
            return await effect.run_async()
        if not isinstance(effect, HttpCall):
            raise TypeError(f"unknown effect {effect!r}")
        request = self.prepare(effect)
        auth = self.auth_for(adapter, effect) or httpx.USE_CLIENT_DEFAULT
        try:
            if effect.max_bytes is None:
                response = await self.http.send(request, auth=auth)
                await response.aread()
            else:
                response = await self.http.send(request, auth=auth, stream=True)
                try:
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body += chunk
                        check_size(adapter, effect, len(body))
                finally:
                    await response.aclose()
                response = bounded(response, bytes(body))
        except httpx.RequestError as exc:  # transport failures, and answers httpx cannot decode
            raise map_transport_error(exc, platform=adapter.name, sending=request) from exc
        attempt.response = response
        self.after_response(adapter, effect, response)
        return response
