"""Token buckets per (platform, account, operation), shared by threads and tasks, on an injectable clock.

The model is the platform's own (SP-API "usage plans": a bucket of ``burst`` tokens, full at the start, refilled
continuously at ``rate`` per second; a request that finds less than one token is refused with 429 and takes
none). What the client cannot see is *when the server counts* a request: it arrives one network latency after
we reserved its token. Timing the refill from our reservation would run ahead of the server by that latency and
the first paced request after a burst would arrive early and be refused. So the refill start is **anchored to
what the server has seen**: a reservation that takes a token from a full bucket (or one within a token of full:
ours lags the server's, so the server's is full then) starts the refill only provisionally; when its answer comes back (the server counted it before answering), the refill is restarted
from that moment (plus :data:`ANCHOR_MARGIN`), and every reservation made meanwhile is pushed back by the same
amount before it sends (:meth:`LimitStore.recheck`). After that the schedule cannot be ahead of the server
whatever the latency does, because the server refills at the same rate from an earlier moment. The answer that
restarts the refill is the *first* to come back, not necessarily that of the reservation which started it: a
burst's requests leave in an order the scheduler picks (threads, a busy event loop), and the server starts
refilling at whichever arrives first. So every reservation taken while the start is provisional reports its answer
too (``Ticket.reports``); one that failed before an answer (a timeout, a refused connection) does not, as it may
never have arrived. "When the answer comes back" is when its head came back, on the limiter's clock
(``Watch.answered_at``): the drivers settle with its *age*, so the body read, the parsing and a busy event loop or a
queue for the store between the answer and the settle push nothing back (:func:`_answer_age`).

Anchoring fixes when the refill starts; the **ceiling** keeps it honest afterwards. The platform has not counted a
request that has not reached it, and a full bucket stops refilling: so when a starved event loop puts a burst
on the wire over seconds, the platform's bucket refills to full and waits while our model, which took those
tokens at reservation, would go on crediting refill the platform never had. So every reservation counts as
*in flight* from its take until it is settled (:meth:`RateLimiter.settle`: answered, refused, failed or never
sent; the drivers settle every ticket exactly once), and the refill never lifts our tokens above the burst less
the reservations in flight — what the platform can at most still have for us. An anchor then takes back only
the refill actually credited since its reservation. The refill the ceiling holds back is lost to every slot
already queued as well (their waits counted on a steady refill): it moves the queue back like an anchor does
(``shift``), and a reservation taken with the burst or more in flight looks again before it sends
(:func:`_uncap`). In steady use the ceiling is far above the tokens and costs nothing. A store without
``settle`` counts nothing in flight (answers anchor and throttle as before); :meth:`LimitStore.reserve` is never
counted (nothing will settle it).

A 429 then means our model was ahead (another client of the same app, a lower plan): the bucket is resynchronised
to empty, *without* blocking it and without charging the refused request a second token — its retry queues
like any other reservation. A platform that says how long to wait (``Retry-After``, AliExpress "this ban will
last N seconds") blocks the bucket for that long.

A caller that sends **late** — its process stalled (CPU-starved, a GC pause, a frozen VM) past its slot — is the
one case anchoring cannot see: while its reservation sat unsent, the platform's bucket refilled that token and,
once full, stopped refilling, so a late bunch plus everyone else's on-time requests can exceed what the platform
has. A reservation that waited for its slot and would be sent more than :data:`LATE_SHARE` of a token's time
after it is therefore not sent on it (:meth:`InMemoryLimitStore.retake`): when nobody is queued behind it, its token is given back (capped at the
burst, as the platform's is) and taken again — usually at once; when others are queued, it takes a new
reservation behind them and its old token is written off (the platform may have lost it to its cap; our model
cannot tell, and a lost token costs quota, never a 429). Likewise a provisional reservation whose anchoring answer
is still out when it looks again waits at least what that answer will move the schedule (it cannot come back
before now), and looks again (:meth:`InMemoryLimitStore.recheck` with ``now``).

Why our own bucket rather than PyrateLimiter or ``limits``: the platforms change a bucket's rate while it is in
use (``x-amzn-RateLimit-Limit``), the anchoring above needs the answer of a reservation, and callers need a
*reservation* (how long to wait for my turn) that the sync and async drivers sleep on the same clock. Both
libraries model fixed limits and poll.

Reservations may drive the bucket below zero: the n-th caller in a burst learns it must wait n/rate seconds, so
a burst of 20 sends is paced exactly, with no thundering retry loop.
"""

