"""The transport stack: rate limiting, retries, auth, redaction and hooks around httpx.

Every httpx reference outside adapters' request building lives here, so a move to httpx2 is a one-package change.
"""

from ._driver import DEFAULT_TIMEOUT, AsyncDriver, DriverOptions, SyncDriver
from ._hooks import CallRecord, EventHooks
from ._otel import opentelemetry_hook
from ._ratelimit import BucketState, InMemoryLimitStore, LimitStore, RateLimiter
from ._redis import RedisLimitStore
from ._retry import RetryPolicy, map_transport_error, unreachable
from ._urls import UnsafeURLError, check_url, host_allowed

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncDriver",
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
    "UnsafeURLError",
    "check_url",
    "host_allowed",
    "map_transport_error",
    "opentelemetry_hook",
    "unreachable",
]
