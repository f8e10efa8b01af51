"""Token buckets per (platform, account, operation), shared by threads and tasks, on an injectable clock.

Why our own bucket rather than PyrateLimiter or ``limits``: the platforms change a bucket's rate while it is in
use (SP-API's ``x-amzn-RateLimit-Limit``, AliExpress "ban for N seconds"), and callers need a *reservation*
(how long to wait for my turn) that the sync and async drivers then sleep for on the same clock. Both libraries
model fixed limits and poll; the reservation arithmetic below is a dozen lines.

Reservations may drive the bucket below zero: the n-th caller in a burst learns it must wait n/rate seconds, so
a burst of 20 sends is paced exactly, with no thundering retry loop.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from typing import Protocol

from .._clock import Clock, SystemClock
from .._effects import RateLimit

__all__ = ["BucketState", "InMemoryLimitStore", "LimitStore", "RateLimiter"]


@dataclass
class BucketState:
    rate: float
    burst: int
    tokens: float
    updated: float
    blocked_until: float = 0.0


class LimitStore(Protocol):
    """Where bucket state lives. In memory for one process; Redis (``marketmsg.transport.RedisLimitStore``)
    for many workers sharing one platform quota."""

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Take one token; return seconds the caller must wait before sending (0 = go now)."""
        ...

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        """Adopt a rate the platform reported for this bucket."""
        ...

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        """Nobody sends on this bucket for ``seconds`` (after a 429 or a platform ban)."""
        ...

    def state(self, key: str) -> BucketState | None: ...


class InMemoryLimitStore:
    """Thread-safe in-process buckets. Async callers are safe too: no await happens while the lock is held."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, BucketState] = {}

    def _bucket(self, key: str, limit: RateLimit, now: float) -> BucketState:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = BucketState(rate=limit.rate, burst=limit.burst, tokens=float(limit.burst), updated=now)
            self._buckets[key] = bucket
        elapsed = max(0.0, now - bucket.updated)
        bucket.tokens = min(float(bucket.burst), bucket.tokens + elapsed * bucket.rate)
        bucket.updated = now
        return bucket

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        with self._lock:
            bucket = self._bucket(key, limit, now)
            bucket.tokens -= 1.0
            wait = 0.0 if bucket.tokens >= 0 else -bucket.tokens / bucket.rate
            return max(wait, bucket.blocked_until - now)

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        if not 0 < rate < math.inf:  # NaN, zero, negative or infinite: not a rate (the driver clamps first)
            return
        with self._lock:
            bucket = self._bucket(key, limit, now)
            bucket.rate = rate

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        with self._lock:
            bucket = self._bucket(key, limit, now)
            bucket.blocked_until = max(bucket.blocked_until, now + seconds)
            # The platform rejected the request, so its token is gone too: start the refill from empty.
            bucket.tokens = min(bucket.tokens, 0.0)

    def state(self, key: str) -> BucketState | None:
        with self._lock:
            found = self._buckets.get(key)
            return None if found is None else BucketState(**vars(found))


class RateLimiter:
    """Front of the store: computes waits on the clock and sleeps them, sync or async."""

    def __init__(self, store: LimitStore | None = None, clock: Clock | None = None) -> None:
        self.store: LimitStore = store or InMemoryLimitStore()
        self.clock: Clock = clock or SystemClock()

    def reserve(self, key: str, limit: RateLimit) -> float:
        return self.store.reserve(key, limit, self.clock.monotonic())

    def acquire(self, key: str, limit: RateLimit) -> float:
        """Block until this caller may send on ``key``; return how long it waited."""
        wait = self.reserve(key, limit)
        self.clock.sleep(wait)
        return wait

    async def aacquire(self, key: str, limit: RateLimit) -> float:
        wait = self.reserve(key, limit)
        await self.clock.asleep(wait)
        return wait

    def update_rate(self, key: str, limit: RateLimit, rate: float) -> None:
        self.store.set_rate(key, limit, rate, self.clock.monotonic())

    def block(self, key: str, limit: RateLimit, seconds: float) -> None:
        self.store.block(key, limit, seconds, self.clock.monotonic())
