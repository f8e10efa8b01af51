"""The VirtualClock that tests and the sandbox run on: concurrent sleepers sleep side by side, as on a real clock."""

from __future__ import annotations

from datetime import UTC, datetime

import anyio

from marketmsg import VirtualClock


def test_sequential_sleeps_add_up() -> None:
    clock = VirtualClock()

    async def main() -> None:
        await clock.asleep(2)
        await clock.asleep(3)

    anyio.run(main)
    clock.sleep(1)
    assert clock.monotonic() == 6
    assert clock.sleeps == [2, 3, 1]
    assert clock.now() == datetime(2026, 1, 1, 0, 0, 6, tzinfo=UTC)


def test_concurrent_sleepers_wake_in_deadline_order_and_do_not_add_up() -> None:
    clock = VirtualClock()
    woke: list[tuple[float, float]] = []

    async def one(seconds: float) -> None:
        await clock.asleep(seconds)
        woke.append((seconds, clock.monotonic()))

    async def main() -> None:
        async with anyio.create_task_group() as group:
            for seconds in (5, 1, 3, 2, 4) * 20:
                group.start_soon(one, seconds)

    anyio.run(main)
    # Each wakes exactly at its own deadline (never late, which a rate limiter would read as a stall) ...
    assert all(seconds == at for seconds, at in woke)
    assert [seconds for seconds, _ in woke] == sorted(seconds for seconds, _ in woke)
    # ... and a hundred tasks sleeping at most 5 s move the clock by 5 s, not 300 s.
    assert clock.monotonic() == 5


def test_a_sleeper_cancelled_while_waiting_neither_moves_the_clock_nor_holds_up_the_others() -> None:
    clock = VirtualClock()
    scopes: list[anyio.CancelScope] = []

    async def cancelled(*, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        with anyio.CancelScope() as scope:
            scopes.append(scope)
            task_status.started()
            await clock.asleep(0.5)

    async def main() -> None:
        # Real seconds: a sleeper left waiting on the cancelled one would hang here.
        with anyio.fail_after(5):
            await run()

    async def run() -> None:
        async with anyio.create_task_group() as group:
            await group.start(cancelled)  # registered as the earliest sleeper, then cancelled before its turn
            scopes[0].cancel()
            group.start_soon(clock.asleep, 1)
            group.start_soon(clock.asleep, 2)

    anyio.run(main)
    assert clock.monotonic() == 2
