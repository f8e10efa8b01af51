"""Answers dated by when they came back, not by when the limiter hears of them (issue 14, quota to the ceiling).

Between an answer's head coming back and the limiter's ``settle`` lie the body read, the answer's parsing and, on a
busy event loop or behind a queue for a shared store (Redis), tenths of a second. The platform counted the request
before it answered, so the driver passes the answer's *age* with the settle: an anchoring answer restarts the
refill as of then, and the refill the in-flight ceiling held back since then is credited. Both only move the
schedule towards what the platform has already seen — never ahead of it; the simulation below checks that against
the platform's own bucket with random latencies and delays.
"""

from __future__ import annotations

import heapq
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketmsg import Account, AsyncClient, Client, RateLimit, VirtualClock
from marketmsg.adapter import override
from marketmsg.transport import InMemoryLimitStore, Ticket
from marketmsg_fakemarket import BASE_URL, FakemarketSimulator

from .test_limiter_model import ServerBucket

LIMIT = RateLimit(rate=1.0, burst=5)  # SP-API Messaging usage plan (platforms/amazon.md §1.2)


# ---------------------------------------------------------------- the store, by numbers


def test_an_answer_heard_late_gives_back_the_refill_the_ceiling_held() -> None:
    two = RateLimit(rate=1.0, burst=2)
    late, prompt = InMemoryLimitStore(), InMemoryLimitStore()
    for store in (late, prompt):
        store.take("k", two, 0.0)
        store.take("k", two, 0.0)  # both on their way: the platform may still hold both tokens, we none
    # The first answer came back at 0.4 s and is heard at 1.0 s. From 0.4 s on the platform had counted it.
    late.settle("k", two, 1.0, age=0.6)
    prompt.settle("k", two, 1.0)
    assert late.reserve("k", two, 1.0) == pytest.approx(0.4)
    assert prompt.reserve("k", two, 1.0) == pytest.approx(1.0)


def test_the_anchoring_answer_dates_the_refill_start() -> None:
    margin = 0.005
    store = InMemoryLimitStore(margin=margin)
    first = store.take("k", LIMIT, 0.0)
    assert first.anchors
    for _ in range(LIMIT.burst):  # the burst, then one queued behind it (provisional: the start is not fixed)
        queued = store.take("k", LIMIT, 0.0)
    assert queued.provisional and queued.wait == pytest.approx(1.0)
    # Its answer came back at 0.05 s, heard at 0.35 s: the platform's refill began by 0.05 s.
    store.settle("k", LIMIT, 0.35, anchor=True, age=0.30)
    assert store.recheck("k", LIMIT, queued.shift, now=0.35) == pytest.approx(0.05 + margin)
    # Heard at once, the same answer would have moved the queue by 0.35 s.
    store = InMemoryLimitStore(margin=margin)
    for _ in range(LIMIT.burst + 1):
        queued = store.take("k", LIMIT, 0.0)
    store.settle("k", LIMIT, 0.35, anchor=True)
    assert store.recheck("k", LIMIT, queued.shift, now=0.35) == pytest.approx(0.35 + margin)


@pytest.mark.parametrize("age", [1.0, 50.0, float("inf")])
def test_an_age_reaching_before_the_reservation_counts_from_the_reservation(age: float) -> None:
    store = InMemoryLimitStore(margin=0.0)
    for _ in range(LIMIT.burst + 1):
        queued = store.take("k", LIMIT, 10.0)
    store.settle("k", LIMIT, 10.2, anchor=True, age=age)  # no answer comes back before its request left
    assert store.recheck("k", LIMIT, queued.shift, now=10.2) == pytest.approx(0.0)


@pytest.mark.parametrize("age", [0.0, -3.0])
def test_no_age_or_a_negative_one_is_the_moment_of_the_call(age: float) -> None:
    dated, plain = InMemoryLimitStore(), InMemoryLimitStore()
    for store in (dated, plain):
        for _ in range(3):
            store.take("k", LIMIT, 0.0)
    dated.settle("k", LIMIT, 2.0, anchor=True, age=age)
    plain.settle("k", LIMIT, 2.0, anchor=True)
    assert dated.state("k") == plain.state("k")


# ---------------------------------------------------------------- against the platform's bucket


