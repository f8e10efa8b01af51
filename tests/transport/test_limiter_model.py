"""The limiter's bucket against the platform's: burst at start, anchoring to the first answer, 429s, learnt rates.

Everything runs on explicit times (a fake clock), including a small model of SP-API's server bucket with one-way
latencies taken from a table, so a schedule that would reach the server early fails here deterministically.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import anyio
import pytest

from marketmsg import APIConnectionError, APIStatusError, APITimeoutError, RateLimit, VirtualClock
from marketmsg.adapter import override
from marketmsg.transport import ANCHOR_MARGIN, InMemoryLimitStore, RateLimiter, SyncDriver, Ticket
from marketmsg.transport import _ratelimit as ratelimit

LIMIT = RateLimit(rate=1.0, burst=5)  # SP-API Messaging usage plan (platforms/amazon.md §1.2)


@dataclass
class ServerBucket:
    """Amazon's documented bucket: full at the start, continuous refill, a refused request takes no token."""

    rate: float
    burst: int
    tokens: float = -1.0
    updated: float = 0.0

    def arrive(self, at: float) -> bool:
        if self.tokens < 0:
            self.tokens, self.updated = float(self.burst), at
        self.tokens = min(float(self.burst), self.tokens + (at - self.updated) * self.rate)
        self.updated = at
        if self.tokens < 1.0 - 1e-12:
            return False
        self.tokens -= 1.0
        return True


def _drive(forward: list[float], back: float, *, report_answers: bool) -> tuple[list[float], int]:
    """Callers that all reserve at once; request k travels ``forward[k]`` seconds, every answer ``back``.
    Returns the server's arrival times of accepted requests and the number refused."""
    store = InMemoryLimitStore()
    tickets = [store.take("k", LIMIT, 0.0) for _ in forward]
    if not report_answers:
        store.anchor(
            "k", LIMIT, 0.0, margin=0.0
        )  # the model before anchoring: the refill starts at the reservation
    arrivals: list[float] = []
    answers: list[float] = []  # when the anchoring request's answer is back
    for k in sorted(range(len(forward)), key=lambda k: tickets[k].wait):
        ticket, send = tickets[k], tickets[k].wait
        for answer_at in [a for a in answers if a <= send]:
            store.anchor("k", LIMIT, answer_at)
            answers.remove(answer_at)
        if ticket.provisional:
            send += store.recheck("k", LIMIT, ticket.shift)
        arrivals.append(send + forward[k])
        if ticket.anchors and report_answers:
            answers.append(send + forward[k] + back)
    server = ServerBucket(LIMIT.rate, LIMIT.burst)
    accepted = [at for at in sorted(arrivals) if server.arrive(at)]
    return accepted, len(arrivals) - len(accepted)


# The first request is slow, later ones fast: the schedule must still never reach the server early.
LATENCIES = {
    "steady 10 ms": [0.010] * 12,
    "burst slow, then fast": [0.015] * 5 + [0.005] * 7,
    "jitter": [0.015, 0.005, 0.012, 0.006, 0.014, 0.005, 0.007, 0.015, 0.005, 0.009, 0.005, 0.011],
}


@pytest.mark.parametrize("name", sorted(LATENCIES))
def test_anchored_schedule_never_reaches_the_server_early(name: str) -> None:
    accepted, refused = _drive(LATENCIES[name], back=0.010, report_answers=True)
    assert refused == 0
    assert len(accepted) == len(LATENCIES[name])


def test_a_schedule_timed_from_the_reservation_is_refused_when_latency_drops() -> None:
    # The model before anchoring: the first paced request arrives before the server has refilled a token.
    _, refused = _drive(LATENCIES["burst slow, then fast"], back=0.010, report_answers=False)
    assert refused >= 1


def test_the_burst_is_available_at_start_and_answers_cost_only_the_margin() -> None:
    store = InMemoryLimitStore()
    waits = [store.take("k", LIMIT, 0.0).wait for _ in range(LIMIT.burst)]
    assert waits == [0.0] * LIMIT.burst
    queued = store.take("k", LIMIT, 0.0)
    assert queued.wait == pytest.approx(1.0) and queued.provisional
    store.anchor("k", LIMIT, 0.030)  # the first answer: the server counted it by then
    assert store.recheck("k", LIMIT, queued.shift) == pytest.approx(0.030 + ANCHOR_MARGIN)
    # A reservation made after the answer is timed from it directly.
    assert store.take("k", LIMIT, 0.030).wait == pytest.approx(2.0 + ANCHOR_MARGIN)


