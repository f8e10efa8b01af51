"""Webhooks: Standard Webhooks signatures (verified by the reference library), a durable leased queue,
back-off, dead letters, replay — against a real HTTP receiver on loopback (examples/erp_receiver.py)."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marketmsg import VirtualClock
from marketmsg.events import Backoff, EventLog, EventType, Webhooks, new_secret
from marketmsg.store import SqlStore

from ..store.conftest import Samples

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "erp_receiver.py"


def load_receiver_module() -> ModuleType:
    """The example receiver, imported from its file (examples are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location("erp_receiver", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["erp_receiver"] = module
    spec.loader.exec_module(module)
    return module


class FlakyReceiver:
    """The example receiver behind a switch: answers ``status`` instead while ``failing``."""

    def __init__(self, secret: str) -> None:
        self.receiver = load_receiver_module().Receiver(secret)
        self.failing: int | None = None
        self.requests: list[str] = []
        original = self.receiver.handle

        def handle(body: bytes, headers: dict[str, str]) -> int:
            self.requests.append(headers.get("webhook-id", ""))
            if self.failing is not None:
                return self.failing
            status: int = original(body, headers)
            return status

        self.receiver.handle = handle
        self.server: ThreadingHTTPServer = self.receiver.serve()
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def secret() -> str:
    return new_secret()


@pytest.fixture
def receiver(secret: str) -> Iterator[FlakyReceiver]:
    created = FlakyReceiver(secret)
    yield created
    created.close()


@pytest.fixture
def now_clock() -> VirtualClock:
    # Receivers refuse signatures more than 5 minutes off their own clock: virtual time starts at real time.
    return VirtualClock(datetime.now(UTC))


def _seed(store: SqlStore, n: int) -> None:
    store.upsert_messages([Samples.message(f"c1/m{i}") for i in range(n)])


def _hooks(store: SqlStore, clock: VirtualClock, **kwargs: Any) -> Webhooks:
    return Webhooks(store, clock=clock, rng=random.Random(7), **kwargs)


def test_events_arrive_signed_once_each(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    hooks = _hooks(store, now_clock)
    endpoint = hooks.add_endpoint(receiver.url, secret=secret)
    assert secret not in repr(endpoint) and secret not in repr(hooks.endpoints())
    _seed(store, 5)
    EventLog(store, clock=now_clock).catch_up()
    assert hooks.queue_depth()["pending"] == 5
    report = hooks.deliver()
    hooks.close()
    assert (report.claimed, report.delivered) == (5, 5)
    assert hooks.queue_depth() == {"pending": 0, "delivering": 0, "delivered": 5, "dead": 0}
    ids = {e.id for e in EventLog(store).events()}
    assert set(receiver.receiver.seen) == ids and receiver.receiver.rejected == 0
    assert {p["type"] for p in receiver.receiver.seen.values()} == {"message.received"}
    assert all("text" not in p["data"] for p in receiver.receiver.seen.values())
    assert hooks.deliver().claimed == 0


def test_a_wrong_secret_is_refused_by_the_receiver(
    store: SqlStore, receiver: FlakyReceiver, now_clock: VirtualClock
) -> None:
    hooks = _hooks(store, now_clock, backoff=Backoff(max_attempts=1))
    hooks.add_endpoint(receiver.url, secret=new_secret())
    _seed(store, 1)
    EventLog(store, clock=now_clock).catch_up()
    report = hooks.deliver()
    hooks.close()
    assert (report.delivered, report.dead, receiver.receiver.rejected) == (0, 1, 1)
    [(_, _, error)] = hooks.dead_letters()
    assert error == "HTTP 401"


def test_text_only_for_endpoints_that_opted_in_and_types_filter(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    hooks = _hooks(store, now_clock)
    hooks.add_endpoint(receiver.url, secret=secret, include_text=True, types=[EventType.MESSAGE_RECEIVED])
    hooks.add_endpoint(receiver.url, secret=secret, types=["dispute.opened"])
    _seed(store, 2)
    EventLog(store, clock=now_clock).catch_up()
    assert hooks.deliver().delivered == 2  # the disputes-only endpoint got nothing queued
    hooks.close()
    texts = {p["data"]["text"] for p in receiver.receiver.seen.values()}
    assert texts == {Samples.message().body}


def test_failures_back_off_then_deliver_or_die(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    backoff = Backoff(base=timedelta(seconds=2), cap=timedelta(seconds=8), max_attempts=3)
    hooks = _hooks(store, now_clock, backoff=backoff)
    hooks.add_endpoint(receiver.url, secret=secret)
    _seed(store, 1)
    EventLog(store, clock=now_clock).catch_up()
    receiver.failing = 503
    assert hooks.deliver().retrying == 1
    assert hooks.deliver().claimed == 0  # not due before its back-off
    now_clock.advance(2.0)  # the first delay is 1-2 s
    assert hooks.deliver().retrying == 1
    now_clock.advance(4.0)
    assert hooks.deliver().dead == 1  # third attempt failed: dead letter
    assert hooks.queue_depth()["dead"] == 1
    receiver.failing = None
    assert hooks.retry_dead() == 1
    assert hooks.deliver().delivered == 1
    hooks.close()
    # Every attempt carried the same webhook-id.
    assert len(set(receiver.requests)) == 1 and len(receiver.requests) == 4


def test_a_dead_workers_claim_is_taken_over_after_its_lease(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    lease = timedelta(seconds=30)
    crashed = _hooks(store, now_clock, lease=lease, owner="worker-a")
    crashed.add_endpoint(receiver.url, secret=secret)
    _seed(store, 3)
    EventLog(store, clock=now_clock).catch_up()
    claimed = crashed._claim(10)  # worker A claims … and dies before posting
    assert len(claimed) == 3
    survivor = _hooks(store, now_clock, lease=lease, owner="worker-b")
    assert survivor.deliver().claimed == 0  # still leased to A
    now_clock.advance(31)
    assert survivor.deliver().delivered == 3
    # A comes back from a long pause and tries to record an outcome: refused, it lost the lease.
    report = crashed.deliver()
    assert report.claimed == 0
    from marketmsg.events import DeliveryReport, DeliveryState
    from marketmsg.events._webhooks import _Outcome

    late = DeliveryReport()
    crashed._record([_Outcome(claimed[0][0], claimed[0][1], DeliveryState.PENDING, 500, "late", 1),
                     _Outcome(claimed[1][0], claimed[1][1], DeliveryState.DELIVERED, 200, None)], late)  # fmt: skip
    assert late.lost_lease == 2 and late.delivered == 0 and survivor.queue_depth()["delivered"] == 3
    crashed.close()
    survivor.close()


def test_replay_from_a_position_redelivers_with_the_same_ids(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    hooks = _hooks(store, now_clock)
    endpoint = hooks.add_endpoint(receiver.url, secret=secret)
    _seed(store, 4)
    EventLog(store, clock=now_clock).catch_up()
    hooks.deliver()
    first = list(receiver.requests)
    positions = {e.id: e.position for e in EventLog(store).events()}
    assert hooks.replay(endpoint.id, after=2) == 2
    assert hooks.deliver().delivered == 2
    hooks.close()
    # Positions 3 and 4 again (posted in parallel: in any order), with the same webhook-ids.
    assert sorted(positions[i] for i in receiver.requests[4:]) == [3, 4]
    assert set(receiver.requests[4:]) <= set(first)
    assert len(receiver.receiver.seen) == 4  # the receiver deduplicated them


@pytest.mark.parametrize(
    ("attempt", "low", "high"),
    [(1, 2.5, 5.0), (2, 5.0, 10.0), (3, 10.0, 20.0), (10, 30.0, 60.0)],
)
def test_backoff_is_exponential_with_bounded_jitter(attempt: int, low: float, high: float) -> None:
    backoff = Backoff(base=timedelta(seconds=5), cap=timedelta(seconds=60))
    rng = random.Random(1)
    delays = [backoff.delay(attempt, rng).total_seconds() for _ in range(200)]
    assert low <= min(delays) and max(delays) <= high
    assert max(delays) - min(delays) > (high - low) / 2  # really jittered


def test_endpoint_urls_are_checked(store: SqlStore) -> None:
    from marketmsg import ConfigurationError

    with pytest.raises(ConfigurationError, match="not an http"):
        Webhooks(store).add_endpoint("ftp://erp.example/x")


def test_a_disabled_endpoint_gets_nothing_more(
    store: SqlStore, receiver: FlakyReceiver, secret: str, now_clock: VirtualClock
) -> None:
    hooks = _hooks(store, now_clock)
    endpoint = hooks.add_endpoint(receiver.url, secret=secret)
    _seed(store, 2)
    EventLog(store, clock=now_clock).catch_up()
    hooks.disable_endpoint(endpoint.id)
    _seed(store, 3)
    EventLog(store, clock=now_clock).catch_up()
    assert hooks.deliver().claimed == 0 and receiver.requests == []
    assert [e.disabled for e in hooks.endpoints()] == [True]
    hooks.close()
