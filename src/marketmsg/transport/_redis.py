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
from ._ratelimit import _FLOOR, ANCHOR_MARGIN, HELD_BACK_LIMIT, BucketState, Ticket

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["RedisLimitStore"]

# KEYS[1] bucket hash. ARGV: op, rate, burst, now ('' = Redis TIME), argument (new rate / retry-after seconds /
# a ticket's shift), keep, anchor margin, settle flags ('a' anchor, 't' throttled), the anchoring answer's age
# (seconds before now it came back; absent = 0). Mirrors InMemoryLimitStore:
# refill by elapsed*rate up to the burst less the reservations in flight (`inflight`, taken and not settled);
# take may go negative (the caller's wait is -tokens/rate) and counts in flight ('reserve' does not: nothing will
# settle it); a take from a full bucket anchors (anchor_at, -1 = none) until its answer restarts the refill (op
# 'anchor', or 'settle' with 'a': takes back the refill credited since, adds the time to shift); 'retake' takes
# again for a late reservation, giving its token back first (capped) when nobody is queued; 'throttled' empties
# the bucket and blocks it for the platform's retry-after; 'settle' ends a reservation. A worker killed
# mid-request never settles: an in-flight count untouched for INFLIGHT_TTL seconds is dropped. `updated` never
# moves back, so a clock that steps backwards (NTP, another host) cannot refill the same interval twice. Numbers
# travel as '%.17g' strings because Redis truncates Lua numbers to integers.
#: Seconds after which an in-flight count nobody touched is dropped (a worker killed mid-request never settles).
INFLIGHT_TTL = 300.0

