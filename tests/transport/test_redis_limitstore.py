"""RedisLimitStore: the in-memory bucket's semantics, atomically shared by threads, processes and hosts.

Needs the Redis server on 127.0.0.1:6379 (or MARKETMSG_TEST_REDIS_URL); skipped with a message otherwise.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from marketmsg import MarketmsgError, RateLimit
from marketmsg.transport import InMemoryLimitStore, LimitStore, RateLimiter, Ticket
from marketmsg.transport._redis import RedisLimitStore

REDIS_URL = os.environ.get("MARKETMSG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
LIMIT = RateLimit(rate=2.0, burst=3)


def _redis() -> Any:
    try:
        import redis
    except ModuleNotFoundError:
        pytest.skip("needs redis-py: pip install 'marketmsg[redis]'")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"needs Redis at {REDIS_URL} ({type(exc).__name__}); set MARKETMSG_TEST_REDIS_URL")
    return client


@pytest.fixture
def namespace() -> Iterator[str]:
    client = _redis()
    name = f"mmtest:{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"{name}:*"):
        client.delete(key)
    client.close()


def _store(namespace: str, **kwargs: Any) -> RedisLimitStore:
    return RedisLimitStore(_redis(), namespace=namespace, **kwargs)


# The same script of calls, replayed on both stores, must give the same waits and the same final state.
SCENARIOS: dict[str, list[tuple[str, float, float]]] = {
    "burst then pacing": [("reserve", 0, 0)] * 6,
    "refill over time": [("reserve", 0, 0)] * 4 + [("reserve", 1.0, 0), ("reserve", 10.0, 0)],
    "platform lowers the rate": [("reserve", 0, 0)] * 3 + [("set_rate", 0, 0.5), ("reserve", 0, 0)],
    "ban blocks and empties": [("reserve", 0, 0), ("block", 0, 30), ("reserve", 1, 0), ("reserve", 40, 0)],
    "zero rate is ignored": [("set_rate", 0, 0), ("reserve", 0, 0)] * 2,
    "first answer anchors the refill": [("reserve", 0, 0)] * 6 + [("anchor", 0.03, 0), ("reserve", 0.03, 0)],
    "429 resyncs without a block": [("reserve", 0, 0), ("throttled", 0.1, 0), ("reserve", 0.1, 0)],
    "429 with retry-after blocks": [("reserve", 0, 0), ("throttled", 0.1, 7), ("reserve", 0.2, 0)],
    # LIMIT is 2/s burst 3: a 4th reservation waits 0.5 s; its caller stalls to 2.0 s (nobody queued: given back).
    "late reservation, nobody queued": [("reserve", 0, 0)] * 4 + [("retake", 2.0, 0)],
    # ... or to 1.0 s with four more queued behind it (0.5 s apart): the token is written off, a new one taken.
    "late reservation behind a queue": [("reserve", 0, 0)] * 8 + [("retake", 1.0, 0)],
    "late past a full refill": [("reserve", 0, 0)] * 4 + [("retake", 30.0, 0)],
    # A provisional reservation looked at 1 s later, its anchoring answer still out, then after the answer.
    "anchor still pending": [("reserve", 0, 0)] * 4
    + [("recheck_at", 1.0, 0), ("anchor", 1.2, 0), ("recheck_at", 1.3, 0)],
    # Reservations in flight hold the refill below the burst until they are settled.
    "in flight holds the ceiling": [("take", 0, 0)] * 3
    + [("reserve", 5.0, 0), ("settle", 5.0, 0), ("settle", 5.0, 0), ("reserve", 9.0, 0), ("reserve", 9.0, 0)],
    # Answers heard late (a busy event loop, a queue for the store): dated by when they came back (the ARG).
    "an answer heard late gives back the refill the ceiling held": [("take", 0, 0)] * 3
    + [("settle_age", 1.0, 0.6), ("reserve", 1.0, 0), ("settle_age", 1.2, 0.05), ("reserve", 1.2, 0)],
    "the anchoring answer heard late dates the refill start": [("take", 0, 0)] * 5
    + [("settle_anchor_age", 0.4, 0.3), ("take", 0.4, 0), ("settle_anchor_age", 0.5, 0.5), ("take", 0.5, 0)],
    "an anchor at the ceiling leaves it marked": [("take", 0, 0)] * 3
    + [
        ("anchor", 0.0, 0),
        ("settle_age", 0.5, 0.3),
        ("reserve", 0.5, 0),
        ("settle_age", 0.6, 0.5),
        ("reserve", 0.6, 0),
    ],
    # More than the burst in flight: the platform's bucket, full while they travel, loses refill; so does ours
    # (the ceiling), and the queued reservations move back by it (tickets carry what was held back when taken).
    "the ceiling's held-back refill moves the queue": [("take_ticket", 0, 0)] * 8
    + [
        ("settle_anchor_age", 0.5, 0.4),
        ("recheck_at", 1.0, 0),
        ("take_ticket", 1.5, 0),
        ("recheck_at", 2.0, 0),
        ("settle_age", 2.5, 0.2),
        ("recheck_at", 3.0, 0),
        ("settle", 3.0, 0),
        ("take_ticket", 3.0, 0),
        ("recheck_at", 90.0, 0),
    ],
    "an age older than the reservation is clamped": [("take", 0, 0)] * 4
    + [("settle_anchor_age", 0.2, 9.0), ("take", 0.2, 0), ("settle_age", 0.3, 9.0), ("take", 0.3, 0)],
}


def _ticket(ticket: Ticket) -> tuple[float, bool, bool, float, bool]:
    return round(ticket.wait, 9), ticket.anchors, ticket.provisional, round(ticket.shift, 9), ticket.reports


def _replay(store: LimitStore, steps: list[tuple[str, float, float]]) -> list[float | bool]:
    waits: list[float | bool] = []
    for op, at, arg in steps:
        now = 1000.0 + at
        if op == "reserve":
            waits.append(round(store.reserve("k", LIMIT, now), 9))
        elif op == "take":  # counted in flight until settled
            waits.append(round(store.take("k", LIMIT, now).wait, 9))
        elif op == "take_ticket":
            waits.extend(_ticket(store.take("k", LIMIT, now)))
        elif op == "settle":
            assert isinstance(
                store, InMemoryLimitStore | RedisLimitStore
            )  # optional in the LimitStore protocol
            store.settle("k", LIMIT, now)
        elif op in ("settle_age", "settle_anchor_age"):
            assert isinstance(store, InMemoryLimitStore | RedisLimitStore)
            store.settle("k", LIMIT, now, anchor=op == "settle_anchor_age", age=arg)
        elif op == "recheck_at":
            assert isinstance(store, InMemoryLimitStore | RedisLimitStore)
            waits.append(round(store.recheck("k", LIMIT, arg, now=now), 9))
        elif op == "retake":
            assert isinstance(
                store, InMemoryLimitStore | RedisLimitStore
            )  # optional in the LimitStore protocol
            waits.append(round(store.retake("k", LIMIT, now).wait, 9))
        elif op == "set_rate":
            store.set_rate("k", LIMIT, arg, now)
        elif op == "anchor":
            store.anchor("k", LIMIT, now)
        elif op == "throttled":
            store.throttled("k", LIMIT, now, arg or None)
        else:
            store.block("k", LIMIT, arg, now)
    return waits


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_same_semantics_as_the_in_memory_store(name: str, namespace: str) -> None:
    memory, shared = InMemoryLimitStore(), _store(namespace, time_source="caller")
    assert _replay(shared, SCENARIOS[name]) == _replay(memory, SCENARIOS[name])
    mine, theirs = shared.state("k"), memory.state("k")
    assert mine is not None and theirs is not None
    assert (mine.rate, mine.burst, round(mine.tokens, 9), mine.blocked_until, _rounded(mine.capped_at)) == (
        theirs.rate,
        theirs.burst,
        round(theirs.tokens, 9),
        theirs.blocked_until,
        _rounded(theirs.capped_at),
    )


def _rounded(at: float | None) -> float | None:
    return None if at is None else round(at, 9)


def test_a_clock_stepping_back_does_not_refill_twice(namespace: str) -> None:
    # Deliberately stricter than the in-memory store (whose monotonic clock cannot step back): hosts' clocks and
    # Redis TIME can, and refilling the same interval twice would let a burst through.
    store = _store(namespace, time_source="caller")
    waits = [store.reserve("k", LIMIT, now) for now in (5.0, 5.0, 5.0, 4.0, 5.0)]
    assert waits == [0.0, 0.0, 0.0, 0.5, 1.0]


def test_keys_are_namespaced_and_expire(namespace: str) -> None:
    store = _store(namespace)
    store.reserve("amazon:S1:getMessagingActions", LIMIT, 0.0)
    client = _redis()
    key = f"{namespace}:amazon:S1:getMessagingActions"
    assert client.exists(key) == 1
    ttl = client.pttl(key)
    assert 0 < ttl <= (store.keep_seconds + 1) * 1000  # refill time (0.5 s) + keep_seconds
    assert store.state("never-used") is None


def test_set_rate_and_block_take_effect_for_every_worker(namespace: str) -> None:
    one, two = _store(namespace, time_source="caller"), _store(namespace, time_source="caller")
    for _ in range(3):
        two.reserve("k", LIMIT, 0.0)
    one.set_rate("k", LIMIT, 0.25, 0.0)  # the platform said: slower
    assert two.reserve("k", LIMIT, 0.0) == pytest.approx(4.0)  # 1 token short at 0.25/s
    one.block("k", LIMIT, 60, 0.0)  # the platform banned us for a minute
    assert two.reserve("k", LIMIT, 1.0) >= 59.0
    state = two.state("k")
    assert state is not None and state.rate == 0.25 and state.blocked_until == 60.0


def test_threads_sharing_one_bucket_each_get_a_distinct_slot(namespace: str) -> None:
    workers, per_worker = 8, 10
    waits: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(workers)

    def work() -> None:
        store = _store(namespace, time_source="caller")  # own connection per worker, like separate processes
        barrier.wait()
        mine = [store.reserve("k", LIMIT, 0.0) for _ in range(per_worker)]
        with lock:
            waits.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Frozen time: the n-th reservation overall must wait exactly (n - burst + 1) / rate. Any lost update
    # (two workers taking the same token) would show up as a repeated or missing slot.
    expected = [max(0, n - LIMIT.burst + 1) / LIMIT.rate for n in range(workers * per_worker)]
    assert sorted(round(w, 9) for w in waits) == expected


def _reserve_in_a_process(namespace: str, n: int, barrier: Any, results: Any) -> None:
    import redis

    store = RedisLimitStore(redis.Redis.from_url(REDIS_URL), namespace=namespace)  # own connection
    barrier.wait(timeout=30)
    results.put([store.reserve("amazon:S1:sendMessage", RateLimit(rate=5.0, burst=4), 0.0) for _ in range(n)])
    store.redis.close()


def test_processes_sharing_one_bucket_never_exceed_rate_times_t_plus_burst(namespace: str) -> None:
    import multiprocessing

    client = _redis()
    processes, per_process, limit = 4, 15, RateLimit(rate=5.0, burst=4)
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(processes + 1), context.Queue()
    procs = [
        context.Process(target=_reserve_in_a_process, args=(namespace, per_process, barrier, results))
        for _ in range(processes)
    ]
    for p in procs:
        p.start()
    start = _redis_now(client)
    barrier.wait(timeout=30)
    outputs = [results.get(timeout=60) for _ in procs]
    elapsed = _redis_now(client) - start  # measured on Redis's clock, used only to bound the check
    for p in procs:
        p.join(timeout=30)
    assert all(p.exitcode == 0 for p in procs)
    waits = sorted(w for out in outputs for w in out)
    assert len(waits) == processes * per_process
    # Every reservation happened at some Redis time in [start, start+elapsed] and was scheduled at that time
    # plus its wait. So at most burst + rate * (wait + elapsed) reservations can be scheduled within `wait`.
    for k, wait in enumerate(waits, start=1):
        assert k <= limit.burst + limit.rate * (wait + elapsed) + 1e-6, (k, wait, elapsed)
    # And the pacing is real: the last slot is at least (n - burst) / rate - elapsed away.
    assert waits[-1] >= (len(waits) - limit.burst) / limit.rate - elapsed - 1e-6


def _redis_now(client: Any) -> float:
    sec, usec = client.time()
    return float(sec) + float(usec) / 1_000_000


def test_the_rate_limiter_sleeps_the_shared_wait_on_its_own_clock(namespace: str) -> None:
    from marketmsg import VirtualClock

    clock = VirtualClock()
    limiter = RateLimiter(_store(namespace, time_source="caller"), clock)
    waited = [limiter.acquire("k", LIMIT) for _ in range(5)]
    assert waited == [0.0, 0.0, 0.0, 0.5, 0.5]  # burst of 3, then one every 1/rate seconds
    assert clock.monotonic() == 1.0


def test_unreachable_redis_is_a_clear_error_before_anything_is_sent() -> None:
    redis = pytest.importorskip("redis")
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    refused = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5, retry=Retry(NoBackoff(), 0))
    store = RedisLimitStore(refused)
    with pytest.raises(MarketmsgError, match=r"Redis call failed .*nothing was sent"):
        store.reserve("k", LIMIT, 0.0)


def test_a_url_is_accepted_and_time_source_is_checked(namespace: str) -> None:
    from marketmsg import ConfigurationError

    store = RedisLimitStore(REDIS_URL, namespace=namespace)
    assert store.reserve("k", LIMIT, 0.0) == 0.0
    assert "RedisLimitStore(namespace=" in repr(store)
    store.close()
    with pytest.raises(ConfigurationError, match="time_source"):
        RedisLimitStore(REDIS_URL, time_source="local")  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(8))
def test_random_sequences_match_the_in_memory_store(namespace: str, seed: int) -> None:
    import random

    rng = random.Random(seed)
    memory, shared = InMemoryLimitStore(), _store(namespace, time_source="caller")
    now = 1000.0
    for _ in range(60):
        now += rng.choice([0.0, 0.0, 0.05, 0.3, 1.7])  # time only moves forward, as a monotonic clock does
        op = rng.choice(["reserve"] * 6 + ["settle"] * 4 + ["set_rate", "block", "anchor", "throttled"])
        if op == "reserve":
            assert _ticket(shared.take("k", LIMIT, now)) == _ticket(memory.take("k", LIMIT, now))
        elif op == "settle":  # an answer back (heard late or not): anchoring or not, refused or not
            anchor, refused = rng.random() < 0.3, rng.random() < 0.2
            age = rng.choice([0.0, 0.0, 0.02, 0.4, 3.0])
            shared.settle("k", LIMIT, now, anchor=anchor, throttled=refused, age=age)
            memory.settle("k", LIMIT, now, anchor=anchor, throttled=refused, age=age)
        elif op == "anchor":
            shared.anchor("k", LIMIT, now)
            memory.anchor("k", LIMIT, now)
        elif op == "throttled":
            shared.throttled("k", LIMIT, now, None)
            memory.throttled("k", LIMIT, now, None)
        elif op == "set_rate":
            rate = rng.choice([0.5, 2.0, 10.0])
            shared.set_rate("k", LIMIT, rate, now)
            memory.set_rate("k", LIMIT, rate, now)
        else:
            seconds = rng.choice([0.5, 3.0])
            shared.block("k", LIMIT, seconds, now)
            memory.block("k", LIMIT, seconds, now)
    mine, theirs = shared.state("k"), memory.state("k")
    assert mine is not None and theirs is not None
    assert (mine.inflight, round(mine.tokens, 9), round(mine.credited, 9), _rounded(mine.capped_at)) == (
        theirs.inflight,
        round(theirs.tokens, 9),
        round(theirs.credited, 9),
        _rounded(theirs.capped_at),
    )
