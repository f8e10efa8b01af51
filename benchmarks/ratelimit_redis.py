"""Shared rate limiter cost: ``RedisLimitStore.reserve`` vs one bare Redis round trip (PING) and vs in-memory.

A reservation is one EVALSHA of the bucket script. The floor for any store shared between processes is one
network round trip, so the useful number is reserve time / PING time, measured in the same run against the same
server (1.0 would mean the script's work is free). The in-memory store is shown for scale: that is what a single
process pays. Printed as ratios; nothing asserted. Needs Redis at MARKETMSG_BENCH_REDIS_URL
(default redis://127.0.0.1:6379/0); prints a note and returns when it is absent.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable

from marketmsg import RateLimit
from marketmsg.transport import InMemoryLimitStore
from marketmsg.transport._redis import RedisLimitStore

N = 3_000
LIMIT = RateLimit(rate=1_000_000.0, burst=1_000_000)  # never empty: measure the bookkeeping, not waiting


def _per_call(fn: Callable[[], object], n: int = N) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main() -> None:
    try:
        import redis
    except ModuleNotFoundError:
        print("ratelimit_redis: redis-py not installed (pip install 'marketmsg[redis]'); skipped")
        return
    client = redis.Redis.from_url(os.environ.get("MARKETMSG_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0"))
    try:
        client.ping()
    except redis.RedisError as exc:
        print(f"ratelimit_redis: Redis not reachable ({type(exc).__name__}); skipped")
        return
    namespace = f"mmbench:{uuid.uuid4().hex[:8]}"
    shared, memory = RedisLimitStore(client, namespace=namespace), InMemoryLimitStore()
    try:
        shared.reserve("k", LIMIT, 0.0)  # load the script once
        ping = min(_per_call(client.ping) for _ in range(3))
        reserve = min(_per_call(lambda: shared.reserve("k", LIMIT, 0.0)) for _ in range(3))
        local = min(_per_call(lambda: memory.reserve("k", LIMIT, time.monotonic())) for _ in range(3))
    finally:
        client.delete(shared.key("k"))
        client.close()
    print(f"rate limiter, {N} reservations, best of 3:")
    print(
        f"  redis reserve : {reserve * 1e6:8.1f} µs  = {reserve / ping:.2f}x one PING round trip ({ping * 1e6:.1f} µs)"
    )
    print(f"  in-memory     : {local * 1e6:8.1f} µs  (redis / in-memory = {reserve / local:.0f}x)")


if __name__ == "__main__":
    main()
