"""The token bucket on a virtual clock: bursts, pacing, live updates, bans, threads and tasks."""

from __future__ import annotations

import threading

import anyio
import pytest

from marketmsg import RateLimit, VirtualClock
from marketmsg.transport import InMemoryLimitStore, RateLimiter


def test_burst_then_one_per_second(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=5)
    waits = [limiter.acquire("amazon:A1:createWarranty", limit) for _ in range(9)]
    assert waits[:5] == [0, 0, 0, 0, 0]
    assert waits[5:] == pytest.approx([1.0, 1.0, 1.0, 1.0])
    assert clock.monotonic() == pytest.approx(4.0)


@pytest.mark.parametrize(
    ("rate", "burst", "calls", "expected_total_wait"),
    [
        (1.0, 5, 5, 0.0),  # the burst is free
        (1.0, 5, 6, 1.0),
        (1.0, 5, 20, 15.0),  # Amazon messaging: 1 rps burst 5 (amazon.md §1.6)
        (10.0, 10, 30, 2.0),  # Amazon uploads: 10 rps burst 10
        (0.2, 5, 7, 10.0),  # 1 request per 5 s
    ],
)
def test_total_wait_is_exact(rate: float, burst: int, calls: int, expected_total_wait: float) -> None:
    clock = VirtualClock()
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=rate, burst=burst)
    total = sum(limiter.acquire("k", limit) for _ in range(calls))
    assert total == pytest.approx(expected_total_wait)


def test_bucket_refills_while_idle(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=5)
    for _ in range(5):
        limiter.acquire("k", limit)
    clock.advance(3.0)
    assert [limiter.acquire("k", limit) for _ in range(4)] == pytest.approx([0, 0, 0, 1.0])


def test_header_update_takes_effect(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=1)
    limiter.acquire("k", limit)
    limiter.update_rate("k", limit, 4.0)  # e.g. x-amzn-RateLimit-Limit: 4.0
    assert limiter.acquire("k", limit) == pytest.approx(0.25)
    limiter.update_rate("k", limit, 0.5)
    assert limiter.acquire("k", limit) == pytest.approx(2.0)


def test_update_ignores_nonsense_rates(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=1)
    limiter.update_rate("k", limit, 0.0)
    limiter.acquire("k", limit)
    assert limiter.acquire("k", limit) == pytest.approx(1.0)


def test_block_makes_everyone_wait(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=5)
    limiter.block("k", limit, 30.0)  # AliExpress: "this ban will last 30 seconds"
    assert limiter.acquire("k", limit) == pytest.approx(30.0)
    assert limiter.acquire("other", limit) == 0.0, "a ban on one bucket leaves the others alone"


def test_buckets_are_independent_per_key(clock: VirtualClock) -> None:
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=1.0, burst=1)
    assert limiter.reserve("amazon:A1:op", limit) == 0
    assert limiter.reserve("amazon:A2:op", limit) == 0
    assert limiter.reserve("amazon:A1:op", limit) == pytest.approx(1.0)


def test_threads_get_distinct_slots() -> None:
    store = InMemoryLimitStore()
    limit = RateLimit(rate=1.0, burst=5)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            wait = store.reserve("k", limit, now=0.0)
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 80 reservations at the same instant: 5 free, then one slot per second, none shared.
    assert sorted(waits) == pytest.approx([0.0] * 5 + [float(i) for i in range(1, 76)])


def test_async_tasks_are_paced() -> None:
    clock = VirtualClock()
    limiter = RateLimiter(clock=clock)
    limit = RateLimit(rate=2.0, burst=2)
    waits: list[float] = []

    async def one() -> None:
        waits.append(await limiter.aacquire("k", limit))

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            for _ in range(6):
                tg.start_soon(one)

    anyio.run(main)
    assert sorted(waits)[:2] == [0.0, 0.0]
    assert all(w > 0 for w in sorted(waits)[2:])


def test_rate_limit_validates() -> None:
    with pytest.raises(ValueError, match="rate > 0"):
        RateLimit(rate=0, burst=1)
