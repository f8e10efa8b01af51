"""The two drivers: run an adapter's flow with real I/O, sync or async, through the transport stack.

Per HTTP effect: rate limiter (per platform/account/operation) → auth (adapter's ``httpx.Auth``) → one exchange
with a total deadline, a body cap and no redirects (``_exchange.py``) → live rate update from the response →
adapter error mapping → retry policy, all within the call's deadline when one is set.
Everything except the loops themselves is shared; the loops are the only sync/async twins.

The success path is kept lean because every request pays it (``benchmarks/request_cpu.py``): the retry loop is
a plain ``while`` around :class:`RetryPolicy` — a ``tenacity.Retrying`` built per request cost about a tenth of
a send, for a loop whose one decision (:meth:`RetryPolicy.decide`) is ours anyway — and the
:class:`CallRecord` (a redacted URL, the request id) is built only when a hook or the debug log will read it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple, TypeGuard, TypeVar, cast

import anyio
import httpx

from .._clock import Clock, SystemClock
from .._effects import BlockingCall, Effect, Flow, HttpCall, IOEffect, RateLimit
from .._exceptions import (
    APIStatusError,
    APITimeoutError,
    MarketmsgError,
    RateLimitError,
    ResponseTooLargeError,
    UnexpectedRedirectError,
)
from .._logging import get_logger
from .._redact import redact, redact_url
from ..adapter import Adapter
from ._cookies import skip_cookieless_answers
from ._exchange import TooLarge, Watch, attempt_seconds, exchange_async, exchange_sync, prepared
from ._hooks import CallRecord, EventHooks
from ._learned import LearnedRates
from ._ratelimit import RateLimiter, Ticket
from ._retry import RetryPolicy, map_transport_error

__all__ = ["DEFAULT_MAX_CONNECTIONS", "AsyncDriver", "DriverOptions", "SyncDriver"]

T = TypeVar("T")
log = get_logger("marketmsg.transport")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
#: Requests in flight at once on the client's own connection pool (the size of httpx's default pool). httpcore's
#: pool compares every queued request with every connection on each request and each release, so a thousand
#: callers queued *inside* it cost milliseconds per request (a 500-seller client spent most of its CPU there in
#: ``benchmarks/quota.py``): the driver queues them in front of the pool instead (a FIFO semaphore), where
#: waiting costs nothing, and the pool itself is sharded (:mod:`._pool`).
DEFAULT_MAX_CONNECTIONS = 100
#: The largest answer read into memory (decoded bytes). Platform JSON answers are kilobytes; 16 MiB leaves room
#: for any page of a listing while a runaway or hostile answer (300 MB, a decompression bomb) is cut short.
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class DriverOptions:
    """Per-client settings; ``Client.with_options`` makes a copy with some replaced.

    ``timeout`` bounds each attempt as a whole (the largest of its values; the per-operation httpx timeouts are
    capped by it too). ``deadline`` (seconds, None = none) bounds a whole call: every attempt, back-off and
    rate-limit wait. ``max_response_bytes`` caps every answer (an ``HttpCall.max_bytes`` may lower it).
    """

    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    clock: Clock = field(default_factory=SystemClock)
    hooks: EventHooks = field(default_factory=EventHooks)
    deadline: float | None = None
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        if self.deadline is not None and not self.deadline > 0:
            raise ValueError(f"deadline must be > 0 seconds or None, got {self.deadline!r}")
        if self.max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1, got {self.max_response_bytes!r}")


#: Errors made from the platform's answer (the request reached it), as opposed to a timeout or a failed connection.
_ANSWERS = (APIStatusError, ResponseTooLargeError, UnexpectedRedirectError)


class _Ended(NamedTuple):
    """What :meth:`RateLimiter.settle` hears when an attempt is over (a tuple: built for every request, and a
    frozen dataclass costs ~1 µs more to build)."""

    limit: RateLimit
    ticket: Ticket | None
    answered: bool
    throttled: bool
    retry_after: float | None
    answered_at: float | None = None  # when the answer's head came back (limiter's clock), if it did


class _Attempt:
    """State shared by one effect's attempts (what the hooks and errors report)."""

    def __init__(self, deadline_at: float | None = None) -> None:
        self.retries = 0
        self.waited = 0.0
        self.started = time.monotonic()
        self.response: httpx.Response | None = None
        self.deadline_at = deadline_at  # on the driver's clock
        self.ticket: Ticket | None = None
        self.answered_at: float | None = None  # this attempt's answer head, on the limiter's clock