def _callers(
    callers: int, forward: list[float], back: float, heard: list[float], *, dated: bool, until: float = 20.0
) -> tuple[list[float], int]:
    """``callers`` callers on one seller's bucket, each sending its next request once it has heard the last one's
    answer. Request n travels ``forward[n]`` seconds (the table cycles), every answer ``back``; answer n is heard
    ``heard[n]`` seconds after it came back (a busy loop, a store's queue) and settled with that age when
    ``dated``. Returns (when the platform accepted each request, how many it refused)."""
    store = InMemoryLimitStore()
    server = ServerBucket(LIMIT.rate, LIMIT.burst)
    events: list[tuple[float, int, int, str]] = []
    order = 0

    def at(when: float, caller: int, phase: str) -> None:
        nonlocal order
        order += 1
        heapq.heappush(events, (when, order, caller, phase))

    for caller in range(callers):
        at(0.0, caller, "take")
    tickets: dict[int, Ticket] = {}
    moved: dict[int, float] = {}
    refused_by: dict[int, bool] = {}
    accepted: list[float] = []
    refused = sent = answers = 0
    while events:
        now, _, caller, phase = heapq.heappop(events)
        if now > until:
            continue
        if phase == "take":
            tickets[caller], moved[caller] = store.take("k", LIMIT, now), 0.0
            at(now + tickets[caller].wait, caller, "look")
        elif phase == "look":  # the limiter looks again before sending a provisional reservation
            ticket = tickets[caller]
            extra = (
                store.recheck("k", LIMIT, ticket.shift, now=now) - moved[caller]
                if ticket.provisional
                else 0.0
            )
            if extra > 1e-12:
                moved[caller] += extra
                at(now + extra, caller, "look")
                continue
            at(now + forward[sent % len(forward)], caller, "arrive")
            sent += 1
        elif phase == "arrive":  # the platform counts it now (events run in time order, as arrivals do)
            ok = server.arrive(now)
            accepted += [now] if ok else []
            refused += not ok
            refused_by[caller] = not ok
            delay = heard[answers % len(heard)]
            answers += 1
            at(now + back + delay, caller, f"heard:{delay!r}")
        else:
            delay = float(phase.split(":", 1)[1])
            ticket = tickets.pop(caller)
            store.settle(
                "k",
                LIMIT,
                now,
                anchor=ticket.anchors or ticket.reports,
                throttled=refused_by[caller],
                age=delay if dated else 0.0,
            )
            at(now, caller, "take")
    return accepted, refused


# Answers heard 0.4 s after they came back (the 4-process benchmark heard them 0.2-0.5 s late), and a starved
# opening where the first requests reach the platform seconds after they were reserved.
PROMPT = [0.010]
OPENING = [0.010, 1.6, 1.2, 1.3, 1.5, 0.9, 1.1, 0.010, 0.010, 0.010]


@pytest.mark.parametrize("callers", [2, 4, 6])
def test_answers_heard_late_no_longer_push_the_schedule_back(callers: int) -> None:
    dated, refused = _callers(callers, PROMPT, 0.010, [0.4], dated=True)
    undated, refused_too = _callers(callers, PROMPT, 0.010, [0.4], dated=False)
    assert refused == refused_too == 0
    # The first request after the burst reaches the platform when its bucket has the token (1 s after the first
    # arrival, plus the margin and the latency); heard undated, the schedule starts 0.4 s late and stays late.
    first = dated[0]
    assert dated[LIMIT.burst] - first == pytest.approx(1.0, abs=0.03)
    assert undated[LIMIT.burst] - first == pytest.approx(1.4, abs=0.03)
    assert dated[-1] - dated[LIMIT.burst] == pytest.approx(len(dated) - LIMIT.burst - 1, abs=0.05)


@pytest.mark.parametrize(
    "callers",
    [
        2,
        4,
        5,
        6,
        8,  # more callers than the burst: queued behind a bucket full while the burst travels (held-back refill)
        12,
    ],
)
def test_a_starved_opening_draws_no_429_dated_or_not(callers: int) -> None:
    for dated in (True, False):
        accepted, refused = _callers(callers, OPENING, 0.010, [0.4, 0.0, 1.1], dated=dated)
        assert refused == 0
        assert len(accepted) >= LIMIT.burst + 17


@settings(max_examples=300, deadline=None)
@given(
    callers=st.integers(1, 3 * LIMIT.burst),
    forward=st.lists(st.floats(0.001, 2.0), min_size=1, max_size=12),
    back=st.floats(0.001, 0.5),
    heard=st.lists(st.floats(0.0, 1.5), min_size=1, max_size=12),
)
def test_dated_answers_never_reach_the_platform_early(
    callers: int, forward: list[float], back: float, heard: list[float]
) -> None:
    _, refused = _callers(callers, forward, back, heard, dated=True, until=12.0)
    assert refused == 0


