"""Fixtures shared by the rules tests."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

#: A hang guard, not a speed target: a regex that backtracks catastrophically on the adversarial inputs takes hours
#: (a quadratic pass over 200 kB, minutes). A linear check of the densest megabytes — a match every 9 to 39 characters,
#: each read by its vetoes ("zelle us " × 111,111, "in exchange, please remove your review " × 25,641) — took 130-150 s
#: on this project's 2-core CI machine at stop 49 (1/32, 1/16, 1/8 of the input: 3.4-6.3 s, 6.5-9.4 s, 15-18 s, the
#: same with stop 48's rules), over the 120 s this guard allowed: the guard now leaves room for that, not for hours.
GUARD_SECONDS = 360
#: The same guard for a quarter megabyte of the densest inputs (``DENSE`` in test_linear.py): a linear check of 250 kB of
#: them took 8-15 s on the 2-core CI machine at stop 52, a quadratic pass over 200 kB takes minutes.
DENSE_GUARD_SECONDS = 120


def _alarm(seconds: int) -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a pass over the input is not linear")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def guard() -> Iterator[None]:
    """Fails the test (TimeoutError) when it runs longer than :data:`GUARD_SECONDS`: the input is not read linearly."""
    yield from _alarm(GUARD_SECONDS)


@pytest.fixture
def dense_guard() -> Iterator[None]:
    """:func:`guard` for a quarter megabyte: fails the test after :data:`DENSE_GUARD_SECONDS`."""
    yield from _alarm(DENSE_GUARD_SECONDS)