def test_a_429_resyncs_without_blocking_or_charging_twice() -> None:
    store = InMemoryLimitStore()
    store.take("k", LIMIT, 0.0)
    store.anchor("k", LIMIT, 0.0)
    store.take("k", LIMIT, 10.0)  # the model believes the bucket full again: another client emptied it
    store.throttled("k", LIMIT, 10.0, None)
    # The retry waits one token's time — not a block on top of it, and not two tokens.
    assert store.take("k", LIMIT, 10.0).wait == pytest.approx(1.0)


def test_a_stated_wait_blocks_the_bucket() -> None:
    store = InMemoryLimitStore()
    store.take("k", LIMIT, 0.0)
    store.throttled("k", LIMIT, 0.0, 30.0)  # AliExpress "this ban will last 30 seconds", or Retry-After
    assert store.take("k", LIMIT, 1.0).wait == pytest.approx(29.0)


def test_a_repeated_rate_header_costs_no_store_call() -> None:
    calls: list[float] = []

    class Counting(InMemoryLimitStore):
        @override
        def set_rate(self, key: str, limit: RateLimit, rate: float, now: float) -> None:
            calls.append(rate)
            super().set_rate(key, limit, rate, now)

    limiter = RateLimiter(Counting(), VirtualClock())
    for rate in (1.0, 1.0, 1.0, 0.5, 0.5):
        limiter.update_rate("k", LIMIT, rate)
    assert calls == [1.0, 0.5]


def test_acquire_without_answers_anchors_at_the_reservation() -> None:
    clock = VirtualClock()
    limiter = RateLimiter(InMemoryLimitStore(), clock)
    waited = [limiter.acquire("k", LIMIT) for _ in range(LIMIT.burst + 2)]
    assert waited[: LIMIT.burst] == [0.0] * LIMIT.burst
    assert waited[LIMIT.burst :] == pytest.approx([1.0, 1.0])


# (when the anchoring answer comes back — after the 6th reservation's provisional slot at 1 s; its total wait).
# Burst 5 at 1/s: the 6th reservation is due 1 s after the first take, counted from a provisional refill start;
# an answer back before that slot is test_the_burst_is_available_at_start_and_answers_cost_only_the_margin.
PENDING = {
    "answer back after the slot: waits for it": (1.5, 1.0 + 1.5 + ANCHOR_MARGIN),
    "answer back much later: still waits for it": (3.2, 1.0 + 3.2 + ANCHOR_MARGIN),
}


@pytest.mark.parametrize("case", sorted(PENDING))
def test_a_provisional_reservation_never_goes_before_its_anchor_is_back(case: str) -> None:
    answer_at, total = PENDING[case]
    clock = VirtualClock()

    class AnswerArrives(InMemoryLimitStore):
        """Delivers the anchoring answer at ``answer_at`` on the virtual clock, when the limiter next looks."""

        @override
        def recheck(self, key: str, limit: RateLimit, shift: float, now: float | None = None) -> float:
            state = self.state(key)
            now_ = clock.monotonic()
            if state is not None and state.anchor_at is not None and now_ >= answer_at:
                # as the drivers report it: the request is over (settled), its answer dated when it came back
                self.settle(key, limit, now_, anchor=True, age=now_ - answer_at)
            return super().recheck(key, limit, shift, now)

    store = AnswerArrives()
    for _ in range(LIMIT.burst):
        store.take("k", LIMIT, 0.0)
    ticket = RateLimiter(store, clock).admit("k", LIMIT)
    assert ticket.provisional
    # The 6th request leaves no earlier than 1 s after the refill restarted at the answer (+ the margin).
    assert ticket.waited == pytest.approx(total)


def test_a_store_without_now_in_recheck_keeps_the_old_answer() -> None:
    class OldStore(InMemoryLimitStore):
        @override
        def recheck(self, key: str, limit: RateLimit, shift: float) -> float:  # type: ignore[override]
            return super().recheck(key, limit, shift)

    store = OldStore()
    for _ in range(LIMIT.burst):
        store.take("k", LIMIT, 0.0)
    ticket = RateLimiter(store, VirtualClock()).admit("k", LIMIT)
    assert ticket.waited == pytest.approx(1.0)  # the anchor never came back: the provisional slot, as before


