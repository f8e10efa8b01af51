"""``RedisLimitStore``: one token bucket per (platform, account, operation) shared by every worker process.

Platforms meter per seller and application (SP-API: "usage plans are specific to application–selling-partner
pairs"), so ten workers with ten private buckets send ten times the quota and collect 429s. Here the bucket
lives in Redis and every reservation is one Lua script — read, refill, take, write — so concurrent workers on
any number of hosts can never take the same token twice.

Why not PyrateLimiter's or ``limits``' Redis backends (as DESIGN §1 suggests): the core bucket
(:class:`~marketmsg.transport.InMemoryLimitStore`) hands out *reservations* — the n-th caller in a burst learns
it must wait n/rate seconds and sleeps on the client's clock — and changes a bucket's rate while it is in use
(``x-amzn-RateLimit-Limit``) or blocks it after a 429. ``limits`` only answers allow/deny, and PyrateLimiter's
Redis bucket stores one sorted-set member per hit and has no live rate change or block. Workers must agree on
one semantics whichever store they use, so this is the core's arithmetic, verbatim, in Lua (see
``_SCRIPT``; ``tests/transport/test_redis_limitstore.py`` runs the same scenarios against both stores).

Time: by default the script reads Redis ``TIME``. Workers on different hosts have unrelated monotonic clocks
(and wall clocks that drift), so the caller's ``now`` cannot be used to refill a shared bucket. The *wait* the
store returns is a duration; :class:`~marketmsg.transport.RateLimiter` still sleeps it on the client's injectable
clock. With a :class:`~marketmsg.VirtualClock` that sleep is instant but Redis time does not move, so tests that
drive time virtually pass ``time_source="caller"`` (every worker must then share that one clock).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Literal

from .._effects import RateLimit
from .._exceptions import ConfigurationError, MarketmsgError
from ._ratelimit import BucketState

if TYPE_CHECKING:
    import redis

__all__ = ["RedisLimitStore"]

# KEYS[1] bucket hash. ARGV: op, rate, burst, now ('' = Redis TIME), argument (new rate / block seconds), keep.
# Mirrors InMemoryLimitStore: refill by elapsed*rate up to burst; reserve may go negative (the caller's wait is
# -tokens/rate); block sets blocked_until and empties the bucket. One deliberate difference: `updated` never moves
# back, so a clock that steps backwards (NTP, another host) cannot refill the same interval twice. Numbers travel as '%.17g' strings because Redis
# truncates Lua numbers to integers.
_SCRIPT = """
local key, op = KEYS[1], ARGV[1]
local function s(x) return string.format('%.17g', x) end
local now
if ARGV[4] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
else
  now = tonumber(ARGV[4])
end
local arg, keep = tonumber(ARGV[5]), tonumber(ARGV[6])
local b = redis.call('HMGET', key, 'rate', 'burst', 'tokens', 'updated', 'blocked_until')
local rate, burst, tokens, updated, blocked = tonumber(b[1]), tonumber(b[2]), tonumber(b[3]), tonumber(b[4]),
  tonumber(b[5])
if op == 'state' then
  if rate == nil then return false end
  return {s(rate), s(burst), s(tokens), s(updated), s(blocked)}
end
if rate == nil then
  rate, burst, tokens, updated, blocked = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[3]), now, 0
end
local elapsed = now - updated
if elapsed < 0 then elapsed = 0 end
tokens = math.min(burst, tokens + elapsed * rate)
if now > updated then updated = now end
local result = 0
if op == 'reserve' then
  tokens = tokens - 1
  if tokens < 0 then result = -tokens / rate end
  if blocked - now > result then result = blocked - now end
elseif op == 'set_rate' then
  if arg > 0 then rate = arg end
elseif op == 'block' then
  if now + arg > blocked then blocked = now + arg end
  if tokens > 0 then tokens = 0 end
end
redis.call('HSET', key, 'rate', s(rate), 'burst', s(burst), 'tokens', s(tokens), 'updated', s(updated),
  'blocked_until', s(blocked))