class _DriverBase:
    def __init__(
        self, limiter: RateLimiter, options: DriverOptions, learned: LearnedRates | None = None
    ) -> None:
        self.limiter = limiter
        self.options = options
        # Shared by with_options copies, like the limiter: an anomaly is logged once per client and bucket.
        self.learned = learned or LearnedRates()
        # An attempt's total seconds when the call has no deadline: the same for every request of this driver.
        self._attempt_seconds = attempt_seconds(options.timeout)
        # What a first attempt without a call deadline gets as its timeouts (prepared() copies them).
        seconds = self._attempt_seconds
        defaults: dict[str, float | None] = options.timeout.as_dict()
        capped: dict[str, float | None] = {}
        if seconds is not None:
            capped = {k: seconds if v is None else min(v, seconds) for k, v in defaults.items()}
        self._timeouts = None if seconds is None else (seconds, defaults, capped)
        # Times an answer's head on the limiter's clock: an answer that anchors a bucket's refill is dated by it.
        self._limiter_now = limiter.clock.monotonic

    # -- shared, I/O-free pieces ---------------------------------------------------------------

    def bucket_key(self, adapter: Adapter, effect: Effect) -> str:
        return f"{adapter.name}:{adapter.account.seller_id}:{effect.operation}"

    def start(self) -> _Attempt:
        deadline = self.options.deadline
        return _Attempt(None if deadline is None else self.options.clock.monotonic() + deadline)

    def remaining(self, attempt: _Attempt) -> float | None:
        return None if attempt.deadline_at is None else attempt.deadline_at - self.options.clock.monotonic()

    def out_of_time(self, adapter: Adapter, effect: Effect, attempt: _Attempt, wait: float = 0.0) -> None:
        """Raise the typed timeout (nothing sent) when the call's deadline cannot cover ``wait`` and an attempt."""
        left = self.remaining(attempt)
        if left is not None and left <= wait:
            raise APITimeoutError(
                f"{effect.operation}: the call's deadline ({self.options.deadline:g} s) ran out before "
                f"attempt {attempt.retries + 1}"
                + (f" (the rate limit asked for {wait:.1f} s more)" if wait else ""),
                request=effect.request if isinstance(effect, HttpCall) else None,
                platform=adapter.name,
                request_sent=False,
            )

    def attempt_setup(self, call: HttpCall, attempt: _Attempt) -> tuple[float | None, int, Watch]:
        """This attempt's total seconds, body cap and watch; the request gets capped timeouts and the trace."""
        if attempt.deadline_at is None:
            seconds = self._attempt_seconds
        else:
            seconds = attempt_seconds(self.options.timeout, self.remaining(attempt))
        limit = self.options.max_response_bytes
        if call.max_bytes is not None:
            limit = min(limit, call.max_bytes)
        watch = Watch(clock=self._limiter_now if call.rate_limit is not None else None)
        prepared(call.request, self.options.timeout, seconds, watch, self._timeouts)
        return seconds, limit, watch

    def timed_out(
        self, adapter: Adapter, call: HttpCall, seconds: float | None, watch: Watch
    ) -> APITimeoutError:
        return APITimeoutError(
            f"{call.operation}: no complete answer within {seconds or 0:g} s (the attempt's total deadline)",
            request=call.request,
            platform=adapter.name,
            request_sent=watch.request_sent(),
        )

    def too_large(self, adapter: Adapter, call: HttpCall, exc: TooLarge) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{call.operation}: the answer is larger than {exc.limit} bytes; reading stopped there",
            platform=adapter.name,
            status_code=exc.response.status_code,
            request_id=_request_id(adapter, exc.response),
            limit=exc.limit,
            excerpt=redact(exc.excerpt()),
        )

    def check_redirect(self, adapter: Adapter, call: HttpCall, response: httpx.Response) -> None:
        """A 3xx is an error, never followed (the exchange sends with ``follow_redirects=False``)."""
        if not 300 <= response.status_code < 400:
            return
        location = _location(response, call.request.url)
        raise UnexpectedRedirectError(
            f"{call.operation}: the platform answered HTTP {response.status_code} pointing to "
            f"{location or 'another place'}; redirects are never followed, so nothing (and no credential) was "
            "sent there",
            response=response,
            platform=adapter.name,
            request_id=_request_id(adapter, response),
            location=location,
        )

    def auth_for(self, adapter: Adapter, call: HttpCall) -> httpx.Auth | None:
        if call.auth is False:
            return None
        if call.auth is None or call.auth is True:
            return adapter.http_auth()
        return call.auth

    def learned_rate(self, adapter: Adapter, call: HttpCall, response: httpx.Response) -> float | None:
        """The live rate the answer reports for the call's bucket, clamped into the adapter's bounds."""
        if call.rate_limit is None:
            return None
        rate = adapter.observed_rate(call, response)
        if rate is None:
            return None
        key = self.bucket_key(adapter, call)
        return self.learned.sane(key, rate, adapter.learned_rate_bounds, source=adapter.display_name)

    def check(self, adapter: Adapter, call: HttpCall, response: httpx.Response) -> None:
        """Raise the adapter's error for this response (if any)."""
        error = adapter.classify(call, response)
        if error is not None and call.check_status:
            raise error

    def retry_delay(
        self, adapter: Adapter, effect: Effect, attempt: _Attempt, error: Exception
    ) -> float | None:
        """Seconds to wait before retrying after ``error``, or None to give up. May raise DeliveryUnknown."""
        transient = isinstance(error, MarketmsgError) and adapter.is_transient(error)
        policy = self.options.retry
        retry = policy.decide(error, effect, transient=transient, outcomes=adapter.send_outcomes)
        if not retry or attempt.retries >= policy.max_retries:
            return None
        if isinstance(error, RateLimitError) and effect.rate_limit is not None:
            delay = (
                0.0  # the bucket was resynchronised (or blocked): the retry's reservation carries the wait
            )
        else:
            delay = policy.backoff(attempt.retries, error)
        left = self.remaining(attempt)
        if left is not None and left <= delay:
            return None  # no retry the call's deadline cannot wait for: the last error is raised instead
        return delay

    def throttle_of(self, effect: Effect, error: BaseException | None) -> tuple[bool, float | None]:
        """(whether the platform refused on the bucket, how long it said to wait — capped)."""
        if not isinstance(error, RateLimitError) or effect.rate_limit is None:
            return False, None
        after = error.retry_after
        return True, None if after is None else min(float(after), self.options.retry.retry_after_cap)

    def ended(self, effect: Effect, attempt: _Attempt, error: Exception | None) -> _Ended | None:
        """An attempt is over: what the limiter must hear (its reservation ends; a refusal empties the bucket),
        or None for a call without a bucket. Takes the ticket off the attempt, so it is settled once."""
        ticket, attempt.ticket = attempt.ticket, None
        answered_at, attempt.answered_at = attempt.answered_at, None
        if effect.rate_limit is None:
            return None
        if error is None:  # answered (most attempts): nothing to look up
            return _Ended(effect.rate_limit, ticket, True, False, None, answered_at)
        throttled, retry_after = self.throttle_of(effect, error)
        answered = self.answered_by_platform(error)
        return _Ended(
            effect.rate_limit, ticket, answered, throttled, retry_after, answered_at if answered else None
        )

    @staticmethod
    def answered_by_platform(error: Exception | None) -> bool:
        """Whether the platform answered the request (with success or an error): a request that failed without
        an answer (a timeout, a refused connection) may never have arrived, so it proves nothing about the
        platform's bucket and fixes no refill start unless its own reservation started it."""
        return error is None or isinstance(error, _ANSWERS)

    def abandon(self, key: str, effect: Effect, attempt: _Attempt) -> None:
        """Cancelled or interrupted mid-request: the reservation is over (it no longer counts in flight), and an
        anchoring one still fixes the refill start, or its bucket would stay provisional."""
        ticket, attempt.ticket = attempt.ticket, None
        if ticket is not None and effect.rate_limit is not None:
            self.limiter.settle(key, effect.rate_limit, ticket, answered=False)

    def _budget(self, adapter: Adapter, effect: Effect, attempt: _Attempt) -> Callable[[float], None] | None:
        """With a deadline: a check the limiter runs on the wait before sleeping it (raises the typed timeout)."""
        if attempt.deadline_at is None:
            return None
        return lambda wait: self.out_of_time(adapter, effect, attempt, wait)

    def listened(self) -> bool:
        return bool(self.options.hooks.on_call) or log.isEnabledFor(logging.DEBUG)

    def plain(self, effect: Effect) -> bool:
        """True for a step the driver only has to run: non-HTTP I/O (a store read or write) with no rate limit, no
        call deadline to watch and nobody reading a CallRecord. Its first attempt then skips the bookkeeping (a
        send has about five such steps: outbox and order-fact cache); a failure still takes the retry path."""
        return (
            effect.rate_limit is None
            and _is_io(effect)
            and self.options.deadline is None
            and not self.listened()
        )

    def finish(
        self, adapter: Adapter, effect: Effect, attempt: _Attempt, error: BaseException | None = None
    ) -> None:
        if isinstance(error, MarketmsgError):
            error.retries_taken = attempt.retries
        if not self.listened():
            return  # nobody reads the record: no redaction, no request-id lookup
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


