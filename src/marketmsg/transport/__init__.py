"""The transport stack: rate limiting, retries, auth, redaction and hooks around httpx.

Every httpx reference outside adapters' request building lives here, so a move to httpx2 is a one-package change.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._driver import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, AsyncDriver, DriverOptions, SyncDriver
    from ._exchange import aread_bounded, read_bounded
    from ._hooks import CallRecord, EventHooks
    from ._otel import opentelemetry_hook
    from ._ratelimit import (
        ANCHOR_MARGIN,
        LATE_SHARE,
        AsyncLimitStore,
        BucketState,
        InMemoryLimitStore,
        LimitStore,
        RateLimiter,
        Ticket,
    )
    from ._redis import RedisLimitStore
    from ._retry import RetryPolicy, map_transport_error, unreachable
    from ._urls import UnsafeURLError, check_url, host_allowed

__all__ = [
    "ANCHOR_MARGIN",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "LATE_SHARE",
    "AsyncDriver",
    "AsyncLimitStore",
    "BucketState",
    "CallRecord",
    "DriverOptions",
    "EventHooks",
    "InMemoryLimitStore",
    "LimitStore",
    "RateLimiter",
    "RedisLimitStore",
    "RetryPolicy",
    "SyncDriver",
    "Ticket",
    "UnsafeURLError",
    "aread_bounded",
    "check_url",
    "host_allowed",
    "map_transport_error",
    "opentelemetry_hook",
    "read_bounded",
    "unreachable",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._driver": (
            "DEFAULT_MAX_RESPONSE_BYTES",
            "DEFAULT_TIMEOUT",
            "AsyncDriver",
            "DriverOptions",
            "SyncDriver",
        ),
        "._exchange": ("aread_bounded", "read_bounded"),
        "._hooks": ("CallRecord", "EventHooks"),
        "._otel": ("opentelemetry_hook",),
        "._ratelimit": (
            "ANCHOR_MARGIN",
            "LATE_SHARE",
            "AsyncLimitStore",
            "BucketState",
            "InMemoryLimitStore",
            "LimitStore",
            "RateLimiter",
            "Ticket",
        ),
        "._redis": ("RedisLimitStore",),
        "._retry": ("RetryPolicy", "map_transport_error", "unreachable"),
        "._urls": ("UnsafeURLError", "check_url", "host_allowed"),
    },
)