_SCRIPT = """
local INFLIGHT_TTL, HELD_BACK_LIMIT, FLOOR = @INFLIGHT_TTL@, @HELD_BACK_LIMIT@, @FLOOR@
local key, op = KEYS[1], ARGV[1]
local function s(x) return string.format('%.17g', x) end
local b = redis.call('HMGET', key, 'rate', 'burst', 'tokens', 'updated', 'blocked_until', 'anchor_at', 'shift',
  'resume_at', 'inflight', 'inflight_at', 'credited', 'capped_at')
local rate, burst, tokens, updated, blocked = tonumber(b[1]), tonumber(b[2]), tonumber(b[3]), tonumber(b[4]),
  tonumber(b[5])
local anchor, shift, resume = tonumber(b[6]) or -1, tonumber(b[7]) or 0, tonumber(b[8]) or 0
local inflight, inflight_at, credited = tonumber(b[9]) or 0, tonumber(b[10]) or 0, tonumber(b[11]) or 0
local capped = tonumber(b[12]) or -1
local arg, keep, margin, flags = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), ARGV[8] or ''
if op == 'state' then
  if rate == nil then return false end
  return {s(rate), s(burst), s(tokens), s(updated), s(blocked), s(anchor), s(shift), s(resume), s(inflight),
    s(credited), s(capped)}
end
if op == 'recheck' then
  if rate == nil then return '0' end
  if shift <= arg then return '0' end
  return s(shift - arg)
end
local now
if ARGV[4] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
else
  now = tonumber(ARGV[4])
end
if op == 'recheck_at' and rate == nil then return '0' end
if rate == nil then
  rate, burst, tokens, updated, blocked = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[3]), now, 0
end
if inflight > 0 and now - inflight_at > INFLIGHT_TTL then inflight = 0 end
-- seconds of refill the ceiling held back since it last moved the schedule (none while an anchor is out)
local function held_back(upto)
  if capped < 0 or anchor >= 0 then return 0 end
  return math.min(math.max(0, upto - capped), HELD_BACK_LIMIT)
end
-- the ceiling stops holding the refill back at `upto`: the queue moves back by what it held back
local function uncap(upto)
  shift = shift + held_back(upto)
  capped = -1
end
-- the refill from `start` to `upto`, up to the ceiling; `capped`: since when the ceiling binds (-1: it does not)
local function refill(start, upto)
  local ceiling = burst - math.min(inflight, FLOOR * burst)
  if tokens < ceiling then
    uncap(start)
    local gain = math.min((upto - start) * rate, ceiling - tokens)
    tokens = tokens + gain
    if anchor >= 0 then credited = credited + gain end
    if tokens >= ceiling then capped = start + gain / rate else capped = -1 end
  elseif capped < 0 then
    capped = start
  end
end
local function recap()
  if tokens < burst - math.min(inflight, FLOOR * burst) then uncap(now) elseif capped < 0 then capped = now end
end
if now > updated then
  local start = math.max(updated, resume)
  if now > start then refill(start, now) end
  updated = now
end
local result = '0'
local track = 1
if op == 'reserve' then
  op, track = 'take', 0
elseif op == 'retake' then
  -- a reservation whose slot passed unsent: it is over; with no queue, its token back (capped); then a new take
  if inflight > 0 then inflight = inflight - 1 end
  if tokens >= 0 then tokens = math.max(tokens, math.min(burst - math.min(inflight, FLOOR * burst), tokens + 1)) end
  op = 'take'
end
local function settle_anchor(age)
  if anchor >= 0 then
    local at = now - math.max(0, age)
    if at < anchor then at = anchor end
    tokens = tokens - credited
    resume = at + margin
    shift = shift + (at - anchor) + margin
    anchor, credited, capped = -1, 0, -1
    if now > resume then refill(resume, now) else recap() end
  end
end
if op == 'take' then
  local anchors, reports = 0, 0
  if anchor >= 0 then
    reports = 1
  elseif tokens > burst - 1 then
    anchor, credited = now, 0
    anchors = 1
  end
  tokens = tokens - 1
  inflight, inflight_at = inflight + track, now
  recap()
  local wait = 0
  if tokens < 0 then
    wait = -tokens / rate
    if resume > now then wait = wait + resume - now end
  end
  if blocked - now > wait then wait = blocked - now end
  local provisional = 0
  if wait > 0 and (anchor >= 0 or burst - math.min(inflight, FLOOR * burst) <= 0) then provisional = 1 end
  result = {s(wait), anchors, provisional, s(shift + held_back(now)), reports}
elseif op == 'recheck_at' then
  -- as 'recheck'; while the anchoring answer is still out, at least what the schedule will move (it is not back
  -- before now); else what the ceiling has held back so far (the caller looks again after waiting it)
  local extra = shift - arg
  if anchor >= 0 then
    local pending = shift + math.max(0, now - anchor) + margin - arg
    if pending > extra then extra = pending end
  else
    extra = extra + held_back(now)
  end
  if extra > 0 then result = s(extra) end
elseif op == 'anchor' then
  settle_anchor(0)
elseif op == 'settle' then
  local age = tonumber(ARGV[9]) or 0
  if string.find(flags, 'a', 1, true) then settle_anchor(age) end
  if inflight > 0 then inflight = inflight - 1 end
  inflight_at = now
  -- the answer came back `age` ago: from then on its request no longer held the ceiling down
  local since = capped
  if since >= 0 and age > 0 then since = math.max(since, now - age, resume) end
  if since >= 0 and age > 0 and now > since then
    uncap(since)
    refill(since, now)
  else
    recap()
  end
  if string.find(flags, 't', 1, true) then
    if tokens > 0 then tokens = 0 end
    if arg > 0 and now + arg > blocked then blocked = now + arg end
    recap()
  end
elseif op == 'set_rate' then
  if arg > 0 then rate = arg end
elseif op == 'throttled' then
  if tokens > 0 then tokens = 0 end
  if arg > 0 and now + arg > blocked then blocked = now + arg end
  recap()
end
redis.call('HSET', key, 'rate', s(rate), 'burst', s(burst), 'tokens', s(tokens), 'updated', s(updated),
  'blocked_until', s(blocked), 'anchor_at', s(anchor), 'shift', s(shift), 'resume_at', s(resume),
  'inflight', s(inflight), 'inflight_at', s(inflight_at), 'credited', s(credited), 'capped_at', s(capped))
-- Keep the key while it still differs from a fresh bucket (refilling, blocked), plus `keep` seconds so a rate
-- learned from the platform survives idle spells; an expired key is recreated full, which is what it would be.
local busy = (burst - tokens) / rate
if blocked - now > busy then busy = blocked - now end
redis.call('PEXPIRE', key, math.ceil((busy + keep) * 1000))
return result
"""
for _name, _value in (
    ("INFLIGHT_TTL", INFLIGHT_TTL),
    ("HELD_BACK_LIMIT", HELD_BACK_LIMIT),
    ("FLOOR", _FLOOR),
):
    _SCRIPT = _SCRIPT.replace(f"@{_name}@", repr(_value))