def _is_io(effect: Effect) -> TypeGuard[IOEffect[object]]:
    """``isinstance(effect, IOEffect)``, the two effect classes every request and store step is made of settled by
    their type: Effect is an ABC, so each isinstance is a Python call (~0.3 µs, a dozen per send)."""
    kind = type(effect)
    if kind is BlockingCall:
        return True
    if kind is HttpCall:
        return False
    return isinstance(effect, IOEffect)


def _location(response: httpx.Response, base: httpx.URL) -> str | None:
    """Where a 3xx pointed, without its query (a presigned URL's signature) or credentials; None if unreadable."""
    raw = response.headers.get("location", "")[:2048]
    if not raw:
        return None
    try:
        url = base.join(raw)
    except (httpx.InvalidURL, ValueError):
        return None
    return f"{url.scheme}://{url.host}{f':{url.port}' if url.port else ''}{url.path[:200]}"


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
        *,
        max_in_flight: int | None = None,
    ) -> None:
        super().__init__(limiter, options, learned)
        self.http = http
        skip_cookieless_answers(http)
        # Requests in flight at once (None: as many as the callers ask — a pool the caller sized itself).
        self.gate = threading.BoundedSemaphore(max_in_flight) if max_in_flight else None

    def with_options(self, options: DriverOptions) -> SyncDriver:
        copy = SyncDriver(self.http, self.limiter, options, self.learned)
        copy.gate = self.gate  # one pool, one gate
        return copy

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
        failed: Exception | None = None
        if self.plain(effect):
            assert _is_io(effect)
            try:
                return effect.run_sync()
            except Exception as exc:  # the first attempt failed: the general path below decides on a retry
                failed = exc
        attempt = self.start()
        limit = effect.rate_limit
        key = self.bucket_key(adapter, effect) if limit is not None else ""
        try:
            while True:
                try:
                    if failed is not None:
                        error, failed = failed, None
                        raise error
                    if attempt.deadline_at is not None:  # (both checks are no-ops without a call deadline)
                        self.out_of_time(adapter, effect, attempt)
                    if limit is not None:
                        budget = (
                            None if attempt.deadline_at is None else self._budget(adapter, effect, attempt)
                        )
                        attempt.ticket = ticket = self.limiter.admit(key, limit, budget)
                        attempt.waited += ticket.waited
                    result = self._once(adapter, effect, attempt)
                except Exception as exc:
                    self._answered(key, effect, attempt, exc)
                    delay = self.retry_delay(adapter, effect, attempt, exc)
                    if delay is None:
                        raise
                    attempt.retries += 1
                    self.options.clock.sleep(delay)
                else:
                    self._answered(key, effect, attempt, None)
                    break
        except BaseException as exc:
            self.abandon(key, effect, attempt)
            self.finish(adapter, effect, attempt, exc)
            raise
        self.finish(adapter, effect, attempt)
        return result

    def _answered(self, key: str, effect: Effect, attempt: _Attempt, error: Exception | None) -> None:
        end = self.ended(effect, attempt, error)
        if end is not None:
            self.limiter.settle(
                key,
                end.limit,
                end.ticket,
                answered=end.answered,
                throttled=end.throttled,
                retry_after=end.retry_after,
                answered_at=end.answered_at,
            )

    def _once(self, adapter: Adapter, effect: Effect, attempt: _Attempt) -> object:
        if _is_io(effect):
            return effect.run_sync()
        if type(effect) is not HttpCall and not isinstance(effect, HttpCall):
            raise TypeError(f"unknown effect {effect!r}")
        seconds, limit, watch = self.attempt_setup(effect, attempt)
        auth = self.auth_for(adapter, effect) or httpx.USE_CLIENT_DEFAULT
        try:
            response = exchange_sync(self.http, effect.request, auth, limit, seconds, watch, self.gate)
        except TimeoutError as exc:
            raise self.timed_out(adapter, effect, seconds, watch) from exc
        except TooLarge as exc:
            attempt.response = exc.response
            raise self.too_large(adapter, effect, exc) from None
        except httpx.RequestError as exc:  # transport failures, and answers httpx cannot decode
            raise map_transport_error(exc, platform=adapter.name, sending=effect.request) from exc
        attempt.response = response
        attempt.answered_at = watch.answered_at
        self.check_redirect(adapter, effect, response)
        rate = self.learned_rate(adapter, effect, response)
        if rate is not None and effect.rate_limit is not None:
            self.limiter.update_rate(self.bucket_key(adapter, effect), effect.rate_limit, rate)
        self.check(adapter, effect, response)
        return response