from __future__ import annotations

import inspect
import math
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar, runtime_checkable

from .._clock import Clock, SystemClock
from .._effects import RateLimit
from .._fastinit import dict_init

__all__ = [
    "ANCHOR_MARGIN",
    "LATE_SHARE",
    "AsyncLimitStore",
    "BucketState",
    "InMemoryLimitStore",
    "LimitStore",
    "RateLimiter",
    "Ticket",
]

_R = TypeVar("_R")

#: Added to the anchored refill start: rounding, a server that checks the bucket a little after it logs the
#: arrival. Costs ``ANCHOR_MARGIN × rate`` tokens each time a full bucket starts being used (0.005 at 1 req/s).
ANCHOR_MARGIN = 0.005

#: A reservation is late when it would be sent more than this share of a token's time (``1 / rate``) after its
#: slot: then it is taken again (:meth:`InMemoryLimitStore.retake`). Half a token: a process busy for tens of
#: milliseconds keeps its slot (re-queueing in a busy bucket writes a token off), a stall long enough for the
#: platform's bucket to fill up does not. At most ``_RETAKES`` times per request.
LATE_SHARE = 0.5
_RETAKES = 2
#: Looks at a provisional schedule while its anchoring answer is still out (each waits what it must anyway).
_RECHECKS = 20
#: The in-flight ceiling goes down to ``burst - _FLOOR * burst`` (:func:`_ceiling`): up to three times the burst
#: in flight counts in full (a simulation with twelve callers on a burst of five drew a 429 at twice).
_FLOOR = 3
#: Seconds of held-back refill one spell at the ceiling may push the queue back (:func:`_uncap`). A real spell
#: lasts while requests travel unanswered — at most a request's timeout, after which the driver settles it — so
#: a longer one is a count the platform cannot explain (a worker killed mid-request, in Redis): past this it
#: delays nothing more, as before the queue was pushed.
HELD_BACK_LIMIT = 60.0


@dataclass
class BucketState:
    """One bucket. ``anchor_at``: when a reservation took a token from the full bucket whose answer has not come
    back yet (the refill start is provisional), else None. ``shift``: seconds the schedule was pushed back by
    anchoring, in total (a reservation compares it before sending). ``resume_at``: no refill before this time
    (the anchor's margin). ``inflight``: reservations taken and not yet settled (waiting for their slot, on
    their way, or awaiting their answer); the refill never lifts ``tokens`` above ``burst - inflight``.
    ``credited``: refill credited since ``anchor_at`` (what its answer takes back). ``capped_at``: since when
    ``tokens`` has sat at that ceiling (refill held back), else None."""

    rate: float
    burst: int
    tokens: float
    updated: float
    blocked_until: float = 0.0
    anchor_at: float | None = None
    shift: float = 0.0
    resume_at: float = 0.0
    inflight: int = 0
    credited: float = 0.0
    capped_at: float | None = None


@dict_init
@dataclass(frozen=True)
class Ticket:
    """A reservation. ``wait``: seconds before sending. ``anchors``: this request started the refill of a full
    bucket, so its answer must be reported (:meth:`RateLimiter.settle`). ``provisional``: reserved while the
    refill start was provisional, or while the in-flight ceiling may hold the refill back before its slot, so
    re-check (:meth:`LimitStore.recheck`) before sending. ``waited`` is filled in by :meth:`RateLimiter.acquire`
    with the time actually slept. ``reports``: reserved while another
    reservation's answer was awaited to fix the refill start; this one's answer may come back first, so report it
    too (:meth:`RateLimiter.settle`; a no-op once the start is fixed)."""

    wait: float
    anchors: bool = False
    provisional: bool = False
    shift: float = 0.0
    waited: float = 0.0
    reports: bool = False

    def fixes_start(self, answered: bool) -> bool:
        """Whether this reservation, now over, fixes a provisional refill start: it started it, or it was taken
        meanwhile and the platform ``answered`` it."""
        return self.anchors or (self.reports and answered)


