"""Two clients (two workers) on one RedisLimitStore share the platform quota through the real send path.

Needs Redis on 127.0.0.1:6379 (or MARKETMSG_TEST_REDIS_URL); skipped with a message otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from marketmsg import VirtualClock
from marketmsg.sandbox import Sandbox
from marketmsg.transport import ANCHOR_MARGIN
from marketmsg.transport._redis import RedisLimitStore
from marketmsg_fakemarket import FakemarketSimulator, Fault

REDIS_URL = os.environ.get("MARKETMSG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
CONV = "fakemarket:FM-SELLER-1:conv:c1"
BUCKET = "fakemarket:FM-SELLER-1:getConversation"


@pytest.fixture
def shared(clock: VirtualClock) -> Iterator[RedisLimitStore]:
    redis = pytest.importorskip("redis", reason="needs redis-py: pip install 'marketmsg[redis]'")
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"needs Redis at {REDIS_URL} ({type(exc).__name__}); set MARKETMSG_TEST_REDIS_URL")
    namespace = f"mmtest:{uuid.uuid4().hex[:10]}"
    # Caller time: both workers run on the test's VirtualClock, whose sleeps advance time instantly.
    yield RedisLimitStore(client, namespace=namespace, time_source="caller")
    for key in client.scan_iter(f"{namespace}:*"):
        client.delete(key)
    client.close()


def test_the_second_worker_waits_for_the_quota_the_first_one_used(
    fakemarket: None, clock: VirtualClock, shared: RedisLimitStore
) -> None:
    sandbox = Sandbox.create(["fakemarket"], clock=clock)
    with (
        sandbox.client(rate_limit_store=shared) as worker_a,
        sandbox.client(rate_limit_store=shared) as worker_b,
    ):
        for _ in range(10):  # fakemarket allows a burst of 10 getConversation calls per seller
            worker_a.conversations.get(CONV)
        assert clock.sleeps == [0.0] * 10  # the burst goes out at once
        worker_b.conversations.get(CONV)
    # Worker B had never called, yet it waited one token's time (1 / 5 per second) after the refill started (the
    # first answer, plus the anchor margin): the bucket is shared.
    assert clock.sleeps[-1] == pytest.approx(0.2 + ANCHOR_MARGIN)


def test_a_429_back_off_is_written_to_the_shared_bucket(
    fakemarket: None, clock: VirtualClock, shared: RedisLimitStore
) -> None:
    sandbox = Sandbox.create(["fakemarket"], clock=clock)
    simulator: Any = sandbox.controller("fakemarket")
    assert isinstance(simulator, FakemarketSimulator)
    simulator.inject(Fault(status=429, retry_after=30, path_contains="/conversations/c1"))
    with sandbox.client(rate_limit_store=shared) as worker_a:
        worker_a.conversations.get(CONV)  # 429, then retried after the back-off
    state = shared.state(BUCKET)
    assert state is not None and state.blocked_until >= 30.0  # the back-off was written to the shared bucket
    assert max(clock.sleeps) >= 30.0