# ---------------------------------------------------------------- the drivers date the answer by its head

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ACCOUNT = Account(
    platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": "fm-test-key-0123456789"}
)
CONVERSATION = "fakemarket:FM-SELLER-1:conv:c1"
BODY_READ = 0.25  # virtual seconds between an answer's head and the end of its body


class _AgeRecorder(InMemoryLimitStore):
    def __init__(self) -> None:
        super().__init__()
        self.ages: list[float] = []

    @override
    def settle(self, key: str, limit: RateLimit, now: float, *, age: float = 0.0, **kwargs: Any) -> None:
        self.ages.append(age)
        super().settle(key, limit, now, age=age, **kwargs)


class _SlowBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that takes ``BODY_READ`` (virtual) seconds to arrive after the head."""

    def __init__(self, body: bytes, clock: VirtualClock) -> None:
        self.body, self.clock = body, clock

    @override
    def __iter__(self) -> Iterator[bytes]:
        self.clock.advance(BODY_READ)
        yield self.body

    @override
    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.clock.advance(BODY_READ)
        yield self.body


def _slow(simulator: FakemarketSimulator, clock: VirtualClock, request: httpx.Request) -> httpx.Response:
    answer = simulator.handle(request)
    return httpx.Response(answer.status_code, headers=answer.headers, stream=_SlowBody(answer.content, clock))


def test_the_sync_driver_settles_with_the_age_of_the_answer_head() -> None:
    clock = VirtualClock(NOW)
    simulator = FakemarketSimulator(clock)
    store = _AgeRecorder()
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(lambda r: _slow(simulator, clock, r))})
    with Client([ACCOUNT], http_client=http, clock=clock, rate_limit_store=store) as client:
        client.conversations.get(CONVERSATION)
    assert store.ages and all(age == pytest.approx(BODY_READ) for age in store.ages)


def test_the_async_driver_settles_with_the_age_of_the_answer_head() -> None:
    clock = VirtualClock(NOW)
    simulator = FakemarketSimulator(clock)
    store = _AgeRecorder()

    async def main() -> None:
        async def handler(request: httpx.Request) -> httpx.Response:
            return _slow(simulator, clock, request)

        http = httpx.AsyncClient(mounts={BASE_URL: httpx.MockTransport(handler)})
        async with AsyncClient([ACCOUNT], http_client=http, clock=clock, rate_limit_store=store) as client:
            await client.conversations.get(CONVERSATION)

    anyio.run(main)
    assert store.ages and all(age == pytest.approx(BODY_READ) for age in store.ages)


def test_a_store_without_age_is_settled_as_before() -> None:
    class OldStore(InMemoryLimitStore):
        @override
        def settle(  # type: ignore[override]  # the signature stores had before ``age``
            self,
            key: str,
            limit: RateLimit,
            now: float,
            *,
            anchor: bool = False,
            throttled: bool = False,
            retry_after: float | None = None,
            margin: float | None = None,
        ) -> None:
            super().settle(
                key, limit, now, anchor=anchor, throttled=throttled, retry_after=retry_after, margin=margin
            )

    clock = VirtualClock(NOW)
    simulator = FakemarketSimulator(clock)
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(lambda r: _slow(simulator, clock, r))})
    with Client([ACCOUNT], http_client=http, clock=clock, rate_limit_store=OldStore()) as client:
        assert client.conversations.get(CONVERSATION).id == CONVERSATION


def test_a_count_nobody_settles_delays_a_request_by_at_most_the_floor() -> None:
    # Ten reservations never settled (a worker killed mid-request, with Redis): the ceiling sits at minus the burst
    # for good. Long after, a request waits the floor's worth of tokens and nothing more: a spell at the ceiling
    # moves the queue by at most HELD_BACK_LIMIT, and a reservation taken past that is not moved by it.
    from marketmsg.transport import RateLimiter

    clock = VirtualClock()
    store = InMemoryLimitStore()
    for _ in range(2 * LIMIT.burst):
        store.take("k", LIMIT, 0.0)
    store.anchor("k", LIMIT, 0.0)
    clock.advance(180.0)  # three times HELD_BACK_LIMIT
    ticket = RateLimiter(store, clock).admit("k", LIMIT)
    assert ticket.provisional  # it looked again before sending
    assert ticket.waited == pytest.approx(LIMIT.burst + 1.0)