class AsyncDriver(_DriverBase):
    """Runs flows with async I/O on an ``httpx.AsyncClient``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        limiter: RateLimiter,
        options: DriverOptions,
        learned: LearnedRates | None = None,
        *,
        max_in_flight: int | None = None,
    ) -> None:
        super().__init__(limiter, options, learned)
        self.http = http
        skip_cookieless_answers(http)
        self.gate = anyio.Semaphore(max_in_flight) if max_in_flight else None

    def with_options(self, options: DriverOptions) -> AsyncDriver:
        copy = AsyncDriver(self.http, self.limiter, options, self.learned)
        copy.gate = self.gate
        return copy

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
        failed: Exception | None = None
        if self.plain(effect):
            assert _is_io(effect)
            try:
                return await effect.run_async()
            except Exception as exc:  # the first attempt failed: the general path below decides on a retry
                failed = exc
        attempt = self.start()
        limit = effect.rate_limit
        key = self.bucket_key(adapter, effect) if limit is not None else ""
        try:
            while True:
                try:
                    if failed is not None:
                        error, failed = failed, None
                        raise error
                    if attempt.deadline_at is not None:  # (both checks are no-ops without a call deadline)
                        self.out_of_time(adapter, effect, attempt)
                    if limit is not None:
                        budget = (
                            None if attempt.deadline_at is None else self._budget(adapter, effect, attempt)
                        )
                        attempt.ticket = ticket = await self.limiter.aadmit(key, limit, budget)
                        attempt.waited += ticket.waited
                    result = await self._once(adapter, effect, attempt)
                except Exception as exc:
                    await self._answered(key, effect, attempt, exc)
                    delay = self.retry_delay(adapter, effect, attempt, exc)
                    if delay is None:
                        raise
                    attempt.retries += 1
                    await self.options.clock.asleep(delay)
                else:
                    await self._answered(key, effect, attempt, None)
                    break
        except BaseException as exc:
            self.abandon(key, effect, attempt)
            self.finish(adapter, effect, attempt, exc)
            raise
        self.finish(adapter, effect, attempt)
        return result

    async def _answered(self, key: str, effect: Effect, attempt: _Attempt, error: Exception | None) -> None:
        end = self.ended(effect, attempt, error)
        if end is not None:
            await self.limiter.asettle(
                key,
                end.limit,
                end.ticket,
                answered=end.answered,
                throttled=end.throttled,
                retry_after=end.retry_after,
                answered_at=end.answered_at,
            )

    async def _once(self, adapter: Adapter, effect: Effect, attempt: _Attempt) -> object:
        if _is_io(effect):
            return await effect.run_async()
        if type(effect) is not HttpCall and not isinstance(effect, HttpCall):
            raise TypeError(f"unknown effect {effect!r}")
        seconds, limit, watch = self.attempt_setup(effect, attempt)
        auth = self.auth_for(adapter, effect) or httpx.USE_CLIENT_DEFAULT
        try:
            response = await exchange_async(self.http, effect.request, auth, limit, seconds, watch, self.gate)
        except TimeoutError as exc:
            raise self.timed_out(adapter, effect, seconds, watch) from exc
        except TooLarge as exc:
            attempt.response = exc.response
            raise self.too_large(adapter, effect, exc) from None
        except httpx.RequestError as exc:  # transport failures, and answers httpx cannot decode
            raise map_transport_error(exc, platform=adapter.name, sending=effect.request) from exc
        attempt.response = response
        attempt.answered_at = watch.answered_at
        self.check_redirect(adapter, effect, response)
        rate = self.learned_rate(adapter, effect, response)
        if rate is not None and effect.rate_limit is not None:
            await self.limiter.aupdate_rate(self.bucket_key(adapter, effect), effect.rate_limit, rate)
        self.check(adapter, effect, response)
        return response
