"""Time as a dependency: every deadline, bucket and back-off reads an injectable clock."""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

import anyio

__all__ = ["Clock", "SystemClock", "VirtualClock"]


@runtime_checkable
class Clock(Protocol):
    """Wall time for deadlines, a monotonic reading for buckets, and both kinds of sleep."""

    def now(self) -> datetime:
        """Current time, tz-aware UTC."""
        ...

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        if seconds > 0:
            await anyio.sleep(seconds)


def epoch_seconds(clock: Clock) -> float:
    """``clock.now().timestamp()``: for the system clock ``time.time()`` itself, without building the datetime
    (a token expiry check on every request)."""
    return time.time() if type(clock) is SystemClock else clock.now().timestamp()


class VirtualClock:
    """A clock that only moves when told to or when slept on: tests and the sandbox control time exactly.

    ``sleep``/``asleep`` advance the clock instantly and record the durations in ``sleeps``. Tasks sleeping at the
    same time sleep side by side, as on a real clock: each wakes when the clock reaches its own deadline, earliest
    deadline first, so ten tasks sleeping 2 s each move the clock by 2 s, not 20 s (a task that read the clock
    after another's sleep had added to it would otherwise wait on time that never passed for it).
    """

    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2026, 1, 1, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("VirtualClock needs a timezone-aware start")
        self._start = start.astimezone(UTC)
        self._elapsed = 0.0
        self._lock = threading.Lock()
        self.sleeps: list[float] = []
        # Async sleepers not yet woken, by deadline; ``_gone`` holds those cancelled before their turn.
        self._sleepers: list[tuple[float, int]] = []
        self._gone: set[tuple[float, int]] = set()
        self._order = itertools.count()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        return self._elapsed

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        with self._lock:
            self._elapsed += max(0.0, seconds)

    def set(self, when: datetime) -> None:
        """Jump to ``when`` (never backwards)."""
        delta = (when.astimezone(UTC) - self.now()).total_seconds()
        self.advance(delta)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        with self._lock:
            entry = (self._elapsed + max(0.0, seconds), next(self._order))
            heapq.heappush(self._sleepers, entry)
        try:
            while True:
                # Yield first: tasks that are not sleeping run at this instant before time moves on.
                await anyio.lowlevel.checkpoint()
                with self._lock:
                    while self._sleepers and self._sleepers[0] in self._gone:
                        self._gone.discard(heapq.heappop(self._sleepers))
                    if self._sleepers[0] == entry:
                        heapq.heappop(self._sleepers)
                        self._elapsed = max(self._elapsed, entry[0])
                        return
        except BaseException:
            with self._lock:
                if entry in self._sleepers:
                    self._gone.add(entry)
            raise
