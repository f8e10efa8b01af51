"""Learned rates: the stores never adopt a non-rate, and RateBounds refuses a nonsensical range (issue 11 #2).

The per-platform clamp itself is tested table-driven where the range is declared (the Amazon adapter's tests).
"""

from __future__ import annotations

import math
import os
import uuid

import pytest

from marketmsg import RateLimit
from marketmsg.adapter import Adapter, RateBounds
from marketmsg.transport import InMemoryLimitStore, LimitStore
from marketmsg.transport._learned import LearnedRates

LIMIT = RateLimit(rate=2.0, burst=3)
NOT_RATES = [math.nan, math.inf, -math.inf, 0.0, -1.0]


def _redis_store() -> LimitStore:
    redis = pytest.importorskip("redis")
    from marketmsg.transport import RedisLimitStore

    url = os.environ.get("MARKETMSG_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"needs Redis at {url} ({type(exc).__name__})")
    return RedisLimitStore(client, namespace=f"mmtest:{uuid.uuid4().hex[:10]}")


@pytest.mark.parametrize("store_kind", ["memory", "redis"])
@pytest.mark.parametrize("rate", NOT_RATES)
def test_stores_never_adopt_a_non_rate(store_kind: str, rate: float) -> None:
    store = InMemoryLimitStore() if store_kind == "memory" else _redis_store()
    store.reserve("k", LIMIT, 100.0)
    store.set_rate("k", LIMIT, rate, 100.0)
    state = store.state("k")
    assert state is not None
    assert state.rate == LIMIT.rate


@pytest.mark.parametrize(
    ("low", "high"), [(0.0, 1.0), (-1.0, 1.0), (2.0, 1.0), (math.nan, 1.0), (0.1, math.inf), (0.1, math.nan)]
)
def test_rate_bounds_refuse_a_nonsensical_range(low: float, high: float) -> None:
    with pytest.raises(ValueError, match="RateBounds"):
        RateBounds(low=low, high=high)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (0.5, 0.5),
        (1e-9, 0.001),
        (5000.0, 1000.0),
        (math.inf, 1000.0),
        (math.nan, None),
        (0.0, None),
        (-3.0, None),
    ],
)
def test_default_bounds_clamp_every_adapter(rate: float, expected: float | None) -> None:
    # Adapters that do not declare a range still get one: a learned rate is never believed blindly.
    assert LearnedRates().sane("p:s:op", rate, Adapter.learned_rate_bounds, source="P") == expected