def _smeared(departures: list[float], *, every_answer: bool, queued: int = 7) -> tuple[list[float], int]:
    """A burst whose requests leave in another order than they were reserved (threads, a busy event loop):
    request k of the burst leaves at ``departures[k]``; ``queued`` more reservations follow at once and leave at
    their slots. Every request travels 10 ms each way and is settled when its answer is back; the answers that
    anchor are those of anchoring tickets, plus — ``every_answer`` — those of tickets that say they report. Returns the server's arrival times
    of accepted requests and the number refused."""
    store = InMemoryLimitStore()
    tickets = [store.take("k", LIMIT, 0.0) for _ in range(len(departures) + queued)]
    leave = {k: departures[k] if k < len(departures) else tickets[k].wait for k in range(len(tickets))}
    answers: list[tuple[float, bool]] = []  # answers not yet given to the store (when, whether reported)
    arrivals: list[float] = []
    while leave:
        k = min(leave, key=leave.__getitem__)
        at = leave[k]
        for answer in sorted(a for a in answers if a[0] <= at):
            store.settle("k", LIMIT, answer[0], anchor=answer[1])
            answers.remove(answer)
        extra = store.recheck("k", LIMIT, tickets[k].shift, now=at) if tickets[k].provisional else 0.0
        if extra > 1e-12 and at + extra > at:
            tickets[k] = replace(tickets[k], shift=tickets[k].shift + extra)  # waited what the schedule moved
            leave[k] = at + extra
            continue
        del leave[k]
        arrivals.append(at + 0.010)
        answers.append((at + 0.020, tickets[k].anchors or (every_answer and tickets[k].reports)))
    server = ServerBucket(LIMIT.rate, LIMIT.burst)
    accepted = [at for at in sorted(arrivals) if server.arrive(at)]
    return accepted, len(arrivals) - len(accepted)


# The reservation that started the refill leaves last (at 0.9 s); the others went out from 0 s on.
SMEARED = [0.9, 0.0, 0.2, 0.5, 0.7]


def test_the_first_answer_back_fixes_the_refill_start_whichever_request_it_answers() -> None:
    accepted, refused = _smeared(SMEARED, every_answer=True)
    assert refused == 0
    # The server refills from the first arrival (0.010 s): the first paced request follows one token later, not
    # one token after the anchoring request's own answer (0.930 s).
    first_paced = accepted[len(SMEARED)] - accepted[0]
    assert first_paced == pytest.approx(1.0 + 0.010 + ANCHOR_MARGIN + 0.010, abs=1e-9)


def test_waiting_for_the_anchoring_answer_alone_leaves_quota_unused() -> None:
    # What the limiter did before tickets reported: safe, but the pace starts 0.9 s late (a token lost per burst).
    accepted, refused = _smeared(SMEARED, every_answer=False)
    assert refused == 0
    assert accepted[len(SMEARED)] - accepted[0] > 1.8


def test_a_ticket_reserved_while_the_start_is_provisional_reports_and_none_other() -> None:
    store = InMemoryLimitStore()
    first = store.take("k", LIMIT, 0.0)
    rest = [store.take("k", LIMIT, 0.0) for _ in range(LIMIT.burst)]
    assert first.anchors and not first.reports
    assert all(t.reports and not t.anchors for t in rest)
    store.anchor("k", LIMIT, 0.030)
    later = store.take("k", LIMIT, 0.030)
    assert not later.reports and not later.anchors  # the start is fixed: nobody needs to report


ANSWERED = {
    # (the ticket's role, what the attempt ended with) → whether its answer fixes the provisional refill start
    "anchoring, answered": ("anchors", None, True),
    "anchoring, timed out": ("anchors", APITimeoutError("slow", platform="amazon"), True),
    "reported, answered": ("reports", None, True),
    "reported, an error answer": ("reports", APIStatusError("bad", platform="amazon", status_code=400), True),
    # No answer: the request may never have reached the platform, so it says nothing about its bucket.
    "reported, timed out": ("reports", APITimeoutError("slow", platform="amazon"), False),
    "reported, no connection": ("reports", APIConnectionError("refused", platform="amazon"), False),
}


@pytest.mark.parametrize("case", sorted(ANSWERED))
def test_which_answers_fix_the_refill_start(case: str) -> None:
    role, error, fixes = ANSWERED[case]
    clock = VirtualClock()
    store = InMemoryLimitStore()
    limiter = RateLimiter(store, clock)
    first, second = limiter.admit("k", LIMIT), limiter.admit("k", LIMIT)
    assert first.anchors and second.reports
    clock.advance(0.030)
    ticket = first if role == "anchors" else second
    limiter.settle("k", LIMIT, ticket, answered=SyncDriver.answered_by_platform(error))
    state = store.state("k")
    assert state is not None and (state.anchor_at is None) is fixes
    assert state.inflight == 1  # settled, whatever the outcome: only the other one is still out


def test_every_reservation_is_settled_once_whatever_happens() -> None:
    clock = VirtualClock()
    store = InMemoryLimitStore()
    limiter = RateLimiter(store, clock)
    tickets = [limiter.admit("k", LIMIT) for _ in range(LIMIT.burst + 2)]
    state = store.state("k")
    assert state is not None and state.inflight == LIMIT.burst + 2
    for ticket in tickets:
        limiter.settle("k", LIMIT, ticket, answered=True)
    assert (state := store.state("k")) is not None and state.inflight == 0

    def refuse(wait: float) -> None:
        if wait > 0:
            raise TimeoutError("no time to wait")

    with pytest.raises(TimeoutError):  # a deadline refused the wait: the admission settles its own ticket
        limiter.admit("k", LIMIT, refuse)
    assert (state := store.state("k")) is not None and state.inflight == 0
    limiter.acquire("k", LIMIT)  # no answer to report: settled at once
    assert store.reserve("k", LIMIT, clock.monotonic()) >= 0  # reports nothing: never counted
    assert (state := store.state("k")) is not None and state.inflight == 0