class LimitStore(Protocol):
    """Where bucket state lives. In memory for one process; Redis (``marketmsg.transport.RedisLimitStore``)
    for many workers sharing one platform quota. Times are the store's ``now`` (monotonic seconds).

    Optional: ``retake(key, limit, now) -> Ticket`` (and ``aretake``), for a reservation whose slot passed
    unsent; a store without it has its late reservations sent late. ``settle(key, limit, now, *, anchor,
    throttled, retry_after, margin, age)`` (and ``asettle``) ends a reservation taken with ``take`` (the in-flight
    ceiling, module docstring); a store without it counts nothing in flight, and one without ``age`` dates every
    answer by the settle call (later: costs quota, never a 429)."""

    def take(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """Take one token: how long to wait, and whether the answer anchors the refill."""
        ...

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Take one token; return seconds the caller must wait before sending (0 = go now)."""
        ...

    def anchor(self, key: str, limit: RateLimit, now: float, margin: float | None = None) -> None:
        """The request that started the refill was answered at ``now``: restart the refill from then (plus
        ``margin``, default the store's)."""
        ...

    def recheck(self, key: str, limit: RateLimit, shift: float) -> float:
        """Extra seconds a reservation made when the schedule's shift was ``shift`` must wait now."""
        ...

    def throttled(self, key: str, limit: RateLimit, now: float, retry_after: float | None) -> None:
        """The platform refused a request (429, a ban): the bucket is empty now; blocked for ``retry_after``."""
        ...

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        """Adopt a rate the platform reported for this bucket."""
        ...

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        """Nobody sends on this bucket for ``seconds`` (a platform ban)."""
        ...

    def state(self, key: str) -> BucketState | None: ...


@runtime_checkable
class AsyncLimitStore(Protocol):
    """A store with native async calls (Redis over ``redis.asyncio``): ``AsyncClient`` never blocks its loop."""

    async def atake(self, key: str, limit: RateLimit, now: float) -> Ticket: ...

    async def aanchor(self, key: str, limit: RateLimit, now: float) -> None: ...

    async def arecheck(self, key: str, limit: RateLimit, shift: float) -> float: ...

    async def athrottled(self, key: str, limit: RateLimit, now: float, retry_after: float | None) -> None: ...

    async def aset_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None: ...


class InMemoryLimitStore:
    """Thread-safe in-process buckets. Async callers are safe too: no await happens while the lock is held."""

    def __init__(self, *, margin: float = ANCHOR_MARGIN) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, BucketState] = {}
        self.margin = margin

    def _bucket(self, key: str, limit: RateLimit, now: float) -> BucketState:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = BucketState(rate=limit.rate, burst=limit.burst, tokens=float(limit.burst), updated=now)
            self._buckets[key] = bucket
        elif now > bucket.updated:  # a clock that steps back never refills the same interval twice
            start = max(bucket.updated, bucket.resume_at)
            if now > start:
                _refill(bucket, start, now)
            bucket.updated = now
        return bucket

    def take(self, key: str, limit: RateLimit, now: float) -> Ticket:
        with self._lock:
            return self._take(self._bucket(key, limit, now), now)

    def retake(self, key: str, limit: RateLimit, now: float) -> Ticket:
        """A reservation whose slot passed unsent: take again. With nobody queued (no debt), its token is given
        back first, capped at the burst like the platform's; behind a queue it is written off (module docstring)."""
        with self._lock:
            bucket = self._bucket(key, limit, now)
            bucket.inflight = max(0, bucket.inflight - 1)  # the old reservation is over; the new one counts
            if bucket.tokens >= 0:
                bucket.tokens = max(bucket.tokens, min(_ceiling(bucket), bucket.tokens + 1.0))
            return self._take(bucket, now)

    @staticmethod
    def _take(bucket: BucketState, now: float, *, track: bool = True) -> Ticket:
        # Within a token of full, the server's bucket (which refilled from earlier moments than ours) is full:
        # its refill restarts when this request arrives, so this request's answer anchors ours.
        reports = bucket.anchor_at is not None  # another answer fixes the start: ours may be back first
        anchors = not reports and bucket.tokens > bucket.burst - 1
        if anchors:
            bucket.anchor_at = now
            bucket.credited = 0.0
        bucket.tokens -= 1.0
        bucket.inflight += track
        if bucket.capped_at is not None or not track:  # a counted take lowers the ceiling with the tokens
            _recap(bucket, now)
        wait = _wait(bucket, now)
        # Queued, its slot may move: while the refill start is provisional, or when the ceiling may bind before
        # the slot comes (only with the burst or more in flight: takes lower tokens and ceiling alike, and the
        # refill until the slot, -tokens, closes a gap of ceiling - tokens only when the ceiling is <= 0).
        provisional = wait > 0 and (bucket.anchor_at is not None or _ceiling(bucket) <= 0)
        return Ticket(wait, anchors, provisional, bucket.shift + _held_back(bucket, now), reports=reports)

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Take one token, as :meth:`take`, for a caller that will report nothing back: not counted in flight."""
        with self._lock:
            return self._take(self._bucket(key, limit, now), now, track=False).wait

    def anchor(self, key: str, limit: RateLimit, now: float, margin: float | None = None) -> None:
        with self._lock:
            _anchor(self._bucket(key, limit, now), now, self.margin if margin is None else margin)

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
        """A reservation is over — answered, failed, or never sent — and no longer counts as in flight. With
        ``anchor`` its answer fixes a provisional refill start (:meth:`anchor`), as of ``age`` seconds before
        ``now`` (when the answer came back); with ``throttled`` the platform refused it (:meth:`throttled`). One
        call (one Redis round trip) for all three."""
        with self._lock:
            bucket = self._bucket(key, limit, now)
            if anchor:
                _anchor(bucket, now, self.margin if margin is None else margin, age)
            bucket.inflight = max(0, bucket.inflight - 1)
            _arrived(bucket, now, age)
            if throttled:
                _throttle(bucket, now, retry_after)

    def recheck(self, key: str, limit: RateLimit, shift: float, now: float | None = None) -> float:
        with self._lock:
            if key not in self._buckets:
                return 0.0
            if now is None:
                return max(0.0, self._buckets[key].shift - shift)
            bucket = self._bucket(key, limit, now)  # the refill up to now: the ceiling may bind since
            extra = bucket.shift - shift
            if bucket.anchor_at is not None:
                # The answer that fixes the refill start has not come back: it cannot come before ``now``, so the
                # schedule will move at least this far (the caller checks again after waiting it).
                extra = max(extra, bucket.shift + max(0.0, now - bucket.anchor_at) + self.margin - shift)
            else:  # what the ceiling held back so far; the caller looks again until an answer lifts it
                extra += _held_back(bucket, now)
            return max(0.0, extra)

    def throttled(self, key: str, limit: RateLimit, now: float, retry_after: float | None) -> None:
        with self._lock:
            _throttle(self._bucket(key, limit, now), now, retry_after)

    def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
        if not 0 < rate < math.inf:  # NaN, zero, negative or infinite: not a rate (the driver clamps first)
            return
        with self._lock:
            bucket = self._bucket(key, limit, now)
            bucket.rate = rate

    def block(self, key: str, limit: RateLimit, seconds: float, now: float) -> None:
        self.throttled(key, limit, now, seconds)

    def state(self, key: str) -> BucketState | None:
        with self._lock:
            found = self._buckets.get(key)
            return None if found is None else replace(found)


def _ceiling(bucket: BucketState) -> float:
    """The most tokens the platform can have for us: the burst, less the reservations it has not answered. Until
    a request arrives the platform has not counted it, and a full bucket stops refilling; so a request that
    reaches it late (a starved event loop puts a burst on the wire over seconds) must find the token its
    reservation took still there. Below zero when more than the burst is in flight: the platform's bucket, full
    while they travel, loses refill we must not count (six callers on a burst of five, the first answers back
    in 10 ms and the rest 1–1.6 s later, drew a 429 with the ceiling floored at zero). Floored at twice the burst
    below zero (:data:`_FLOOR`): a count the platform cannot explain (a worker killed mid-request, in Redis) then
    delays a busy bucket's requests by at most ``2 * burst / rate`` seconds and never costs the rate."""
    return float(bucket.burst - min(bucket.inflight, _FLOOR * bucket.burst))


def _refill(bucket: BucketState, start: float, now: float) -> None:
    """Credit the refill from ``start`` to ``now``, up to the ceiling (noting when the ceiling started to bind)."""
    ceiling = _ceiling(bucket)
    if bucket.tokens < ceiling:
        if bucket.capped_at is not None:  # (not at the ceiling: _uncap would add 0 and clear what is clear)
            _uncap(bucket, start)
        gain = min((now - start) * bucket.rate, ceiling - bucket.tokens)
        bucket.tokens += gain
        if bucket.anchor_at is not None:
            bucket.credited += gain
        bucket.capped_at = start + gain / bucket.rate if bucket.tokens >= ceiling else None
    elif bucket.capped_at is None:
        bucket.capped_at = start


def _recap(bucket: BucketState, now: float) -> None:
    """After tokens or reservations changed: whether the ceiling binds now (a take lowers both: it may still)."""
    if bucket.tokens < _ceiling(bucket):
        _uncap(bucket, now)
    elif bucket.capped_at is None:
        bucket.capped_at = now


def _held_back(bucket: BucketState, now: float) -> float:
    """Seconds of refill the ceiling has held back since it last moved the schedule (0 while an anchoring answer
    is out: the anchor moves the schedule by all that time itself)."""
    if bucket.capped_at is None or bucket.anchor_at is not None:
        return 0.0
    return min(max(0.0, now - bucket.capped_at), HELD_BACK_LIMIT)


def _uncap(bucket: BucketState, until: float) -> None:
    """The ceiling held the refill back until ``until``: the platform's bucket, full while our requests travelled,
    lost that refill too, so every reservation queued meanwhile — its slot counted on a steady refill — moves back
    by as much (``shift``; :meth:`InMemoryLimitStore.recheck` before it sends). Without this, more callers than the
    burst, whose opening requests reached the platform 1–1.6 s late, drew a 429 (issue 14 simulation)."""
    bucket.shift += _held_back(bucket, until)
    bucket.capped_at = None


def _arrived(bucket: BucketState, now: float, age: float) -> None:
    """A reservation's answer came back ``age`` seconds ago: its request had reached the platform by then, so from
    then on it no longer held the ceiling down. Credit the refill the ceiling held back since (the model would
    have had it, had it heard of the answer when it came: a busy event loop or a queue for the store delays
    that by tenths of a second, and each such delay would otherwise push the whole schedule back)."""
    since = bucket.capped_at
    if since is None:
        return  # not at the ceiling, and a settle only raises it
    if age > 0:
        since = max(since, now - age, bucket.resume_at)
        if now > since:
            _uncap(bucket, since)
            _refill(bucket, since, now)
            return
    _recap(bucket, now)


def _anchor(bucket: BucketState, now: float, margin: float, age: float = 0.0) -> None:
    if bucket.anchor_at is None:
        return
    # The server started refilling no later than its answer came back (``age`` seconds before now): take back what
    # was credited since the reservation (less than the time's worth when the ceiling held it back: nothing is
    # taken back twice), credit nothing between the reservation and the answer + margin, and the rest since then
    # (within the ceiling). A queued reservation's slot was counted from the reservation: it moves by the lateness.
    at = max(bucket.anchor_at, now - max(0.0, age))
    late = at - bucket.anchor_at
    bucket.tokens -= bucket.credited
    bucket.resume_at = at + margin
    bucket.shift += late + margin
    bucket.anchor_at = None
    bucket.credited = 0.0
    bucket.capped_at = None
    if now > bucket.resume_at:
        _refill(bucket, bucket.resume_at, now)
    else:
        _recap(bucket, now)  # rare (an anchor), and keeps "at the ceiling => capped_at is set" for the settle


def _answer_age(now: float, answered_at: float | None) -> float:
    """How long ago an answer came back (0 when unknown). The platform counted the request before it answered,
    so dating an anchor by the answer rather than by the moment the limiter hears of it stays on the safe side,
    and gives back what a busy event loop or a queue for the store added in between (issue 14: 500 sellers from
    four processes heard of their first answers ~0.2 s after they came back)."""
    return 0.0 if answered_at is None else max(0.0, now - answered_at)


def _with_age(method: Callable[..., _R] | None) -> Callable[..., _R] | None:
    """``method`` (a store's ``settle``/``asettle``), callable with ``age`` whether or not it takes one."""
    if method is None:
        return None
    try:
        if "age" in inspect.signature(method).parameters:
            return method
    except (TypeError, ValueError):
        pass

    def without_age(*args: object, age: float = 0.0, **kwargs: object) -> _R:
        return method(*args, **kwargs)

    return without_age


def _throttle(bucket: BucketState, now: float, retry_after: float | None) -> None:
    bucket.tokens = min(bucket.tokens, 0.0)
    _recap(bucket, now)
    if retry_after is not None and retry_after > 0:
        bucket.blocked_until = max(bucket.blocked_until, now + retry_after)


def _wait(bucket: BucketState, now: float) -> float:
    # In debt, a token comes 1/rate after the one before, counted from when the refill runs again (``resume_at``
    # is a margin in the future after an anchor).
    wait = 0.0 if bucket.tokens >= 0 else -bucket.tokens / bucket.rate + max(0.0, bucket.resume_at - now)
    return max(wait, bucket.blocked_until - now)


class RateLimiter:
    """Front of the store: computes waits on the clock and sleeps them, sync or async.

    Remembers the rate it last told the store per bucket, so a header repeated on every answer costs no store
    call (a Redis round trip) unless it changes.
    """

    def __init__(self, store: LimitStore | None = None, clock: Clock | None = None) -> None:
        self.store: LimitStore = store or InMemoryLimitStore()
        self.clock: Clock = clock or SystemClock()
        self._rates: dict[str, float] = {}
        self._astore: AsyncLimitStore | None = self.store if isinstance(self.store, AsyncLimitStore) else None
        # Stores written before ``recheck`` took ``now`` cannot tell a pending anchor: they answer as before.
        self._recheck_now = "now" in inspect.signature(self.store.recheck).parameters
        # Stores written before ``retake`` existed have none: their late reservations are sent late, as before.
        self._retake: Callable[[str, RateLimit, float], Ticket] | None = getattr(self.store, "retake", None)
        self._aretake: Callable[[str, RateLimit, float], Awaitable[Ticket]] | None = getattr(
            self.store, "aretake", None
        )
        # Stores written before ``settle`` existed count nothing in flight: answers anchor and throttle as before.
        # Stores written before ``age`` existed are called without it: they date answers by the settle (later:
        # costs quota, never a 429).
        self._settle: Callable[..., None] | None = _with_age(getattr(self.store, "settle", None))
        self._asettle: Callable[..., Awaitable[None]] | None = _with_age(getattr(self.store, "asettle", None))

    def reserve(self, key: str, limit: RateLimit) -> float:
        return self.store.reserve(key, limit, self.clock.monotonic())

    def acquire(self, key: str, limit: RateLimit) -> float:
        """Block until this caller may send on ``key``; return how long it waited. Without an answer to report,
        the reservation is settled at once and the refill anchored there (use :meth:`admit` + :meth:`settle` to
        report the answer)."""
        ticket = self.admit(key, limit)
        self.settle(key, limit, ticket, answered=False, margin=0.0)  # the reservation is the only event
        return ticket.waited

    async def aacquire(self, key: str, limit: RateLimit) -> float:
        ticket = await self.aadmit(key, limit)
        await self.asettle(key, limit, ticket, answered=False, margin=0.0)
        return ticket.waited

    def settle(
        self,
        key: str,
        limit: RateLimit,
        ticket: Ticket | None,
        *,
        answered: bool,
        throttled: bool = False,
        retry_after: float | None = None,
        margin: float | None = None,
        answered_at: float | None = None,
    ) -> None:
        """Every ticket :meth:`admit` returned ends here exactly once: ``answered`` when the platform answered
        it (its answer may fix a provisional refill start), ``throttled`` when that answer was a refusal. ``None``:
        a refusal of a request that took no reservation (only ``throttled`` counts then). ``answered_at``: when
        the answer came back, on this limiter's clock, if earlier than now (see :func:`_answer_age`)."""
        now = self.clock.monotonic()
        anchor = ticket is not None and ticket.fixes_start(answered)
        if ticket is not None and self._settle is not None:
            self._settle(
                key,
                limit,
                now,
                anchor=anchor,
                throttled=throttled,
                retry_after=retry_after,
                margin=margin,
                age=_answer_age(now, answered_at),
            )
        elif anchor or throttled:  # no reservation to end, or a store that counts nothing in flight
            self.store.anchor(key, limit, now, margin)
            if throttled:
                self.store.throttled(key, limit, now, retry_after)

    async def asettle(
        self,
        key: str,
        limit: RateLimit,
        ticket: Ticket | None,
        *,
        answered: bool,
        throttled: bool = False,
        retry_after: float | None = None,
        margin: float | None = None,
        answered_at: float | None = None,
    ) -> None:
        """:meth:`settle` without blocking the event loop on a store that has async calls."""
        if ticket is not None and self._asettle is not None:
            now = self.clock.monotonic()
            anchor = ticket.fixes_start(answered)
            await self._asettle(
                key,
                limit,
                now,
                anchor=anchor,
                throttled=throttled,
                retry_after=retry_after,
                margin=margin,
                age=_answer_age(now, answered_at),
            )
            return
        astore = self._astore
        if astore is None or margin is not None or (ticket is not None and self._settle is not None):
            self.settle(
                key,
                limit,
                ticket,
                answered=answered,
                throttled=throttled,
                retry_after=retry_after,
                margin=margin,
                answered_at=answered_at,
            )
            return
        # An async store that counts nothing in flight (or a refusal with no reservation): anchor and throttle.
        if (ticket is not None and ticket.fixes_start(answered)) or throttled:
            now = self.clock.monotonic()
            await astore.aanchor(key, limit, now)
            if throttled:
                await astore.athrottled(key, limit, now, retry_after)

    def admit(self, key: str, limit: RateLimit, budget: Callable[[float], None] | None = None) -> Ticket:
        """Block until this caller may send on ``key``; the ticket says how long it waited and whether its answer
        must be reported: pass it to :meth:`settle` once the request is over (answered or not). ``budget`` sees each
        wait first and may refuse it (a deadline); a refused or cancelled admission settles its own ticket."""
        ticket = self.store.take(key, limit, self.clock.monotonic())
        if not (ticket.wait or ticket.provisional):
            # Its token is there (most requests): the loop below would run once, check the budget, sleep 0 and stop
            # — the same steps without the loop's bookkeeping (~1.5 µs a request).
            try:
                if budget is not None:  # what _check does
                    budget(ticket.wait)
                self.clock.sleep(ticket.wait)  # 0: a virtual clock records it, as the loop does
            except BaseException:
                self.settle(key, limit, ticket, answered=False, margin=0.0)
                raise
            return replace(ticket, waited=0.0) if ticket.anchors else ticket
        # A slot is counted from when the reservation came back: a round trip spent queueing for a shared store
        # (a busy Redis pool) happened before the reservation existed, so it is no lateness.
        now = self.clock.monotonic()
        anchors = ticket.anchors
        try:
            waited = 0.0
            for retakes_left in range(_RETAKES, -1, -1):
                self._check(key, limit, ticket, budget)
                due = now + ticket.wait
                # also at 0: a virtual clock records it (SystemClock returns at once)
                self.clock.sleep(ticket.wait)
                waited += ticket.wait
                moved = 0.0
                if ticket.provisional:
                    # Its slot was counted from a provisional refill start: wait for the amount the schedule moved,
                    # and while the anchoring answer is still out, for at least what it will move (then look again).
                    for _ in range(_RECHECKS):
                        extra = self._recheck(key, limit, ticket.shift) - moved
                        if extra <= 0:
                            break
                        self.clock.sleep(extra)
                        moved += extra
                    waited += moved
                    due += moved
                if not (ticket.wait or moved):
                    break  # its token was there: sent at once (the guard is for a stall while waiting for a slot)
                now = self.clock.monotonic()
                if not retakes_left or self._retake is None or now - due <= LATE_SHARE / limit.rate:
                    break
                if anchors:  # ours started the refill but will not go out on that reservation: it starts now
                    self.store.anchor(key, limit, now, margin=0.0)
                ticket = self._retake(
                    key, limit, now
                )  # stalled past its slot: queue again (module docstring)
                now = self.clock.monotonic()
                anchors = ticket.anchors
            return replace(ticket, anchors=anchors, waited=waited) if waited or anchors else ticket
        except BaseException:
            # Nothing is sent on this reservation (a deadline refused its wait, the caller was cancelled): it is
            # over, and if it started the refill, the refill starts now, not at an answer.
            self.settle(key, limit, replace(ticket, anchors=anchors), answered=False, margin=0.0)
            raise

    async def aadmit(
        self, key: str, limit: RateLimit, budget: Callable[[float], None] | None = None
    ) -> Ticket:
        astore = self._astore
        now = self.clock.monotonic()
        ticket = (
            await astore.atake(key, limit, now) if astore is not None else self.store.take(key, limit, now)
        )
        now = self.clock.monotonic()  # the slot counts from the reservation's return (see ``admit``)
        anchors = ticket.anchors
        try:
            waited = 0.0
            for retakes_left in range(_RETAKES, -1, -1):
                self._check(key, limit, ticket, budget)
                due = now + ticket.wait
                # also at 0: a virtual clock yields to the other tasks there
                await self.clock.asleep(ticket.wait)
                waited += ticket.wait
                moved = 0.0
                if ticket.provisional:
                    for _ in range(_RECHECKS):
                        extra = await self._arecheck(key, limit, ticket.shift) - moved
                        if extra <= 0:
                            break
                        await self.clock.asleep(extra)
                        moved += extra
                    waited += moved
                    due += moved
                if not (ticket.wait or moved):
                    break
                now = self.clock.monotonic()
                if not retakes_left or now - due <= LATE_SHARE / limit.rate:
                    break
                if self._aretake is None and self._retake is None:
                    break
                if anchors:
                    if astore is not None:
                        await astore.aanchor(key, limit, now)
                    else:
                        self.store.anchor(key, limit, now, margin=0.0)
                if self._aretake is not None:
                    ticket = await self._aretake(key, limit, now)
                elif self._retake is not None:
                    ticket = self._retake(key, limit, now)
                now = self.clock.monotonic()
                anchors = ticket.anchors
            return replace(ticket, anchors=anchors, waited=waited) if waited or anchors else ticket
        except BaseException:
            # Nothing is sent on this reservation (a deadline refused its wait, the caller was cancelled): it is
            # over, and if it started the refill, the refill starts now, not at an answer.
            await self.asettle(key, limit, replace(ticket, anchors=anchors), answered=False, margin=0.0)
            raise

    def _recheck(self, key: str, limit: RateLimit, shift: float) -> float:
        if self._recheck_now:
            return self.store.recheck(key, limit, shift, now=self.clock.monotonic())  # type: ignore[call-arg]
        return self.store.recheck(key, limit, shift)

    async def _arecheck(self, key: str, limit: RateLimit, shift: float) -> float:
        astore = self._astore
        if astore is None:
            return self._recheck(key, limit, shift)
        if self._recheck_now:
            return await astore.arecheck(key, limit, shift, now=self.clock.monotonic())  # type: ignore[call-arg]
        return await astore.arecheck(key, limit, shift)

    def _check(
        self, key: str, limit: RateLimit, ticket: Ticket, budget: Callable[[float], None] | None
    ) -> None:
        if budget is not None:
            budget(ticket.wait)

    def answered(
        self, key: str, limit: RateLimit, *, throttled: bool = False, retry_after: float | None = None
    ) -> None:
        """An answer came back for a request that anchors the refill, or was refused (``throttled``). Kept for
        code written before :meth:`settle`: it ends no reservation, so prefer :meth:`settle` with the ticket."""
        now = self.clock.monotonic()
        self.store.anchor(key, limit, now)
        if throttled:
            self.store.throttled(key, limit, now, retry_after)

    async def aanswered(
        self, key: str, limit: RateLimit, *, throttled: bool = False, retry_after: float | None = None
    ) -> None:
        astore = self._astore
        if astore is None:
            self.answered(key, limit, throttled=throttled, retry_after=retry_after)
            return
        now = self.clock.monotonic()
        await astore.aanchor(key, limit, now)
        if throttled:
            await astore.athrottled(key, limit, now, retry_after)

    def _rate_changed(self, key: str, rate: float) -> bool:
        if self._rates.get(key) == rate:
            return False
        self._rates[key] = rate
        return True

    def update_rate(self, key: str, limit: RateLimit, rate: float) -> None:
        if self._rate_changed(key, rate):
            self.store.set_rate(key, limit, rate, self.clock.monotonic())

    async def aupdate_rate(self, key: str, limit: RateLimit, rate: float) -> None:
        if not self._rate_changed(key, rate):
            return
        if self._astore is not None:
            await self._astore.aset_rate(key, limit, rate, self.clock.monotonic())
        else:
            self.store.set_rate(key, limit, rate, self.clock.monotonic())

    def block(self, key: str, limit: RateLimit, seconds: float) -> None:
        self.store.block(key, limit, seconds, self.clock.monotonic())