#: Connections of the async pool per event loop (each reservation holds one for a single round trip). 32 made
#: 500 sellers' opening bursts queue for a connection for seconds (benchmarks/quota.py, 4 processes): 128.
_ASYNC_CONNECTIONS = 128


class RedisLimitStore:
    """A :class:`~marketmsg.transport.LimitStore` in Redis, for many workers sharing one platform quota.

    >>> import redis                                                    # doctest: +SKIP
    >>> store = RedisLimitStore(redis.Redis.from_url("redis://cache:6379/0"))
    >>> client = marketmsg.Client(accounts, rate_limit_store=store)

    ``client`` may also be a URL string. Keys are ``<namespace>:<bucket key>`` (default namespace
    ``marketmsg:rl``) and expire once the bucket is full again and ``keep_seconds`` have passed.

    ``AsyncClient`` calls the ``a``-methods, which run the same script over ``redis.asyncio`` so a reservation
    never blocks the event loop. Pass ``async_client`` (a ``redis.asyncio.Redis``) to choose its connection;
    by default one is made from the URL, or from the sync client's connection settings, once per event loop.
    """

    def __init__(
        self,
        client: redis.Redis | str,
        *,
        namespace: str = "marketmsg:rl",
        keep_seconds: float = 3600.0,
        time_source: Literal["redis", "caller"] = "redis",
        async_client: redis.asyncio.Redis | None = None,
        margin: float = ANCHOR_MARGIN,
    ) -> None:
        if time_source not in ("redis", "caller"):
            raise ConfigurationError("time_source must be 'redis' or 'caller'", field="time_source")
        self._url: str | None = None
        if isinstance(client, str):
            self._url = client
            self.redis: redis.Redis = _redis_module().Redis.from_url(client)
            self._owns_client = True
        else:
            self.redis = client
            self._owns_client = False
        self.namespace = namespace.rstrip(":")
        self.keep_seconds = keep_seconds
        self.time_source = time_source
        self.margin = margin
        self._script = self.redis.register_script(_SCRIPT)
        self._given_async = async_client
        self._async: tuple[object, Any, Any] | None = None  # (event loop, client, script)

    def key(self, bucket: str) -> str:
        """The Redis key holding ``bucket``."""
        return f"{self.namespace}:{bucket}"

    def _args(
        self,
        op: str,
        limit: RateLimit,
        now: float,
        arg: float,
        margin: float | None = None,
        flags: str = "",
        age: float = 0.0,
    ) -> list[str]:
        when = repr(float(now)) if self.time_source == "caller" else ""
        args = [
            op,
            repr(float(limit.rate)),
            str(int(limit.burst)),
            when,
            repr(float(arg)),
            repr(self.keep_seconds),
            repr(self.margin if margin is None else margin),
            flags,
        ]
        if age > 0:
            args.append(repr(float(age)))
        return args

    def _run(
        self,
        op: str,
        bucket: str,
        limit: RateLimit,
        now: float,
        arg: float = 0.0,
        margin: float | None = None,
        flags: str = "",
        age: float = 0.0,
    ) -> Any:
        try:
            return self._script(
                keys=[self.key(bucket)], args=self._args(op, limit, now, arg, margin, flags, age)
            )
        except Exception as exc:  # redis.RedisError and socket errors: the store, not the platform, failed
            raise _store_failed(exc) from exc

    def take(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """Take one token (``now`` is used only with time_source='caller')."""
        return _ticket(self._run("take", key, limit, now))

    def retake(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """A reservation whose slot passed unsent (its worker stalled): take again (see ``InMemoryLimitStore``)."""
        return _ticket(self._run("retake", key, limit, now))

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Take one token; seconds to wait before sending (0 = now). Not counted in flight: nothing settles it."""
        return _ticket(self._run("reserve", key, limit, now)).wait

    def settle(
        self,
        key: str,
        limit: RateLimit,
        now: float,
        *,
        anchor: bool = False,
        throttled: bool = False,
        retry_after: float | None = None,
        margin: float | None = None,
        age: float = 0.0,
    ) -> None:
        """A reservation is over (see ``InMemoryLimitStore.settle``): one round trip. ``age``: how long before the
        call the anchoring answer came back (a duration on the caller's clock, so no two clocks are compared)."""
        self._run("settle", key, limit, now, retry_after or 0.0, margin, _flags(anchor, throttled), age)

    def anchor(self, key: str, limit: RateLimit, now: float, margin: float | None = None) -> None:
        """The request that started the refill was answered: restart the refill from now (Redis time)."""
        self._run("anchor", key, limit, now, margin=margin)

    def recheck(self, key: str, limit: RateLimit, shift: float, now: float | None = None) -> float:
        """Extra seconds for a reservation made when the bucket's shift was ``shift`` (with ``now``: at least what
        a still pending anchor will add, as in ``InMemoryLimitStore``)."""
        if now is None:
            return float(_text(self._run("recheck", key, limit, 0.0, shift)))
        return float(_text(self._run("recheck_at", key, limit, now, shift)))

    def throttled(self, key: str, limit: RateLimit, now: float, retry_after: float | None) -> None:
        """The platform refused: empty the bucket for every worker; block it for ``retry_after`` when stated."""
        self._run("throttled", key, limit, now, retry_after or 0.0)

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        """Adopt the rate the platform reported; every worker sees it on its next reservation."""
        if 0 < rate < math.inf:  # NaN, zero, negative or infinite: not a rate (the driver clamps first)
            self._run("set_rate", key, limit, now, rate)

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        """Stop every worker sending on ``key`` for ``seconds`` (a platform ban)."""
        self._run("throttled", key, limit, now, seconds)

    def state(self, key: str) -> BucketState | None:
        """The stored bucket (times in the store's time base), or ``None`` if it does not exist (or expired)."""
        found = self._run("state", key, RateLimit(rate=1.0, burst=1), 0.0)
        if not found:
            return None
        rate, burst, tokens, updated, blocked, anchor, shift, resume, inflight, credited, capped = (
            float(_text(v)) for v in found
        )
        return BucketState(
            rate=rate,
            burst=int(burst),
            tokens=tokens,
            updated=updated,
            blocked_until=blocked,
            anchor_at=None if anchor < 0 else anchor,
            shift=shift,
            resume_at=resume,
            inflight=int(inflight),
            credited=credited,
            capped_at=None if capped < 0 else capped,
        )

    # ------------------------------------------------------------------ async (redis.asyncio)

    def _async_script(self) -> Any:
        import asyncio

        loop = asyncio.get_running_loop()
        if self._async is None or self._async[0] is not loop:
            # redis.asyncio connections belong to the loop that opened them: one client per event loop.
            client = self._given_async
            if client is None or self._async is not None:
                module = _redis_module().asyncio
                # A blocking pool: a thousand tasks reserving at once wait for a connection instead of failing,
                # however long a starved loop takes to hand them out (redis-py's default gives up after 20 s and
                # failed whole benchmark processes); a Redis that stops answering still fails on its socket.
                if self._url is not None:
                    pool = module.BlockingConnectionPool.from_url(
                        self._url, max_connections=_ASYNC_CONNECTIONS, timeout=None
                    )
                else:
                    kwargs = dict(self.redis.connection_pool.connection_kwargs)
                    pool = module.BlockingConnectionPool(
                        max_connections=_ASYNC_CONNECTIONS, timeout=None, **kwargs
                    )
                client = module.Redis(connection_pool=pool)
            self._async = (loop, client, client.register_script(_SCRIPT))
        return self._async[2]

    async def _arun(
        self,
        op: str,
        bucket: str,
        limit: RateLimit,
        now: float,
        arg: float = 0.0,
        margin: float | None = None,
        flags: str = "",
        age: float = 0.0,
    ) -> Any:
        try:
            script = self._async_script()
            return await script(
                keys=[self.key(bucket)], args=self._args(op, limit, now, arg, margin, flags, age)
            )
        except Exception as exc:
            raise _store_failed(exc) from exc

    async def atake(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """:meth:`take` without blocking the event loop."""
        return _ticket(await self._arun("take", key, limit, now))

    async def aretake(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """:meth:`retake` without blocking the event loop."""
        return _ticket(await self._arun("retake", key, limit, now))

    async def aanchor(self, key: str, limit: RateLimit, now: float) -> None:
        await self._arun("anchor", key, limit, now)

    async def asettle(
        self,
        key: str,
        limit: RateLimit,
        now: float,
        *,
        anchor: bool = False,
        throttled: bool = False,
        retry_after: float | None = None,
        margin: float | None = None,
        age: float = 0.0,
    ) -> None:
        """:meth:`settle` without blocking the event loop."""
        await self._arun(
            "settle", key, limit, now, retry_after or 0.0, margin, _flags(anchor, throttled), age
        )

    async def arecheck(self, key: str, limit: RateLimit, shift: float, now: float | None = None) -> float:
        if now is None:
            return float(_text(await self._arun("recheck", key, limit, 0.0, shift)))
        return float(_text(await self._arun("recheck_at", key, limit, now, shift)))

    async def athrottled(self, key: str, limit: RateLimit, now: float, retry_after: float | None) -> None:
        await self._arun("throttled", key, limit, now, retry_after or 0.0)

    async def aset_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        if 0 < rate < math.inf:
            await self._arun("set_rate", key, limit, now, rate)

    def close(self) -> None:
        """Close the Redis connection pool, when the store created it from a URL."""
        if self._owns_client:
            self.redis.close()

    def __repr__(self) -> str:
        return f"RedisLimitStore(namespace={self.namespace!r}, time_source={self.time_source!r})"


def _redis_module() -> Any:
    try:
        import redis as redis_module
        import redis.asyncio
    except ModuleNotFoundError:
        raise ConfigurationError(
            "RedisLimitStore needs redis-py: pip install 'marketmsg[redis]'", field="rate_limit_store"
        ) from None
    return redis_module


def _store_failed(exc: Exception) -> MarketmsgError:
    return MarketmsgError(
        f"rate-limit store: Redis call failed ({type(exc).__name__}); nothing was sent. "
        "Check that Redis is reachable, or use the in-memory store for a single process"
    )


def _flags(anchor: bool, throttled: bool) -> str:
    return ("a" if anchor else "") + ("t" if throttled else "")


def _ticket(found: Any) -> Ticket:
    wait, anchors, provisional, shift, reports = found
    return Ticket(
        float(_text(wait)),
        bool(int(anchors)),
        bool(int(provisional)),
        float(_text(shift)),
        reports=bool(int(reports)),
    )


def _text(value: Any) -> str:
    return value.decode("ascii") if isinstance(value, bytes) else str(value)