def _two_callers(forward: list[float], until: float) -> tuple[list[float], int]:
    """Two callers on one seller's bucket, each sending its next request when the last one's answer is back (the
    quota benchmark's callers). Request n travels ``forward[n]`` seconds (then 10 ms once the table runs out),
    every answer 10 ms; a refused request is retried. Every ticket is settled when its answer is back.
    Returns the server's accepted arrival times and the number refused."""
    store = InMemoryLimitStore()
    server = ServerBucket(LIMIT.rate, LIMIT.burst)
    events: list[tuple[float, int, str]] = [(0.0, 0, "take"), (0.0, 1, "take")]
    tickets: dict[int, Ticket] = {}
    moved: dict[int, float] = {}
    accepted: list[float] = []
    refused = sent = 0
    while events:
        events.sort()
        now, caller, phase = events.pop(0)
        if now > until:
            continue
        if phase == "take":
            tickets[caller], moved[caller] = store.take("k", LIMIT, now), 0.0
            events.append((now + tickets[caller].wait, caller, "look"))
        elif phase == "look":  # the limiter looks again before sending a provisional reservation
            ticket = tickets[caller]
            extra = (
                store.recheck("k", LIMIT, ticket.shift, now=now) - moved[caller] if ticket.provisional else 0
            )
            if extra > 1e-12:
                moved[caller] += extra
                events.append((now + extra, caller, "look"))
                continue
            travel = forward[sent] if sent < len(forward) else 0.010
            sent += 1
            events.append((now + travel, caller, "arrive"))
        elif phase == "arrive":  # the platform counts it now (events run in time order, as arrivals do)
            ok = server.arrive(now)
            accepted += [now] if ok else []
            refused += not ok
            events.append((now + 0.010, caller, "answered" if ok else "refused"))
        else:
            ticket = tickets.pop(caller)
            store.settle(
                "k", LIMIT, now, anchor=ticket.anchors or ticket.reports, throttled=phase == "refused"
            )
            events.append((now, caller, "take"))
    return accepted, refused


# A starved event loop at the opening: the first requests reach the platform seconds after they were reserved.
OPENING = [0.010, 1.6, 1.2, 1.3, 1.5, 0.9, 1.1]


def test_late_arrivals_find_their_token_still_there() -> None:
    accepted, refused = _two_callers(OPENING, until=20.0)
    assert refused == 0
    assert len(accepted) >= LIMIT.burst + 18  # nearly the whole quota of 20 s (burst + 20 at most)


def test_without_the_ceiling_late_arrivals_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # What the limiter did before it counted reservations in flight: its model refilled while the platform's
    # bucket, still full, could not, and a request that arrived later found no token.
    monkeypatch.setattr(ratelimit, "_ceiling", lambda bucket: float(bucket.burst))
    _, refused = _two_callers(OPENING, until=20.0)
    assert refused >= 1


def test_reservations_in_flight_hold_the_refill_below_the_burst() -> None:
    store = InMemoryLimitStore()
    for _ in range(3):
        store.take("k", LIMIT, 0.0)  # three requests on their way, none answered
    # However long they take, the platform can hold at most 2 tokens for us until they arrive.
    assert [store.reserve("k", LIMIT, 10.0) for _ in range(3)] == pytest.approx([0.0, 0.0, 1.0])
    for _ in range(3):
        store.settle("k", LIMIT, 11.0)
    assert [store.reserve("k", LIMIT, 30.0) for _ in range(6)] == pytest.approx([0.0] * 5 + [1.0])


def test_answered_still_anchors_and_throttles_for_code_written_before_settle() -> None:
    clock = VirtualClock()
    store = InMemoryLimitStore()
    limiter = RateLimiter(store, clock)
    assert limiter.admit("k", LIMIT).anchors
    clock.advance(0.030)
    limiter.answered("k", LIMIT)
    assert (state := store.state("k")) is not None and state.anchor_at is None
    limiter.answered("k", LIMIT, throttled=True, retry_after=2.0)
    assert (
        (state := store.state("k")) is not None
        and state.tokens <= 0
        and state.blocked_until > clock.monotonic()
    )

    async def refused_async() -> None:
        await limiter.aanswered("k", LIMIT, throttled=True, retry_after=5.0)

    anyio.run(refused_async)
    assert (state := store.state("k")) is not None and state.blocked_until == pytest.approx(
        clock.monotonic() + 5.0
    )
