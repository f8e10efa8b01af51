"""Sans-I/O building blocks: adapters *describe* I/O as effects; the sync and async drivers *perform* it.

An operation is a generator (a :data:`Flow`) that yields effects and receives their results::

    def send_reply(self, ...) -> Flow[Message]:
        response = yield from self.call(request, operation="sendReply", idempotent=False)
        return parse(response)

The same generator runs under :class:`marketmsg.Client` and :class:`marketmsg.AsyncClient`, so each operation
has exactly one source of truth; only the effects (an HTTP call, an SMTP send) have a sync and an async half.
When an effect fails, the driver throws the exception into the generator, so a flow can translate it.
"""

from __future__ import annotations

import abc
import math
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, Generic, TypeAlias, TypeVar, cast

import anyio.to_thread
import httpx

__all__ = [
    "BlockingCall",
    "Effect",
    "Flow",
    "HttpCall",
    "IOEffect",
    "RateBounds",
    "RateLimit",
    "http_call",
    "run_flow_sync",
]

R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True)
class RateLimit:
    """A token bucket: ``rate`` requests per second sustained, ``burst`` at once. Cite the source where declared."""

    rate: float
    burst: int

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst < 1:
            raise ValueError(
                f"RateLimit needs rate > 0 and burst >= 1, got rate={self.rate} burst={self.burst}"
            )


@dataclass(frozen=True)
class RateBounds:
    """The range (requests per second) a rate *learned from a platform answer* must fall in to be believed.

    A platform header (SP-API's ``x-amzn-RateLimit-Limit``) is input from the network: ``1e-9`` would make the
    next call wait ~10⁹ s, ``inf`` would drop all pacing. The driver clamps a learned rate into ``[low, high]``
    and logs the anomaly once. Declare it per platform beside the rate table, with the source of the range.
    """

    low: float
    high: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.low) and math.isfinite(self.high) and 0 < self.low <= self.high):
            raise ValueError(f"RateBounds needs finite 0 < low <= high, got low={self.low} high={self.high}")


class Effect(abc.ABC):
    """Something a flow asks a driver to do.

    ``operation`` names it for rate limits (the adapter's ``rate_limits`` entry), logs and ``CallRecord``;
    ``idempotent`` says whether the driver may repeat it after a failure (reads: yes; sends: never blindly).
    """

    operation: str
    idempotent: bool
    rate_limit: RateLimit | None


@dataclass(frozen=True, eq=False, init=False)
class HttpCall(Effect):
    """One HTTP request. The driver adds rate limiting, auth, retries, error mapping and logging.

    ``idempotent`` says whether repeating it is harmless: reads are, message sends are not (a send is only
    retried when it provably never reached the platform). ``rate_limit`` defaults to the adapter's table entry for
    ``operation``. ``auth`` overrides the adapter's default auth (``None`` = adapter default, ``False`` = none).
    ``check_status`` set to False hands error responses to the flow instead of raising. ``max_bytes`` lowers the
    client's cap on the body for this call (streamed; a larger one raises ``ResponseTooLargeError``).
    """

    request: httpx.Request
    operation: str
    idempotent: bool = True
    rate_limit: RateLimit | None = None
    auth: httpx.Auth | bool | None = None
    check_status: bool = True
    max_bytes: int | None = None

    def __init__(
        self,
        request: httpx.Request,
        operation: str,
        idempotent: bool = True,
        rate_limit: RateLimit | None = None,
        auth: httpx.Auth | bool | None = None,
        check_status: bool = True,
        max_bytes: int | None = None,
    ) -> None:
        # The dataclass's own __init__ (same parameters), writing the fields straight into the instance dict: a
        # frozen dataclass sets each through object.__setattr__, ~1.5 µs for these seven on every request. The
        # instance stays frozen (assignment raises FrozenInstanceError); tests/test_effects.py pins the signature.
        fields = self.__dict__
        fields["request"] = request
        fields["operation"] = operation
        fields["idempotent"] = idempotent
        fields["rate_limit"] = rate_limit
        fields["auth"] = auth
        fields["check_status"] = check_status
        fields["max_bytes"] = max_bytes

    def send(self) -> Generator[Effect, Any, httpx.Response]:
        """``response = yield from call.send()`` — typed sugar over ``yield``."""
        response = yield self
        return cast(httpx.Response, response)


class IOEffect(Effect, Generic[R]):
    """Non-HTTP I/O (SMTP, IMAP, a store) with a sync and an async implementation of the same small step."""

    operation: str = "io"
    idempotent: bool = False
    rate_limit: RateLimit | None = None

    @abc.abstractmethod
    def run_sync(self) -> R:
        """Do the step, blocking (``Client``'s driver), after the effect's rate limit (if it has one)."""

    @abc.abstractmethod
    async def run_async(self) -> R:
        """Do the same step without blocking the event loop (``AsyncClient``'s driver); same result, same errors."""

    def send(self) -> Generator[Effect, Any, R]:
        """``result = yield from effect.send()``."""
        result = yield self
        return cast(R, result)


class BlockingCall(IOEffect[R], Generic[R]):
    """One blocking step (a store read or write, a SQLite query, an ``imaplib`` poll) as an effect.

    The sync driver runs ``fn`` inline; the async driver runs it in a worker thread, so the event loop never
    waits on a blocking library and no step needs a second, async implementation. ``idempotent`` steps (reads,
    upserts, syncs whose checkpoint makes a repeat harmless) may be retried by the driver after a connection
    error; a step that must happen at most once says ``idempotent=False``.

    ``result = yield from BlockingCall("relay_read", lambda: store.thread(key)).send()``
    """

    def __init__(self, operation: str, fn: Callable[[], R], *, idempotent: bool = True) -> None:
        self.operation = operation
        self.idempotent = idempotent
        self._fn = fn

    def __repr__(self) -> str:
        return f"BlockingCall({self.operation!r})"

    def run_sync(self) -> R:
        return self._fn()

    async def run_async(self) -> R:
        return await anyio.to_thread.run_sync(self._fn)


def http_call(
    request: httpx.Request,
    *,
    operation: str,
    rate_limit: RateLimit | None,
    idempotent: bool = True,
    auth: httpx.Auth | bool | None = None,
    check_status: bool = True,
) -> Generator[Effect, Any, httpx.Response]:
    """``response = yield from http_call(request, operation=…, rate_limit=…)``: one :class:`HttpCall`, sent."""
    effect = HttpCall(
        request=request,
        operation=operation,
        idempotent=idempotent,
        rate_limit=rate_limit,
        auth=auth,
        check_status=check_status,
    )
    return effect.send()


Flow: TypeAlias = Generator[Effect, Any, T]
"""An operation: yields effects, returns its result."""


def run_flow_sync(flow: Flow[T], perform: Any) -> T:
    """Drive ``flow`` to completion, calling ``perform(effect)`` for each effect (used by the sync driver)."""
    try:
        effect = next(flow)
        while True:
            try:
                result = perform(effect)
            except BaseException as exc:  # handed to the flow, which may translate or re-raise it
                effect = flow.throw(exc)
            else:
                effect = flow.send(result)
    except StopIteration as stop:
        return cast(T, stop.value)