-- Keep the key while it still differs from a fresh bucket (refilling, blocked), plus `keep` seconds so a rate
-- learned from the platform survives idle spells; an expired key is recreated full, which is what it would be.
local busy = (burst - tokens) / rate
if blocked - now > busy then busy = blocked - now end
redis.call('PEXPIRE', key, math.ceil((busy + keep) * 1000))
return s(result)
"""


class RedisLimitStore:
    """A :class:`~marketmsg.transport.LimitStore` in Redis, for many workers sharing one platform quota.

    >>> import redis                                                    # doctest: +SKIP
    >>> store = RedisLimitStore(redis.Redis.from_url("redis://cache:6379/0"))
    >>> client = marketmsg.Client(accounts, rate_limit_store=store)

    ``client`` may also be a URL string. Keys are ``<namespace>:<bucket key>`` (default namespace
    ``marketmsg:rl``) and expire once the bucket is full again and ``keep_seconds`` have passed.
    """

    def __init__(
        self,
        client: redis.Redis | str,
        *,
        namespace: str = "marketmsg:rl",
        keep_seconds: float = 3600.0,
        time_source: Literal["redis", "caller"] = "redis",
    ) -> None:
        if time_source not in ("redis", "caller"):
            raise ConfigurationError("time_source must be 'redis' or 'caller'", field="time_source")
        if isinstance(client, str):
            try:
                import redis as redis_module
            except ModuleNotFoundError:
                raise ConfigurationError(
                    "RedisLimitStore needs redis-py: pip install 'marketmsg[redis]'", field="rate_limit_store"
                ) from None
            client = redis_module.Redis.from_url(client)
            self._owns_client = True
        else:
            self._owns_client = False
        self.redis = client
        self.namespace = namespace.rstrip(":")
        self.keep_seconds = keep_seconds
        self.time_source = time_source
        self._script = client.register_script(_SCRIPT)

    def key(self, bucket: str) -> str:
        """The Redis key holding ``bucket``."""
        return f"{self.namespace}:{bucket}"

    def _run(self, op: str, bucket: str, limit: RateLimit, now: float, arg: float = 0.0) -> Any:
        when = repr(float(now)) if self.time_source == "caller" else ""
        args = [
            op,
            repr(float(limit.rate)),
            str(int(limit.burst)),
            when,
            repr(float(arg)),
            repr(self.keep_seconds),
        ]
        try:
            return self._script(keys=[self.key(bucket)], args=args)
        except Exception as exc:  # redis.RedisError and socket errors: the store, not the platform, failed
            raise MarketmsgError(
                f"rate-limit store: Redis call failed ({type(exc).__name__}); nothing was sent. "
                "Check that Redis is reachable, or use the in-memory store for a single process"
            ) from exc

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Take one token; seconds to wait before sending (0 = now). ``now`` is used only with time_source='caller'."""
        return float(self._run("reserve", key, limit, now))

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        """Adopt the rate the platform reported; every worker sees it on its next reservation."""
        if 0 < rate < math.inf:  # NaN, zero, negative or infinite: not a rate (the driver clamps first)
            self._run("set_rate", key, limit, now, rate)

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        """Stop every worker sending on ``key`` for ``seconds`` (after a 429 or a platform ban)."""
        self._run("block", key, limit, now, seconds)

    def state(self, key: str) -> BucketState | None:
        """The stored bucket (times in the store's time base), or ``None`` if it does not exist (or expired)."""
        found = self._run("state", key, RateLimit(rate=1.0, burst=1), 0.0)
        if not found:
            return None
        rate, burst, tokens, updated, blocked = (float(_text(v)) for v in found)
        return BucketState(rate=rate, burst=int(burst), tokens=tokens, updated=updated, blocked_until=blocked)

    def close(self) -> None:
        """Close the Redis connection pool, when the store created it from a URL."""
        if self._owns_client:
            self.redis.close()

    def __repr__(self) -> str:
        return f"RedisLimitStore(namespace={self.namespace!r}, time_source={self.time_source!r})"


def _text(value: Any) -> str:
    return value.decode("ascii") if isinstance(value, bytes) else str(value)
