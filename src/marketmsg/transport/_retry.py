"""When to retry, and how long to wait: one policy object drives the driver's sync and async loops.

The rule that matters most: a send (non-idempotent call) is retried only when it provably never reached the
platform — the connection was never established, or the platform's outcome table (``_outcomes.py``, per platform,
with sources) says the answer proves "not processed, try later" (a throttle). An answer that does not prove
"not processed" (408, 409, the 5xx a platform does not document as pre-processing, 1xx, most 3xx, unassigned
codes) and a timeout after the request went out raise :class:`~marketmsg.DeliveryUnknown`; the outbox reconciles
it. A duplicate message to a buyer is worse than an error.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import httpx

from .._effects import Effect
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    DeliveryUnknown,
    MarketmsgError,
    RateLimitError,
)
from ._outcomes import GENERIC_SEND_OUTCOMES, Outcome, SendOutcomes

__all__ = ["RetryPolicy", "map_transport_error", "unreachable"]

# Errors raised before a single byte of the request left: safe to retry anything.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
_RETRY_STATUSES_IDEMPOTENT = frozenset({408, 409, 429, 500, 502, 503, 504})


def map_transport_error(
    exc: httpx.RequestError, *, platform: str | None, sending: httpx.Request | None = None
) -> APIConnectionError:
    """An httpx transport error as ours, remembering whether the request may have been sent.

    An answer httpx cannot decode (a ``Content-Encoding`` its body does not have: ``DecodingError``) or a redirect
    loop of a user's client (``TooManyRedirects``) is no usable answer either — after the request went out.

    ``sending`` is the effect's own request: a failure on *another* request (an auth flow fetching a token
    first) means the effect's request never left, whatever kind of failure it was.
    """
    request = _request_of(exc)
    sent = not isinstance(exc, _NEVER_SENT)
    if sending is not None and request is not None and request is not sending:
        sent = False
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}).",
            request=request,
            platform=platform,
            request_sent=sent,
        )
    if isinstance(exc, httpx.DecodingError):
        return APIConnectionError(
            "The answer could not be decoded (DecodingError: its body does not match its Content-Encoding).",
            request=request,
            platform=platform,
            request_sent=sent,
        )
    return APIConnectionError(
        f"Connection error ({type(exc).__name__}).", request=request, platform=platform, request_sent=sent
    )


def unreachable(exc: httpx.RequestError, *, platform: str | None, action: str) -> APIConnectionError:
    """A transport failure outside the driver (an OAuth exchange, a one-off call) as a typed error that says what
    could not be done, where, and what to check.
    """
    mapped = map_transport_error(exc, platform=platform)
    request = mapped.request
    where = f"{request.url.scheme}://{request.url.host}" if request is not None else "the platform"
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    kind = APITimeoutError if isinstance(mapped, APITimeoutError) else APIConnectionError
    return kind(
        f"could not {action}: no answer from {where} ({detail}); check the network (proxy, firewall, DNS) and "
        "the URL, then try again",
        request=request,
        platform=platform,
        request_sent=mapped.request_sent,
    )


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """Retry budget and back-off. ``max_retries`` retries after the first attempt (2 by default)."""

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    retry_after_cap: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def decide(
        self,
        error: BaseException,
        effect: Effect,
        *,
        transient: bool = False,
        outcomes: SendOutcomes = GENERIC_SEND_OUTCOMES,
    ) -> bool:
        """True to retry. Raises :class:`DeliveryUnknown` when a send's outcome is unknown.

        ``outcomes`` is the platform's table of what each status proves about a send (reads ignore it).
        """
        if isinstance(error, APIConnectionError):
            if not error.request_sent or effect.idempotent:
                return True
            raise DeliveryUnknown(
                f"{effect.operation}: the request went out but no answer came back ({error.message}); "
                "it may have been delivered, so it is not retried",
                platform=error.platform,
                operation=effect.operation,
            ) from error
        if isinstance(error, APIStatusError):
            if effect.idempotent:
                return error.status_code in _RETRY_STATUSES_IDEMPOTENT or transient
            return _decide_send(error, effect, outcomes, transient=transient)
        if isinstance(error, MarketmsgError):
            return transient
        return False

    def backoff(self, retries_taken: int, error: BaseException | None) -> float:
        """Seconds to wait before retry number ``retries_taken + 1``: Retry-After (capped) or jittered backoff."""
        retry_after: object = getattr(error, "retry_after", None)
        if isinstance(retry_after, (int, float)) and retry_after >= 0:
            return min(float(retry_after), self.retry_after_cap)
        base: float = min(self.initial_backoff * 2.0 ** float(retries_taken), self.max_backoff)
        return base * (1 - self.jitter * random.random())


def _decide_send(error: APIStatusError, effect: Effect, outcomes: SendOutcomes, *, transient: bool) -> bool:
    # A platform error reported inside a 2xx envelope (AliExpress answers 200 with error_response) is an explicit
    # refusal; an adapter-mapped throttle without an HTTP status is a 429 by meaning.
    status = error.status_code or (429 if isinstance(error, RateLimitError) else 0)
    outcome = Outcome.FAILED if 200 <= status < 300 else outcomes.outcome(status, effect.operation)
    if outcome is Outcome.UNKNOWN:
        rid = f", request id {error.request_id}" if error.request_id else ""
        raise DeliveryUnknown(
            f"{effect.operation}: the platform answered HTTP {status}{rid}, which does not prove the send was "
            "not processed; it may have been delivered, so it is not retried",
            platform=error.platform,
            operation=effect.operation,
        ) from error
    return outcome is Outcome.RETRY or transient
